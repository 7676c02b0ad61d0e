import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unitSeconds } from '../../../server/src/analysis/values/rate';
import { codes, marked, messages } from './helpers';

test('units: any leading part of second, minute, hour, day in any case', () => {
  assert.equal(unitSeconds('s'), 1);
  assert.equal(unitSeconds('MIN'), 60);
  assert.equal(unitSeconds('m'), 60);
  assert.equal(unitSeconds('Hour'), 3600);
  assert.equal(unitSeconds('d'), 86400);
  assert.equal(unitSeconds('x'), undefined);
  assert.equal(unitSeconds('seconds'), undefined);
});

test('bad-rate: fires on unknown units, zero, and rates too fast for the unit', () => {
  assert.deepEqual(marked('-m limit --limit 5/fortnight'), ['error bad-rate: -m limit --limit 5/⟦fortnight⟧']);
  assert.match(messages('-m limit --limit 5/fortnight')[0], /10\/second, 5\/minute/);
  assert.deepEqual(codes('-m limit --limit 0/s'), ['error bad-rate']);
  assert.deepEqual(codes('-m limit --limit /s'), ['error bad-rate']);
  assert.deepEqual(codes('-m limit --limit 10001/s'), ['error bad-rate']);
  assert.deepEqual(codes('-m limit --limit 600000/min'), []);
  assert.deepEqual(codes('-m limit --limit 600001/min'), ['error bad-rate']);
  assert.deepEqual(codes('-m hashlimit --hashlimit-upto 1000000/sec --hashlimit-name a'), []);
  assert.deepEqual(codes('-m hashlimit --hashlimit-upto 1000001/sec --hashlimit-name a'), ['error bad-rate']);
});

test('bad-rate: not for valid rates; a warning for ignored text', () => {
  for (const v of ['5/min', '3/hour', '1/d', '10', '100/S', '2/Sec']) assert.deepEqual(codes(`-m limit --limit ${v}`), [], v);
  assert.deepEqual(marked('-m limit --limit 5abc/min'), ['warning bad-rate: -m limit --limit 5⟦abc⟧/min']);
});

test('byte rates for hashlimit only, in lower case', () => {
  const hl = (rate: string): string[] => codes(`-m hashlimit --hashlimit-upto ${rate} --hashlimit-name a`);
  assert.deepEqual(hl('512kb/s'), []);
  assert.deepEqual(hl('10mb/s'), []);
  assert.deepEqual(hl('123456b/s'), []);
  assert.deepEqual(hl('512KB/s'), ['warning bad-rate']);
  assert.deepEqual(hl('10gb/s'), ['warning bad-rate']);
  // limit has no byte rates: it reads 512kb/s as 512 packets a second, ignoring "kb".
  assert.deepEqual(codes('-m limit --limit 512kb/s'), ['warning bad-rate']);
});

test('hashlimit burst: a count, or bytes with k or m', () => {
  const hl = (burst: string): string[] => codes(`-m hashlimit --hashlimit-upto 4kb/s --hashlimit-burst ${burst} --hashlimit-name a`);
  assert.deepEqual(hl('5'), []);
  assert.deepEqual(hl('400kb'), []);
  assert.deepEqual(hl('1000001'), ['error number-out-of-range']);
  assert.deepEqual(hl('0'), ['error bad-number']);
});
