// Text taken from the user's file must never become live markdown in a hover:
// no links, images or raw HTML, wherever the file text shows up.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/analysis/analyze';
import { hover } from '../../server/src/features/hover';
import { fixture, onlyPosition } from '../support/fixture';

function hoverAt(marked: string): string {
  const f = fixture(marked);
  const h = hover(analyzeText(f.text).model, onlyPosition(f));
  assert.ok(h, `no hover for ${JSON.stringify(marked)}`);
  return (h.contents as { value: string }).value;
}

/** The markdown with code spans and backslash escapes removed: what is left is rendered as markup. */
function outsideCode(markdown: string): string {
  return markdown.replace(/(`+)[\s\S]*?[^`]\1(?!`)/g, ' ').replace(/\\[\s\S]/g, ' ');
}

function assertInert(markdown: string): void {
  const live = outsideCode(markdown);
  assert.doesNotMatch(live, /\]\(/, `a link or image survives in:\n${markdown}`);
  assert.doesNotMatch(live, /<[a-z/!]/i, `raw HTML survives in:\n${markdown}`);
}

const link = '[x](https://evil.example)';

test('a user chain policy word and chain name are not markup', () => {
  assertInert(hoverAt(`*filter\n:${link} <im‸g> [0:0]\nCOMMIT\n`));
  assertInert(hoverAt(`*filter\n:${link} [y](http‸s://e.example) [0:0]\nCOMMIT\n`));
});

test('an unknown table name in the rule sentence is not markup', () => {
  const h = hoverAt(`*<img>${link}\n:INPUT ACCEPT [0:0]\n-‸A INPUT -j ACCEPT\nCOMMIT\n`);
  assertInert(h);
  assert.match(h, /^In `<img>\[x\]\(https:\/\/evil\.example\)` `INPUT`:/);
});

test('a user chain of an unknown table names the table as code', () => {
  const h = hoverAt('*a`<img>\n:WE‸B - [0:0]\nCOMMIT\n');
  assertInert(h);
  assert.match(h, /in table ``a`<img>``/);
});

test('an address that is neither IPv4 nor IPv6 is shown as code', () => {
  const h = hoverAt(`*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -s ${link.replace('evil', 'ev‸il')} -j DROP\nCOMMIT\n`);
  assertInert(h);
  assert.match(h, /`\[x\]\(https:\/\/evil\.example\)` \(a host name/);
  assertInert(hoverAt('*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -s 10.0.0.0/<im‸g> -j DROP\nCOMMIT\n'));
});

test('replacement patterns in a value stay literal', () => {
  // `$&` in a String.replace replacement would paste the matched `{value}` back in.
  const h = hoverAt('*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -s x$&‸y -j DROP\nCOMMIT\n');
  assert.match(h, /`x\$&y` \(a host name/);
});
