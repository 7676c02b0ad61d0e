// Counts shown to people use one wording helper: the noun agrees with the
// number and large numbers get thousands separators.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/analysis/analyze';
import { hover } from '../../server/src/features/hover';
import { documentSymbols } from '../../server/src/features/symbols';

test('counters of one packet and one byte are singular', () => {
  const { model } = analyzeText('*filter\n:INPUT ACCEPT [1:1]\nCOMMIT\n');
  const h = hover(model, { line: 1, character: 15 });
  assert.match((h!.contents as { value: string }).value, /1 packet, 1 byte have met/);
});

test('a chain with a thousand rules says 1,000 rules in the outline', () => {
  const rules = Array.from({ length: 1000 }, (_, i) => `-A INPUT -p tcp --dport ${i + 1} -j ACCEPT\n`).join('');
  const { model } = analyzeText(`*filter\n:INPUT ACCEPT [0:0]\n${rules}COMMIT\n`);
  const input = documentSymbols(model)[0].children!.find((c) => c.name === 'INPUT')!;
  assert.match(input.detail ?? '', /1,000 rules/);
});
