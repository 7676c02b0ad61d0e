// Completion and quick fixes read their lines from the analysed model, not
// from a second copy of the text: the model alone must be enough.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver';
import { analyzeText } from '../../server/src/analysis/analyze';
import { completion, completionList } from '../../server/src/features/completion';
import { codeActions } from '../../server/src/features/codeActions';
import { toDiagnostics } from '../../server/src/features/diagnostics';
import { fixture, onlyPosition } from '../support/fixture';

function labelsAndRange(marked: string, fileName = 'rules.v4') {
  const f = fixture(marked);
  const { model } = analyzeText(f.text, { fileName });
  const items = completion(model, onlyPosition(f));
  const first = items[0]?.textEdit as { range: { start: { character: number }; end: { character: number } } } | undefined;
  return { labels: items.map((i) => i.label), start: first?.range.start.character, end: first?.range.end.character };
}

test('completion needs only the model and the cursor', () => {
  const r = labelsAndRange('*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -p tc‸\nCOMMIT\n');
  assert.ok(r.labels.includes('tcp'), r.labels.join(' '));
  assert.deepEqual([r.start, r.end], [12, 14]);
});

test('a CR LF line is read without its CR', () => {
  const r = labelsAndRange('*filter\r\n:INPUT ACCEPT [0:0]\r\n-A INPUT -p tc‸\r\nCOMMIT\r\n');
  assert.ok(r.labels.includes('tcp'), r.labels.join(' '));
  assert.deepEqual([r.start, r.end], [12, 14]);
});

test('a byte order mark on line 0 still counts as a column, as in the editor', () => {
  // The editor's column 15 is after `tc` because the mark takes column 0.
  const r = labelsAndRange('\uFEFF-A INPUT -p tc‸\n');
  assert.ok(r.labels.includes('tcp'), r.labels.join(' '));
  assert.deepEqual([r.start, r.end], [13, 15]);
});

test('in a script too, a byte order mark on line 0 counts as a column', () => {
  const r = labelsAndRange('\uFEFFiptables -A INPUT -p tc‸\n', 'fw.sh');
  assert.ok(r.labels.includes('tcp'), r.labels.join(' '));
  assert.deepEqual([r.start, r.end], [22, 24]);
});

test('a shell command continued over lines is read from the model lines', () => {
  const r = labelsAndRange('#!/bin/sh\niptables -A INPUT \\\n  -p tcp --dp‸\n', 'fw.sh');
  assert.ok(r.labels.includes('--dport'), r.labels.join(' '));
});

test('the capped list narrows by the word typed on the model line', () => {
  const chains = Array.from({ length: 30 }, (_, i) => `:C${i} - [0:0]`).join('\n');
  const f = fixture(`*filter\n:INPUT ACCEPT [0:0]\n${chains}\n-A INPUT -j C2‸\nCOMMIT\n`);
  const list = completionList(analyzeText(f.text).model, onlyPosition(f), 5);
  assert.equal(list.isIncomplete, true);
  assert.ok(list.items.every((i) => String(i.filterText ?? i.label).includes('C2')), list.items.map((i) => i.label).join(' '));
});

test('quick fixes need only the model, the findings and the uri', () => {
  const text = '*filter\n-A INPUT -p tcp --dprot 22 -j ACCEPT\nCOMMIT\n';
  const uri = 'file:///rules.v4';
  const { model, findings } = analyzeText(text);
  const diagnostics: Diagnostic[] = toDiagnostics(findings, uri).filter((d) => d.code === 'unknown-option');
  const actions = codeActions(model, findings, uri, diagnostics);
  const edits = actions.flatMap((a) => a.edit?.changes?.[uri] ?? []);
  assert.ok(edits.some((e) => e.newText === '--dport'), JSON.stringify(edits));
});
