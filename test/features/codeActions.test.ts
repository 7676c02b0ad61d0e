// Quick fixes: each provider, applied to real text, gives text iptables accepts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic, TextEdit } from 'vscode-languageserver';
import { analyzeText } from '../../server/src/analysis/analyze';
import { codeActions } from '../../server/src/features/codeActions';
import { toDiagnostics } from '../../server/src/features/diagnostics';
import { codesOf } from '../support/findings';
import { applyEdits } from '../support/fixture';

const uri = 'file:///t/rules.v4';

/** Applies the first (or the titled) fix offered for the first diagnostic with `code`. */
function fix(text: string, code: string, title?: RegExp): { titles: string[]; result: string } {
  const { model, findings } = analyzeText(text);
  const diagnostics: Diagnostic[] = toDiagnostics(findings, uri).filter((d) => d.code === code);
  assert.ok(diagnostics.length > 0, `expected a ${code} diagnostic, got ${codesOf(findings).join(', ')}`);
  const actions = codeActions(model, findings, uri, [diagnostics[0]]);
  const titles = actions.map((a) => a.title);
  const chosen = title ? actions.find((a) => title.test(a.title)) : actions[0];
  assert.ok(chosen, `no fix for ${code}; offered: ${titles.join(' | ')}`);
  const edits = chosen.edit!.changes![uri] as TextEdit[];
  return { titles, result: applyEdits(text, edits) };
}

/** A fix that rewrites the text: the result, and (`after`) that its finding is gone or nothing at all is left. */
interface FixCase {
  name: string;
  text: string;
  code: string;
  expected: string;
  after?: 'gone' | 'clean';
}

const fixCases: FixCase[] = [
  {
    name: 'declare a missing chain after the last chain line of the block',
    text: '*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -j SSH\nCOMMIT\n',
    code: 'unknown-target',
    expected: '*filter\n:INPUT ACCEPT [0:0]\n:SSH - [0:0]\n-A INPUT -j SSH\nCOMMIT\n',
    after: 'gone',
  },
  {
    name: 'a chain declared too late is moved up, not declared twice',
    text: '*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -j SSH\n:SSH - [0:0]\nCOMMIT\n',
    code: 'unknown-target',
    expected: '*filter\n:INPUT ACCEPT [0:0]\n:SSH - [0:0]\n-A INPUT -j SSH\nCOMMIT\n',
  },
  {
    name: 'a script gets an -N line in the same table, keeping sudo',
    text: '#!/bin/sh\nsudo iptables -t nat -A PREROUTING -j WEB\n',
    code: 'unknown-target',
    expected: '#!/bin/sh\nsudo iptables -t nat -N WEB\nsudo iptables -t nat -A PREROUTING -j WEB\n',
  },
  {
    name: 'a fix in a script line holding two commands acts on the command at fault',
    text: '#!/bin/sh\niptables -N WEB; iptables -t nat -A PREROUTING -j API\n',
    code: 'unknown-target',
    expected: '#!/bin/sh\niptables -t nat -N API\niptables -N WEB; iptables -t nat -A PREROUTING -j API\n',
  },
  {
    name: 'add COMMIT after the last line of an unterminated table',
    text: '*filter\n-A INPUT -j ACCEPT\n\n',
    code: 'missing-commit',
    expected: '*filter\n-A INPUT -j ACCEPT\nCOMMIT\n\n',
    after: 'gone',
  },
  {
    name: 'remove a duplicate rule with its line break',
    text: '*filter\n-A INPUT -p tcp --dport 22 -j ACCEPT\n-A INPUT -p tcp --dport 22 -j ACCEPT\nCOMMIT\n',
    code: 'duplicate-rule',
    expected: '*filter\n-A INPUT -p tcp --dport 22 -j ACCEPT\nCOMMIT\n',
  },
  { name: 'a space after COMMIT is trimmed', text: '*filter\nCOMMIT \n', code: 'commit-trailing-space', expected: '*filter\nCOMMIT\n' },
  { name: 'a line of spaces is emptied', text: '*filter\n   \nCOMMIT\n', code: 'whitespace-line', expected: '*filter\n\nCOMMIT\n' },
  { name: 'an indented comment is moved to the line start', text: '*filter\n  # note\nCOMMIT\n', code: 'indented-comment', expected: '*filter\n# note\nCOMMIT\n' },
  {
    name: 'CR LF endings are converted for the whole file',
    text: '*filter\r\n-A INPUT -j ACCEPT\r\nCOMMIT\r\n',
    code: 'crlf-line-ending',
    expected: '*filter\n-A INPUT -j ACCEPT\nCOMMIT\n',
  },
  {
    name: 'intrapositioned negation is turned around',
    text: '*filter\n-A INPUT -s ! 10.0.0.1 -j DROP\nCOMMIT\n',
    code: 'intrapositioned-negation',
    expected: '*filter\n-A INPUT ! -s 10.0.0.1 -j DROP\nCOMMIT\n',
    after: 'clean',
  },
  {
    name: '-m state --state becomes -m conntrack --ctstate',
    text: '*filter\n-A INPUT -m state --state ESTABLISHED,RELATED -j ACCEPT\nCOMMIT\n',
    code: 'deprecated-match',
    expected: '*filter\n-A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT\nCOMMIT\n',
    after: 'gone',
  },
  {
    name: 'a misspelt option name is corrected',
    text: '*filter\n-A INPUT -p tcp --dprot 22 -j ACCEPT\nCOMMIT\n',
    code: 'unknown-option',
    expected: '*filter\n-A INPUT -p tcp --dport 22 -j ACCEPT\nCOMMIT\n',
  },
  {
    name: 'a misspelt match name is corrected',
    text: '*filter\n-A INPUT -m contrack --ctstate NEW -j ACCEPT\nCOMMIT\n',
    code: 'unknown-match',
    expected: '*filter\n-A INPUT -m conntrack --ctstate NEW -j ACCEPT\nCOMMIT\n',
  },
];

for (const c of fixCases) {
  test(c.name, () => {
    const { result } = fix(c.text, c.code);
    assert.equal(result, c.expected);
    const left = codesOf(analyzeText(result).findings);
    if (c.after === 'gone') assert.ok(!left.includes(c.code), left.join(', '));
    if (c.after === 'clean') assert.deepEqual(left, []);
  });
}

test('CR LF endings are reported once for the whole file', () => {
  const text = '*filter\r\n-A INPUT -j ACCEPT\r\nCOMMIT\r\n';
  assert.equal(codesOf(analyzeText(text).findings).filter((c) => c === 'crlf-line-ending').length, 1);
});

test('diagnostics from other sources or without a matching finding get no fixes', () => {
  const text = '*filter\n-A INPUT -j SSH\nCOMMIT\n';
  const { model, findings } = analyzeText(text);
  const foreign: Diagnostic = { range: findings[0].range, message: 'x', source: 'other', code: findings[0].code };
  assert.deepEqual(codeActions(model, findings, uri, [foreign]), []);
  const moved: Diagnostic = { ...toDiagnostics(findings, uri)[0], range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } };
  assert.deepEqual(codeActions(model, findings, uri, [moved]), []);
});

test('a misspelt target is corrected first; declaring it stays offered but not preferred', () => {
  const text = '*filter\n-A INPUT -j ACCPET\nCOMMIT\n';
  const { titles, result } = fix(text, 'unknown-target');
  assert.equal(result, '*filter\n-A INPUT -j ACCEPT\nCOMMIT\n');
  assert.ok(titles.some((t) => /Declare chain ACCPET/.test(t)), titles.join(' | '));
  const { model, findings } = analyzeText(text);
  const actions = codeActions(model, findings, uri, toDiagnostics(findings, uri));
  assert.deepEqual(actions.filter((a) => a.isPreferred).map((a) => a.title), ['Change to `ACCEPT`']);
});

test('an option whose module is not loaded gets -p tcp (and the other owners) before it', () => {
  const text = '*filter\n-A INPUT --dport 22 -j ACCEPT\nCOMMIT\n';
  const { titles, result } = fix(text, 'option-needs-module');
  assert.equal(result, '*filter\n-A INPUT -p tcp --dport 22 -j ACCEPT\nCOMMIT\n');
  assert.ok(titles.includes('Add `-p udp` before `--dport`'), titles.join(' | '));
  assert.ok(!codesOf(analyzeText(result).findings).some((c) => c === 'option-needs-module' || c === 'unknown-option'));
  // With a protocol already given, the module is loaded by name.
  const udp = fix('*filter\n-A INPUT -p udp --ctstate NEW -j ACCEPT\nCOMMIT\n', 'option-needs-module');
  assert.equal(udp.result, '*filter\n-A INPUT -p udp -m conntrack --ctstate NEW -j ACCEPT\nCOMMIT\n');
});
