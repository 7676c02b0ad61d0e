// Hover and completion explain COMMIT, policies, `!` and built-in chains with
// the same words, taken from the catalog (catalog/restoreDocs.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CompletionItem } from 'vscode-languageserver';
import { analyzeText } from '../../server/src/analysis/analyze';
import { hover } from '../../server/src/features/hover';
import { completion } from '../../server/src/features/completion';
import { tables } from '../../server/src/catalog/tables';
import { builtinChainDoc, commitDoc, negationDoc, policyDoc, userChainPolicyDoc } from '../../server/src/catalog/restoreDocs';
import { fixture, onlyPosition } from '../support/fixture';

function hoverAt(marked: string): string {
  const f = fixture(marked);
  const h = hover(analyzeText(f.text).model, onlyPosition(f));
  assert.ok(h, `no hover for ${JSON.stringify(marked)}`);
  return (h.contents as { value: string }).value;
}

function itemDoc(marked: string, label: string): string {
  const f = fixture(marked);
  const item = completion(analyzeText(f.text, { fileName: 'rules.v4' }).model, onlyPosition(f)).find((i: CompletionItem) => i.label === label);
  assert.ok(item, `no ${label} item`);
  const doc = item.documentation;
  return typeof doc === 'string' ? doc : doc?.value ?? '';
}

test('COMMIT', () => {
  assert.ok(hoverAt('*filter\nCOM‸MIT\n').includes(commitDoc));
  assert.ok(itemDoc('*filter\n‸\n', 'COMMIT').includes(commitDoc));
});

test('the `-` of a user chain', () => {
  assert.ok(hoverAt('*filter\n:WEB ‸- [0:0]\nCOMMIT\n').includes(userChainPolicyDoc));
  assert.ok(itemDoc('*filter\n:WEB ‸', '-').includes(userChainPolicyDoc));
});

test('what a policy is', () => {
  assert.ok(hoverAt('*filter\n:INPUT DR‸OP [0:0]\nCOMMIT\n').includes(policyDoc));
  assert.ok(itemDoc('*filter\n:INPUT ‸', 'DROP').includes(policyDoc));
});

test('negation', () => {
  assert.ok(hoverAt('*filter\n:INPUT ACCEPT [0:0]\n-A INPUT ‸! -s 10.0.0.0/8 -j DROP\nCOMMIT\n').includes(negationDoc));
  assert.ok(itemDoc('*filter\n:INPUT ACCEPT [0:0]\n-A INPUT ‸', '!').includes(negationDoc));
});

test('a built-in chain', () => {
  const input = tables.find((t) => t.name === 'filter')!.chains.find((c) => c.name === 'INPUT')!;
  assert.ok(hoverAt('*filter\n:INP‸UT ACCEPT [0:0]\nCOMMIT\n').includes(builtinChainDoc(input)));
  assert.ok(itemDoc('*filter\n‸', ':INPUT').includes(builtinChainDoc(input)));
});

test('an unknown table lists the tables of the catalog', () => {
  const h = hoverAt('*fil‸ter2\nCOMMIT\n');
  for (const t of tables) assert.ok(h.includes(`\`${t.name}\``), t.name);
});
