// Dumps shaped to hit a quadratic path must still be analysed in time that grows
// with their size, not its square (each was found taking minutes or seconds).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/analysis/analyze';
import { growthOfTen, timed } from '../support/growth';

const analysisMs = (text: string): number => timed(() => analyzeText(text));

test('a jump loop through thousands of chains: each jump reports the start of its way round, not the whole walk', () => {
  const ring = (n: number): string => {
    const lines = ['*filter', ':INPUT ACCEPT [0:0]', ...Array.from({ length: n }, (_, i) => `:C${i} - [0:0]`), '-A INPUT -j C0'];
    for (let i = 0; i < n; i++) lines.push(`-A C${i} -p tcp --dport ${(i % 60000) + 1} -j C${(i + 1) % n}`);
    return [...lines, 'COMMIT', ''].join('\n');
  };
  assert.equal(analyzeText(ring(50)).findings.filter((f) => f.code === 'jump-loop').length, 50);
  const growth = growthOfTen(ring, 1000, analysisMs);
  assert.ok(growth < 30, `a loop 10 times longer took ${growth.toFixed(1)} times as long`);
});

test('thousands of chains used but not declared: each name is matched against the chain names once, within a budget', () => {
  // Chain names far apart from each other, each named by three rules: no suggestion fits.
  const undeclared = (n: number): string => {
    const name = (i: number): string => `U${(i * 7919).toString(36).toUpperCase()}X${i}`;
    const lines = ['*filter', ':INPUT ACCEPT [0:0]', ...Array.from({ length: n }, (_, i) => `:${name(i)} - [0:0]`)];
    for (let i = 0; i < n; i++) lines.push(`-A INPUT -j ${name(i + n)}`, `-A ${name(i + n)} -p tcp --dport ${(i % 60000) + 1} -j ACCEPT`, `-A ${name(i + n)} -j ${name(i)}`);
    return [...lines, 'COMMIT', ''].join('\n');
  };
  assert.ok(analyzeText(undeclared(20)).findings.some((f) => f.code === 'undeclared-chain'));
  const growth = growthOfTen(undeclared, 400, analysisMs);
  assert.ok(growth < 30, `10 times the chains took ${growth.toFixed(1)} times as long`);
});

test('a line with hundreds of thousands of problems gets them all, not an internal error', () => {
  // Regression: the problems were appended as call arguments (push(...list)), which overflowed the stack.
  const text = `*filter\n-A INPUT ${'! '.repeat(300_000)}-j ACCEPT\nCOMMIT\n`;
  const findings = analyzeText(text).findings.filter((f) => f.code === 'double-negation');
  assert.equal(findings.length, 299_999);
});
