import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codes, marked } from './helpers';

const cl = (mask: string): string => `-m connlimit --connlimit-above 2 --connlimit-mask ${mask}`;

test('bad-prefix: not a length or mask is an error', () => {
  assert.deepEqual(marked(cl('abc')), [`error bad-prefix: ${cl('⟦abc⟧')}`]);
  assert.deepEqual(codes(cl('129'), { family: 'ipv6' }), ['error bad-prefix']);
});

test('bad-prefix: masks iptables accepts but misreads are warnings', () => {
  // 33 becomes the mask 0.0.0.33 for IPv4.
  assert.deepEqual(codes(cl('33')), ['warning bad-prefix']);
  assert.deepEqual(codes(cl('255.0.255.0')), ['warning bad-prefix']);
  // hashlimit's kernel module refuses it outright.
  assert.deepEqual(codes('-m hashlimit --hashlimit-upto 1/s --hashlimit-name a --hashlimit-srcmask 33'), ['error bad-prefix']);
});

test('bad-prefix: not for lengths and contiguous masks', () => {
  for (const m of ['0', '24', '32', '0x10', '255.255.255.0']) assert.deepEqual(codes(cl(m)), [], m);
  for (const m of ['64', '128', 'ffff:ffff::']) assert.deepEqual(codes(cl(m), { family: 'ipv6' }), [], m);
  assert.deepEqual(codes('-j HMARK --hmark-src-prefix 24 --hmark-mod 10 --hmark-rnd 1'), []);
});
