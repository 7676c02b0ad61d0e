// Messages quote the user's text: however long that is, what reaches the
// editor or the terminal stays short, related places included.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { boundedFinding, maxMessageLength, type Finding } from '../../server/src/analysis/finding';
import { toDiagnostics } from '../../server/src/features/diagnostics';

const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
const long = 'x'.repeat(5000);
const finding = (message: string, related?: string): Finding => ({
  code: 'demo',
  message,
  severity: 'error',
  range,
  ...(related !== undefined && { related: [{ range, message: related }] }),
});

test('a short finding is passed through as the same object', () => {
  const f = finding('short', 'also short');
  assert.equal(boundedFinding(f), f);
});

test('long messages are cut, related ones too, without changing the original', () => {
  const f = finding(long, long);
  const b = boundedFinding(f);
  assert.equal(b.message.length, maxMessageLength);
  assert.ok(b.message.endsWith('…'));
  assert.equal(b.related![0].message.length, maxMessageLength);
  assert.equal(f.message.length, 5000);
});

test('diagnostics carry bounded related messages', () => {
  const [d] = toDiagnostics([finding('short', long)], 'file:///x.rules');
  assert.equal(d.relatedInformation![0].message.length, maxMessageLength);
});
