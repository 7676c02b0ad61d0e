import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readUint } from '../../../server/src/analysis/values/number';
import { codes, marked, messages } from './helpers';

test('readUint reads like strtoul with base 0', () => {
  assert.deepEqual([readUint('0x1f').value, readUint('0x1f').end], [31, 4]);
  assert.equal(readUint('010').value, 8);
  assert.equal(readUint('08').end, 1);
  assert.equal(readUint('-1').ok, false);
  assert.equal(readUint('18446744073709551616').big, 18446744073709551616n);
  assert.equal(readUint('0x10', 0, 4, false).value, 0);
});

test('number-out-of-range: fires outside the bounds, names the bounds', () => {
  assert.deepEqual(marked('-m ttl --ttl-eq 256'), ['error number-out-of-range: -m ttl --ttl-eq ⟦256⟧']);
  assert.match(messages('-m ttl --ttl-eq 256')[0], /from 0 to 255/);
  assert.deepEqual(codes('-m connlimit --connlimit-upto 4294967296'), ['error number-out-of-range']);
  assert.deepEqual(codes('-m quota --quota 18446744073709551616'), ['error number-out-of-range']);
  assert.deepEqual(codes('-m quota --quota 18446744073709551615'), []);
  assert.deepEqual(codes('-m ttl --ttl-eq 255'), []);
  assert.deepEqual(codes('-m ttl --ttl-eq 0xff'), []);
});

test('bad-number: fires on words, negatives and trailing text; not on hex where allowed', () => {
  assert.deepEqual(marked('-m ttl --ttl-eq abc'), ['error bad-number: -m ttl --ttl-eq ⟦abc⟧']);
  assert.deepEqual(codes('-m connlimit --connlimit-above -1'), ['error bad-number']);
  assert.deepEqual(codes('-m ttl --ttl-lt 5x'), ['error bad-number']);
  assert.match(messages('-m ttl --ttl-lt 09')[0], /octal/);
  // rate-interval is read with a decimal reader that ignores trailing text.
  const hl = '-m hashlimit --hashlimit-upto 1/s --hashlimit-name a --hashlimit-rate-match --hashlimit-rate-interval';
  assert.deepEqual(codes(`${hl} 0x5`), ['error bad-number']);
  assert.deepEqual(codes(`${hl} 5x`), ['warning bad-number']);
  assert.deepEqual(codes(`${hl} 5`), []);
});

test('number ranges: either end may be left out; reversal by option', () => {
  assert.deepEqual(codes('-m length --length 100:'), []);
  assert.deepEqual(codes('-m length --length :100'), []);
  assert.deepEqual(codes('-m length --length 0x40:0x100'), []);
  assert.deepEqual(marked('-m length --length 100:70000'), ['error number-out-of-range: -m length --length 100:⟦70000⟧']);
  assert.deepEqual(codes('-m length --length 1:2:3'), ['error bad-number']);
  assert.deepEqual(codes('-m length --length 200:100'), ['warning reversed-range']);
  assert.deepEqual(codes('-p tcp -m tcpmss --mss 200:100'), ['error reversed-range']);
  assert.deepEqual(codes('-m connbytes --connbytes 1000:10 --connbytes-dir both --connbytes-mode bytes'), ['error reversed-range']);
});

test('NFQUEUE --queue-balance: a real range under 65536 queues', () => {
  assert.deepEqual(codes('-j NFQUEUE --queue-balance 0:3'), []);
  assert.deepEqual(codes('-j NFQUEUE --queue-balance 3'), ['error bad-number']);
  assert.deepEqual(codes('-j NFQUEUE --queue-balance 3:3'), ['error reversed-range']);
  assert.deepEqual(codes('-j NFQUEUE --queue-balance 0:65535'), ['error number-out-of-range']);
});

test('per-family bound: TCPMSS --set-mss is lower for IPv6', () => {
  const m = { table: 'mangle', chain: 'FORWARD' };
  assert.deepEqual(codes('-p tcp -j TCPMSS --set-mss 65515', m), []);
  assert.deepEqual(codes('-p tcp -j TCPMSS --set-mss 65515', { ...m, family: 'ipv6' }), ['error number-out-of-range']);
});

test('counters: -c takes two numbers', () => {
  assert.deepEqual(codes('-c 10 2000 -j ACCEPT'), []);
  assert.deepEqual(marked('-c x 2000 -j ACCEPT'), ['error bad-number: -c ⟦x⟧ 2000 -j ACCEPT']);
});

test('numbers that must fit each other within one match', () => {
  assert.deepEqual(codes('-m statistic --mode nth --every 5 --packet 4'), []);
  assert.deepEqual(marked('-m statistic --mode nth --every 5 --packet 5'), ['error number-out-of-range: -m statistic --mode nth --every 5 --packet ⟦5⟧']);
  const cluster = '-m cluster --cluster-total-nodes 2 --cluster-hash-seed 1';
  assert.deepEqual(codes(`${cluster} --cluster-local-node 2`), []);
  assert.deepEqual(codes(`${cluster} --cluster-local-node 3`), ['error number-out-of-range']);
  assert.deepEqual(codes(`${cluster} --cluster-local-nodemask 3`), []);
  assert.deepEqual(codes(`${cluster} --cluster-local-nodemask 4`), ['error number-out-of-range']);
});
