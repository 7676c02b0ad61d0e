import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, fixture, showRange, showRanges, textAt } from './fixture';

test('fixture strips every caret and reports positions in the clean text', () => {
  const f = fixture('‸-A INPUT\n-j FO‸O ‸\n');
  assert.equal(f.text, '-A INPUT\n-j FOO \n');
  assert.deepEqual(f.positions, [
    { line: 0, character: 0 },
    { line: 1, character: 5 },
    { line: 1, character: 7 },
  ]);
});

test('showRange marks a range on its line, with the line number', () => {
  const text = ':FOO -\n-A INPUT -j FOO\n';
  assert.equal(showRange(text, { start: { line: 1, character: 12 }, end: { line: 1, character: 15 } }), '1: -A INPUT -j ⟦FOO⟧');
});

test('showRanges puts ranges of one line together and sorts lines', () => {
  const text = 'a b c\nd e\n';
  const r = (line: number, s: number, e: number) => ({ start: { line, character: s }, end: { line, character: e } });
  assert.deepEqual(showRanges(text, [r(1, 2, 3), r(0, 4, 5), r(0, 0, 1)]), ['0: ⟦a⟧ b ⟦c⟧', '1: d ⟦e⟧']);
  assert.deepEqual(showRanges(text, [{ start: { line: 0, character: 2 }, end: { line: 1, character: 1 } }]), ['0: a ⟦b c', '1: d⟧ e']);
});

test('showRange shows an empty range as ⟦⟧ at its spot, also next to another range', () => {
  const r = (s: number, e: number) => ({ start: { line: 0, character: s }, end: { line: 0, character: e } });
  assert.equal(showRange('-A INPUT ', r(9, 9)), '0: -A INPUT ⟦⟧');
  assert.equal(showRange(':', r(1, 1)), '0: :⟦⟧');
  assert.deepEqual(showRanges('ab', [r(0, 1), r(1, 1)]), ['0: ⟦a⟧⟦⟧b']);
});

test('textAt returns the text a range covers, across lines too, from lines or whole text', () => {
  const lines = ['-A INPUT \\', '  -j ACCEPT'];
  const oneLine = { start: { line: 0, character: 3 }, end: { line: 0, character: 8 } };
  const twoLines = { start: { line: 0, character: 3 }, end: { line: 1, character: 4 } };
  assert.equal(textAt(lines, oneLine), 'INPUT');
  assert.equal(textAt(lines, twoLines), 'INPUT \\\n  -j');
  assert.equal(textAt(lines.join('\n'), twoLines), 'INPUT \\\n  -j');
  assert.equal(textAt(lines, oneLine, { oneLine: true }), 'INPUT');
  assert.throws(() => textAt(lines, twoLines, { oneLine: true }), /one-line range/);
  assert.throws(() => textAt('-A INPUT', { start: { line: 1, character: 0 }, end: { line: 1, character: 2 } }), /beyond/);
});

test('applyEdits applies edits right to left', () => {
  const text = 'ab\ncd\n';
  const edits = [
    { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, newText: 'XX' },
    { range: { start: { line: 1, character: 1 }, end: { line: 1, character: 2 } }, newText: 'Y' },
  ];
  assert.equal(applyEdits(text, edits), 'XXb\ncY\n');
});
