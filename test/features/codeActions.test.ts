// Quick fixes: each provider, applied to real text, gives text iptables accepts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic, TextEdit } from 'vscode-languageserver';
import { analyzeText } from '../../server/src/analysis/analyze';
import { codeActions } from '../../server/src/features/codeActions';
import { toDiagnostics } from '../../server/src/features/diagnostics';
import { applyEdits } from '../support/fixture';

const uri = 'file:///t/rules.v4';

/** Applies the first (or the titled) fix offered for the first diagnostic with `code`. */
function fix(text: string, code: string, title?: RegExp): { titles: string[]; result: string } {
  const { model, findings } = analyzeText(text);
  const diagnostics: Diagnostic[] = toDiagnostics(findings, uri).filter((d) => d.code === code);
  assert.ok(diagnostics.length > 0, `expected a ${code} diagnostic, got ${findings.map((f) => f.code).join(', ')}`);
  const actions = codeActions(model, findings, text, uri, [diagnostics[0]]);
  const titles = actions.map((a) => a.title);
  const chosen = title ? actions.find((a) => title.test(a.title)) : actions[0];
  assert.ok(chosen, `no fix for ${code}; offered: ${titles.join(' | ')}`);
  const edits = chosen.edit!.changes![uri] as TextEdit[];
  return { titles, result: applyEdits(text, edits) };
}

function codes(text: string): string[] {
  return analyzeText(text).findings.map((f) => f.code);
}

test('declare a missing chain after the last chain line of the block', () => {
  const text = '*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -j SSH\nCOMMIT\n';
  const { result } = fix(text, 'unknown-target');
  assert.equal(result, '*filter\n:INPUT ACCEPT [0:0]\n:SSH - [0:0]\n-A INPUT -j SSH\nCOMMIT\n');
  assert.ok(!codes(result).includes('unknown-target'));
});

test('a chain declared too late is moved up, not declared twice', () => {
  const text = '*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -j SSH\n:SSH - [0:0]\nCOMMIT\n';
  const { result } = fix(text, 'unknown-target');
  assert.equal(result, '*filter\n:INPUT ACCEPT [0:0]\n:SSH - [0:0]\n-A INPUT -j SSH\nCOMMIT\n');
});

test('a script gets an -N line in the same table, keeping sudo', () => {
  const text = '#!/bin/sh\nsudo iptables -t nat -A PREROUTING -j WEB\n';
  const { result } = fix(text, 'unknown-target');
  assert.equal(result, '#!/bin/sh\nsudo iptables -t nat -N WEB\nsudo iptables -t nat -A PREROUTING -j WEB\n');
});

test('add COMMIT after the last line of an unterminated table', () => {
  const text = '*filter\n-A INPUT -j ACCEPT\n\n';
  const { result } = fix(text, 'missing-commit');
  assert.equal(result, '*filter\n-A INPUT -j ACCEPT\nCOMMIT\n\n');
  assert.ok(!codes(result).includes('missing-commit'));
});

test('remove a duplicate rule with its line break', () => {
  const text = '*filter\n-A INPUT -p tcp --dport 22 -j ACCEPT\n-A INPUT -p tcp --dport 22 -j ACCEPT\nCOMMIT\n';
  const { result } = fix(text, 'duplicate-rule');
  assert.equal(result, '*filter\n-A INPUT -p tcp --dport 22 -j ACCEPT\nCOMMIT\n');
});

test('whitespace faults are trimmed', () => {
  assert.equal(fix('*filter\nCOMMIT \n', 'commit-trailing-space').result, '*filter\nCOMMIT\n');
  assert.equal(fix('*filter\n   \nCOMMIT\n', 'whitespace-line').result, '*filter\n\nCOMMIT\n');
  assert.equal(fix('*filter\n  # note\nCOMMIT\n', 'indented-comment').result, '*filter\n# note\nCOMMIT\n');
});

test('CR LF endings are converted for the whole file', () => {
  const text = '*filter\r\n-A INPUT -j ACCEPT\r\nCOMMIT\r\n';
  assert.equal(codes(text).filter((c) => c === 'crlf-line-ending').length, 1);
  assert.equal(fix(text, 'crlf-line-ending').result, '*filter\n-A INPUT -j ACCEPT\nCOMMIT\n');
});

test('intrapositioned negation is turned around', () => {
  const text = '*filter\n-A INPUT -s ! 10.0.0.1 -j DROP\nCOMMIT\n';
  const { result } = fix(text, 'intrapositioned-negation');
  assert.equal(result, '*filter\n-A INPUT ! -s 10.0.0.1 -j DROP\nCOMMIT\n');
  assert.deepEqual(codes(result), []);
});

test('-m state --state becomes -m conntrack --ctstate', () => {
  const text = '*filter\n-A INPUT -m state --state ESTABLISHED,RELATED -j ACCEPT\nCOMMIT\n';
  const { result } = fix(text, 'deprecated-match');
  assert.equal(result, '*filter\n-A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT\nCOMMIT\n');
  assert.ok(!codes(result).includes('deprecated-match'));
});

test('diagnostics from other sources or without a matching finding get no fixes', () => {
  const text = '*filter\n-A INPUT -j SSH\nCOMMIT\n';
  const { model, findings } = analyzeText(text);
  const foreign: Diagnostic = { range: findings[0].range, message: 'x', source: 'other', code: findings[0].code };
  assert.deepEqual(codeActions(model, findings, text, uri, [foreign]), []);
  const moved: Diagnostic = { ...toDiagnostics(findings, uri)[0], range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } };
  assert.deepEqual(codeActions(model, findings, text, uri, [moved]), []);
});

test('a misspelt target is corrected first; declaring it stays offered but not preferred', () => {
  const text = '*filter\n-A INPUT -j ACCPET\nCOMMIT\n';
  const { titles, result } = fix(text, 'unknown-target');
  assert.equal(result, '*filter\n-A INPUT -j ACCEPT\nCOMMIT\n');
  assert.ok(titles.some((t) => /Declare chain ACCPET/.test(t)), titles.join(' | '));
  const { model, findings } = analyzeText(text);
  const actions = codeActions(model, findings, text, uri, toDiagnostics(findings, uri));
  assert.deepEqual(actions.filter((a) => a.isPreferred).map((a) => a.title), ['Change to `ACCEPT`']);
});

test('an option whose module is not loaded gets -p tcp (and the other owners) before it', () => {
  const text = '*filter\n-A INPUT --dport 22 -j ACCEPT\nCOMMIT\n';
  const { titles, result } = fix(text, 'option-needs-module');
  assert.equal(result, '*filter\n-A INPUT -p tcp --dport 22 -j ACCEPT\nCOMMIT\n');
  assert.ok(titles.includes('Add `-p udp` before `--dport`'), titles.join(' | '));
  assert.ok(!codes(result).some((c) => c === 'option-needs-module' || c === 'unknown-option'));
  // With a protocol already given, the module is loaded by name.
  const udp = fix('*filter\n-A INPUT -p udp --ctstate NEW -j ACCEPT\nCOMMIT\n', 'option-needs-module');
  assert.equal(udp.result, '*filter\n-A INPUT -p udp -m conntrack --ctstate NEW -j ACCEPT\nCOMMIT\n');
});

test('misspelt option and match names are corrected', () => {
  assert.equal(fix('*filter\n-A INPUT -p tcp --dprot 22 -j ACCEPT\nCOMMIT\n', 'unknown-option').result, '*filter\n-A INPUT -p tcp --dport 22 -j ACCEPT\nCOMMIT\n');
  assert.equal(fix('*filter\n-A INPUT -m contrack --ctstate NEW -j ACCEPT\nCOMMIT\n', 'unknown-match').result, '*filter\n-A INPUT -m conntrack --ctstate NEW -j ACCEPT\nCOMMIT\n');
});

test('a fix in a script line holding two commands acts on the command at fault', () => {
  const text = '#!/bin/sh\niptables -N WEB; iptables -t nat -A PREROUTING -j API\n';
  const { result } = fix(text, 'unknown-target');
  assert.equal(result, '#!/bin/sh\niptables -t nat -N API\niptables -N WEB; iptables -t nat -A PREROUTING -j API\n');
});
