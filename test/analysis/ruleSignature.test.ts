// Rule signatures carry the duplicate key. The fast edit path keeps the edited
// node and changes it in place: duplicates and shadowing must be judged on the
// new text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText, type Analysis } from '../../server/src/analysis/analyze';
import { patchQuickly } from '../../server/src/analysis/incremental';
import { ruleSignature } from '../../server/src/analysis/ruleSignature';

const text = ['*filter', '-A INPUT -p tcp --dport 22 -j ACCEPT', '-A INPUT -p tcp --dport 80 -j ACCEPT', 'COMMIT', ''].join('\n');

function edit(previous: Analysis, line: number, now: string): Analysis {
  const lines = previous.model.parsed.lines.slice();
  lines[line] = now;
  const patched = patchQuickly(previous, lines.join('\n'), { forced: 'ipv4' });
  assert.ok(patched, 'the edit takes the fast path');
  return patched;
}

const codes = (a: Analysis): string[] => a.findings.map((f) => `${f.range.start.line}:${f.code}`);

test('a rule signature carries the duplicate key', () => {
  const rule = analyzeText(text, { forced: 'ipv4' }).model.rules[0];
  const sig = ruleSignature(rule);
  assert.deepEqual(sig.conditions, ['--destination-port 22', '--protocol tcp']);
  assert.equal(sig.action, 'jump ACCEPT');
  assert.equal(sig.full, '--destination-port 22\u0001--protocol tcp\u0002jump ACCEPT');
});

test('an edited rule is compared by its new text, not by a kept signature', () => {
  let a = analyzeText(text, { forced: 'ipv4' });
  assert.deepEqual(codes(a), []);
  // Line 2 becomes a copy of line 1: a duplicate.
  a = edit(a, 2, '-A INPUT -p tcp --dport 22 -j ACCEPT');
  assert.deepEqual(codes(a), ['2:duplicate-rule']);
  // And away again: no longer a duplicate.
  a = edit(a, 2, '-A INPUT -p tcp --dport 81 -j ACCEPT');
  assert.deepEqual(codes(a), []);
  // The first rule edited to test less: it now shadows the second.
  a = edit(a, 1, '-A INPUT -p tcp -j ACCEPT');
  assert.deepEqual(codes(a), ['2:shadowed-rule']);
});

test('in a long run, whose signatures are kept, an edited rule is still compared by its new text', () => {
  const rules = Array.from({ length: 1200 }, (_, i) => `-A INPUT -p tcp --dport ${i + 1} -j ACCEPT`);
  const long = ['*filter', ...rules, 'COMMIT', ''].join('\n');
  let a = analyzeText(long, { forced: 'ipv4' });
  assert.deepEqual(codes(a), []);
  a = edit(a, 600, '-A INPUT -p tcp --dport 1 -j ACCEPT');
  assert.deepEqual(codes(a), ['600:duplicate-rule']);
  a = edit(a, 600, '-A INPUT -p tcp --dport 600 -j ACCEPT');
  assert.deepEqual(codes(a), []);
});

test('-p, -s, -d, -i, -o and -f are conditions; -A, -j, -c and --comment are not', () => {
  const rule = analyzeText('*filter\n-A INPUT -p tcp -s 1.2.3.4 -d 5.6.7.8 -i eth0 -f -c 1 2 -m comment --comment x -j ACCEPT\nCOMMIT\n', { forced: 'ipv4' }).model.rules[0];
  const names = ruleSignature(rule).conditions.map((c) => c.split(' ')[0]);
  assert.deepEqual(names.sort(), ['--destination', '--fragment', '--in-interface', '--protocol', '--source']);
});
