import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codes, marked } from './helpers';

test('bad-interface: too long or empty is refused', () => {
  assert.deepEqual(marked('-i averyveryverylongname'), ['error bad-interface: -i ⟦averyveryverylongname⟧']);
  assert.deepEqual(codes('-o ""'), ['error bad-interface']);
  assert.deepEqual(codes('-m physdev --physdev-in abcdefghijklmnop'), ['error bad-interface']);
});

test('bad-interface: names the kernel never uses are a warning', () => {
  assert.deepEqual(marked('-i eth0:1'), ['warning bad-interface: -i eth0⟦:⟧1']);
  assert.deepEqual(marked('-i e/th'), ['warning bad-interface: -i e⟦/⟧th']);
  assert.deepEqual(marked('-i e+th'), ['warning bad-interface: -i e⟦+⟧th']);
});

test('bad-interface: not for real names and trailing wildcards', () => {
  for (const v of ['eth0', 'eth+', 'wlp3s0', 'br-1a2b3c4d5e6f', 'veth1234567890a', '+']) assert.deepEqual(codes(`-i ${v}`), [], v);
});

test('TEE --oif: a long name is cut, not refused', () => {
  assert.deepEqual(codes('-j TEE --gateway 10.0.0.1 --oif abcdefghijklmnop', { table: 'mangle', chain: 'PREROUTING' }), ['warning value-truncated']);
});
