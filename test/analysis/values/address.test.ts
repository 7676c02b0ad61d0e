import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseIPv4, parseIPv6, plausibleHostname } from '../../../server/src/analysis/values/address';
import { codes, marked, messages } from './helpers';

test('IPv4 numbers are read as the C library reads them', () => {
  assert.equal(parseIPv4('192.0.2.1'), 0xc0000201);
  assert.equal(parseIPv4('10.1'), 0x0a000001);
  assert.equal(parseIPv4('0x0a.0.0.1'), 0x0a000001);
  assert.equal(parseIPv4('010.0.0.1'), 0x08000001);
  assert.equal(parseIPv4('256.0.0.1'), undefined);
  assert.equal(parseIPv4('1.2.3.4.5'), undefined);
  assert.equal(parseIPv4('1.2.3.'), undefined);
  assert.equal(parseIPv4('08.1.1.1'), undefined);
});

test('IPv6 follows inet_pton', () => {
  assert.deepEqual(parseIPv6('::1'), [0, 0, 0, 0, 0, 0, 0, 1]);
  assert.deepEqual(parseIPv6('2001:db8::'), [0x2001, 0xdb8, 0, 0, 0, 0, 0, 0]);
  assert.deepEqual(parseIPv6('::ffff:192.0.2.1'), [0, 0, 0, 0, 0, 0xffff, 0xc000, 0x201]);
  assert.equal(parseIPv6('1::2::3'), undefined);
  assert.equal(parseIPv6('12345::'), undefined);
  assert.equal(parseIPv6('1:2:3:4:5:6:7'), undefined);
  assert.equal(parseIPv6('1:2:3:4:5:6:7:8:9'), undefined);
  assert.equal(parseIPv6(':1'), undefined);
});

test('host names: plausible ones only', () => {
  assert.ok(plausibleHostname('www.example.org'));
  assert.ok(plausibleHostname('localhost'));
  assert.ok(plausibleHostname('example.org.'));
  assert.ok(!plausibleHostname('1.2.3.4'));
  assert.ok(!plausibleHostname('bad..name'));
  assert.ok(!plausibleHostname('-x.org'));
  assert.ok(!plausibleHostname('a b'));
  assert.ok(!plausibleHostname('x'.repeat(64) + '.org'));
});

test('bad-address: fires on a broken address, on the bad item of a list only', () => {
  assert.deepEqual(marked('-s 300.1.1.1 -j DROP'), ['error bad-address: -s ⟦300.1.1.1⟧ -j DROP']);
  assert.deepEqual(marked('-s 10.0.0.1,10.0.0.300 -j DROP'), ['error bad-address: -s 10.0.0.1,⟦10.0.0.300⟧ -j DROP']);
  // An empty item has no text of its own: the whole word is marked.
  assert.deepEqual(marked('-d 1.2.3.4, -j DROP'), ['error bad-address: -d ⟦1.2.3.4,⟧ -j DROP']);
  assert.deepEqual(codes('-s a_b!c -j DROP'), ['error bad-address']);
  assert.match(messages('-s 1.2.3.4.5')[0], /takes an IPv4 address such as 192\.0\.2\.1 or a host name/);
});

test('bad-address: not for valid forms', () => {
  for (const ok of ['1.2.3.4', '10.0.0.0/8', '10/8', '0/0', '1.2.3.4/255.255.255.0', '0x0a.0.0.1', '1.2.3.4,5.6.7.8', 'garbage!/0', '1.2.3.4/0x10']) {
    assert.deepEqual(codes(`-s ${ok} -j DROP`), [], ok);
  }
  assert.deepEqual(codes('-s 2001:db8::/32 -d ::1', { family: 'ipv6' }), []);
});

test('bad-prefix: fires beyond /32 and /128 and on junk masks', () => {
  assert.deepEqual(marked('-s 10.0.0.0/33'), ['error bad-prefix: -s 10.0.0.0/⟦33⟧']);
  assert.deepEqual(marked('-d 10.0.0.0/255.255'), ['error bad-prefix: -d 10.0.0.0/⟦255.255⟧']);
  assert.deepEqual(codes('-s ::/129', { family: 'ipv6' }), ['error bad-prefix']);
  assert.deepEqual(codes('-s ::/128', { family: 'ipv6' }), []);
});

test('family-mismatch: an IPv6 address in an IPv4 file and the reverse', () => {
  assert.deepEqual(marked('-s 2001:db8::1 -j DROP'), ['error family-mismatch: -s ⟦2001:db8::1⟧ -j DROP']);
  assert.deepEqual(marked('-d 192.0.2.1', { family: 'ipv6' }), ['error family-mismatch: -d ⟦192.0.2.1⟧']);
  assert.deepEqual(codes('-d ::ffff:192.0.2.1', { family: 'ipv6' }), []);
  // The C library takes 0x10 as an IPv4 address, so IPv6 refuses it rather than looking it up.
  assert.deepEqual(codes('-j NETMAP --to 0x10', { family: 'ipv6', table: 'nat', chain: 'PREROUTING' }), ['error family-mismatch']);
  assert.deepEqual(codes('-d 192.0.2.1', { family: 'ipv4' }), []);
});

test('hostname-lookup: a warning for host names, none for addresses', () => {
  assert.deepEqual(marked('-s www.example.org -j ACCEPT'), ['warning hostname-lookup: -s ⟦www.example.org⟧ -j ACCEPT']);
  assert.match(messages('-s www.example.org')[0], /DNS/);
  assert.deepEqual(codes('-s www.example.org/24'), ['warning hostname-lookup']);
  assert.deepEqual(codes('-s 192.0.2.1'), []);
  // NAT targets and iprange take numbers only: a name is an error there.
  assert.deepEqual(codes('-m iprange --src-range gw.example-gw2.example'), ['error bad-address', 'error bad-address']);
});

test('iprange: single address or first-last, reversed is a warning', () => {
  assert.deepEqual(codes('-m iprange --src-range 10.0.0.1-10.0.0.9'), []);
  assert.deepEqual(codes('-m iprange --dst-range 10.0.0.1'), []);
  assert.deepEqual(marked('-m iprange --src-range 10.0.0.9-10.0.0.1'), ['warning reversed-range: -m iprange --src-range ⟦10.0.0.9-10.0.0.1⟧']);
  assert.deepEqual(codes('-m iprange --src-range ::9-::1', { family: 'ipv6' }), ['warning reversed-range']);
});

test('extension masks: a number above 32 is read as a mask, so it is a warning there', () => {
  assert.deepEqual(codes('-j NETMAP --to 10.0.0.0/24', { table: 'nat', chain: 'PREROUTING' }), []);
  assert.deepEqual(codes('-j NETMAP --to 10.0.0.0/33', { table: 'nat', chain: 'PREROUTING' }), ['warning bad-prefix']);
  assert.deepEqual(codes('-m conntrack --ctorigsrc 10.0.0.0/8'), []);
});

test('quoted words: the range still lands on the value', () => {
  assert.deepEqual(marked('-s "300.1.1.1"'), ['error bad-address: -s "⟦300.1.1.1⟧"']);
});

test('too-many-addresses: rt --rt-0-addrs holds 16 numeric addresses at most', () => {
  const six = { family: 'ipv6' as const };
  const list = (n: number): string => Array.from({ length: n }, (_, i) => `2001:db8::${i + 1}`).join(',');
  assert.deepEqual(codes(`-m rt --rt-type 0 --rt-0-addrs ${list(16)}`, six), []);
  assert.deepEqual(codes(`-m rt --rt-type 0 --rt-0-addrs ${list(17)}`, six), ['error too-many-addresses']);
  assert.deepEqual(codes('-m rt --rt-type 0 --rt-0-addrs gw.example', six), ['error bad-address']);
});

test('iprange reads numbers itself: every part a byte, no C library fallback', () => {
  assert.deepEqual(codes('-m iprange --src-range 10.1-10.2'), []);
  assert.deepEqual(codes('-m iprange --src-range 1970'), ['error bad-address']);
  // -s falls back to the C library, which reads 1970 as 0.0.7.178.
  assert.deepEqual(codes('-s 1970'), []);
});

test('SNPT/DNPT prefixes: at most /64, no /length is /128, nothing set after the prefix (measured)', () => {
  const at = (chain: string) => ({ family: 'ipv6' as const, table: 'mangle', chain });
  const snpt = (src: string, dst = '1c3::/64'): string[] => marked(`-j SNPT --src-pfx ${src} --dst-pfx ${dst}`, at('POSTROUTING'));
  assert.deepEqual(snpt('dead::beef'), ['error bad-prefix: -j SNPT --src-pfx ⟦dead::beef⟧ --dst-pfx 1c3::/64']);
  assert.match(messages('-j SNPT --src-pfx dead::beef --dst-pfx 1c3::/64', at('POSTROUTING'))[0], /counts as \/128.*such as dead::\/64/);
  assert.deepEqual(snpt('dead::/65'), ['error bad-prefix: -j SNPT --src-pfx dead::/⟦65⟧ --dst-pfx 1c3::/64']);
  assert.equal(snpt('dead::/ffff:ffff:ffff:ffff:8000::').length, 1);
  assert.deepEqual(snpt('dead::beef/64'), ['error bad-prefix: -j SNPT --src-pfx ⟦dead::beef⟧/64 --dst-pfx 1c3::/64']);
  assert.equal(snpt('dead:0:0:1::/48').length, 1);
  assert.equal(snpt('dead::/0').length, 1);
  assert.equal(snpt('dead::/64', '1c3::1/64').length, 1);
  assert.deepEqual(codes('-j DNPT --src-pfx dead::beef --dst-pfx 1c3::/64', at('PREROUTING')), ['error bad-prefix']);
  for (const ok of ['dead::/64', 'dead::/48', '::/0', 'dead:0:0:1::/64', 'fd00:1::/56', 'dead::/ffff:ffff:ffff:ffff::']) assert.deepEqual(snpt(ok), [], ok);
  assert.deepEqual(codes('-j DNPT --src-pfx dead::/64 --dst-pfx 1c3::/48', at('PREROUTING')), []);
});
