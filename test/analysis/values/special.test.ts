import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readDecimal } from '../../../server/src/analysis/values/special';
import { codes, marked } from './helpers';

test('readDecimal reads like strtod', () => {
  assert.deepEqual(readDecimal('0.25'), { value: 0.25, end: 4 });
  assert.deepEqual(readDecimal('.5x'), { value: 0.5, end: 2 });
  assert.deepEqual(readDecimal('1e-1'), { value: 0.1, end: 4 });
  assert.deepEqual(readDecimal('0x10'), { value: 16, end: 4 });
  assert.equal(readDecimal('abc').end, 0);
  assert.equal(readDecimal('.').end, 0);
});

test('statistic --probability: 0 to 1', () => {
  assert.deepEqual(codes('-m statistic --mode random --probability 0.25'), []);
  assert.deepEqual(codes('-m statistic --mode random --probability 1.1'), ['error number-out-of-range']);
  assert.deepEqual(codes('-m statistic --mode random --probability half'), ['error bad-number']);
});

test('CT --zone: a number or mark', () => {
  const raw = { table: 'raw', chain: 'PREROUTING' };
  assert.deepEqual(codes('-j CT --zone 5', raw), []);
  assert.deepEqual(codes('-j CT --zone MARK', raw), []);
  assert.deepEqual(codes('-j CT --zone 65536', raw), ['error number-out-of-range']);
  assert.deepEqual(codes('-j CT --zone -1', raw), ['error bad-number']);
});

test('TOS values and names', () => {
  assert.deepEqual(codes('-m tos --tos 0x10/0x3f'), []);
  assert.deepEqual(codes('-m tos --tos minimize-delay'), []);
  assert.deepEqual(codes('-m tos --tos wrong'), ['error bad-enum-value']);
  assert.deepEqual(codes('-j TOS --set-tos 256', { table: 'mangle', chain: 'OUTPUT' }), ['error number-out-of-range']);
});

test('CLASSIFY: two hex numbers', () => {
  const m = { table: 'mangle', chain: 'POSTROUTING' };
  assert.deepEqual(codes('-j CLASSIFY --set-class 1:10', m), []);
  assert.deepEqual(codes('-j CLASSIFY --set-class 1', m), ['error bad-number']);
  assert.deepEqual(codes('-j CLASSIFY --set-class 1:10000', m), ['warning number-out-of-range']);
});

test('TCPOPTSTRIP: names or numbers 2-255, each once', () => {
  const m = { table: 'mangle', chain: 'FORWARD' };
  assert.deepEqual(codes('-p tcp -j TCPOPTSTRIP --strip-options mss,sack-permitted,8', m), []);
  assert.deepEqual(codes('-p tcp -j TCPOPTSTRIP --strip-options 1', m), ['error number-out-of-range']);
  assert.deepEqual(codes('-p tcp -j TCPOPTSTRIP --strip-options mss,2', m), ['error bad-enum-value']);
  assert.deepEqual(marked('-p tcp -j TCPOPTSTRIP --strip-options mss,sak', m), ['error bad-enum-value: -p tcp -j TCPOPTSTRIP --strip-options mss,⟦sak⟧']);
});

test('time: dates and times of day', () => {
  assert.deepEqual(codes('-m time --datestart 2024-12-31T23:00 --timestart 08:00 --timestop 17:30:00'), []);
  assert.deepEqual(codes('-m time --datestart 2040-01-01'), ['error bad-date']);
  assert.deepEqual(codes('-m time --datestop 2024-13-01'), ['error bad-date']);
  assert.deepEqual(codes('-m time --timestart 24:00'), ['error bad-date']);
  assert.deepEqual(codes('-m time --timestop 8am'), ['error bad-date']);
});

test('string --hex-string: bars around hex pairs', () => {
  assert.deepEqual(codes('-m string --algo bm --hex-string "|0d 0a|Host:"'), []);
  assert.deepEqual(codes('-m string --algo bm --hex-string |414243|'), []);
  assert.deepEqual(codes('-m string --algo bm --hex-string |4g|'), ['error bad-string']);
  assert.deepEqual(codes('-m string --algo bm --hex-string |414|'), ['error bad-string']);
  assert.deepEqual(codes(`-m string --algo bm --hex-string ${'a'.repeat(129)}`), ['error bad-string']);
});

test('connlabel, LED, rateest, RATEEST, mh', () => {
  assert.deepEqual(codes('-m connlabel --label 128'), ['error number-out-of-range']);
  // 65537 is cut to 16 bits on its way to the kernel: label 1.
  assert.deepEqual(codes('-m connlabel --label 65537'), ['warning number-out-of-range']);
  assert.deepEqual(codes('-m connlabel --label mylabel'), []);
  assert.deepEqual(codes('-j LED --led-trigger-id x --led-delay inf'), []);
  assert.deepEqual(codes('-j LED --led-trigger-id x --led-delay soon'), ['error bad-number']);
  assert.deepEqual(codes('-m rateest --rateest RE1 --rateest-gt --rateest-bps 5kbit'), []);
  assert.deepEqual(codes('-m rateest --rateest RE1 --rateest-gt --rateest-bps 5kbits'), ['error bad-rate']);
  assert.deepEqual(codes('-m rateest --rateest1 RE1 --rateest-lt --rateest-bps --rateest2 RE2'), []);
  assert.deepEqual(codes('-j RATEEST --rateest-name a --rateest-interval 250ms --rateest-ewmalog 0.5'), []);
  assert.deepEqual(codes('-j RATEEST --rateest-name a --rateest-interval 250min --rateest-ewmalog 1s'), ['error bad-number']);
  assert.deepEqual(codes('-p mh -m mh --mh-type bu:5', { family: 'ipv6' }), []);
  assert.deepEqual(codes('-p mh -m mh --mh-type 5:bu', { family: 'ipv6' }), []);
  assert.deepEqual(codes('-p mh -m mh --mh-type 7:1', { family: 'ipv6' }), ['error reversed-range']);
  assert.deepEqual(codes('-p mh -m mh --mh-type bogus', { family: 'ipv6' }), ['error bad-enum-value']);
});

test('bpf --bytecode: the count matches the instructions', () => {
  assert.deepEqual(codes('-m bpf --bytecode "4,48 0 0 9,21 0 1 6,6 0 0 1,6 0 0 0"'), []);
  assert.deepEqual(codes('-m bpf --bytecode "3,48 0 0 9,21 0 1 6,6 0 0 1,6 0 0 0"'), ['error bad-number']);
  assert.deepEqual(codes('-m bpf --bytecode "1,48 0 0"'), ['error bad-number']);
  assert.deepEqual(codes('-m bpf --bytecode 65,6'), ['error number-out-of-range']);
  assert.deepEqual(codes('-m bpf --bytecode abc'), ['error bad-number']);
});

test('hbh/dst options: TYPE[:LENGTH], padding without length, 16 at most', () => {
  const six = { family: 'ipv6' as const };
  assert.deepEqual(codes('-m hbh --hbh-opts 1:2,5', six), []);
  assert.deepEqual(codes('-m dst --dst-opts 0:2', six), ['error bad-number']);
  assert.deepEqual(codes('-m dst --dst-opts x', six), ['error bad-number']);
  assert.deepEqual(codes(`-m dst --dst-opts ${Array.from({ length: 17 }, () => '1').join(',')}`, six), ['error bad-number']);
});
