import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codes, marked, messages } from './helpers';

const pre = { table: 'nat', chain: 'PREROUTING' };
const pre6 = { ...pre, family: 'ipv6' as const };

test('natRange: addresses, ranges, ports, IPv6 in brackets', () => {
  for (const v of ['10.0.0.1', '10.0.0.1-10.0.0.9', '10.0.0.1:8080', '10.0.0.1:8000-8010', ':8080', '10.0.0.1:http']) {
    assert.deepEqual(codes(`-p tcp -j DNAT --to-destination ${v}`, pre), [], v);
  }
  for (const v of ['2001:db8::1', '[2001:db8::1]:80', '[::1-::5]:80', '[::1]']) {
    assert.deepEqual(codes(`-p tcp -j DNAT --to-destination ${v}`, pre6), [], v);
  }
});

test('natRange: numbers only, written out in full', () => {
  assert.deepEqual(marked('-p tcp -j DNAT --to-destination 10.1:80', pre), ['error bad-address: -p tcp -j DNAT --to-destination ⟦10.1⟧:80']);
  assert.deepEqual(codes('-j DNAT --to-destination 010.0.0.1', pre), ['error bad-address']);
  assert.deepEqual(codes('-j DNAT --to-destination gw.example', pre), ['error bad-address']);
  assert.match(messages('-j DNAT --to-destination gw.example', pre)[0], /host names are not allowed/);
  assert.deepEqual(codes('-p tcp -j DNAT --to-destination [10.0.0.1]:80', pre), ['error bad-address']);
  assert.deepEqual(codes('-p tcp -j DNAT --to-destination [::1:80', pre6), ['error bad-address']);
  assert.deepEqual(codes('-j DNAT --to-destination 192.0.2.1', pre6), ['error family-mismatch']);
});

test('natRange: a port without -p tcp/udp/sctp/dccp/icmp is the option check\'s (option-needs-protocol), not the value check\'s', () => {
  assert.deepEqual(marked('-j DNAT --to-destination 10.0.0.1:80', pre), []);
  assert.deepEqual(codes('-p gre -j DNAT --to-destination 10.0.0.1:80', pre), []);
  assert.deepEqual(codes('-p 6 -j DNAT --to-destination 10.0.0.1:80', pre), []);
  assert.deepEqual(codes('-p icmp -j DNAT --to-destination 10.0.0.1:80', pre), []);
});

test('natRange: a reversed address range is accepted but surely wrong', () => {
  assert.deepEqual(codes('-j SNAT --to-source 10.0.0.9-10.0.0.1', { table: 'nat', chain: 'POSTROUTING' }), ['warning reversed-range']);
  assert.deepEqual(codes('-p tcp -j DNAT --to-destination 10.0.0.1:90-80', pre), ['error reversed-range']);
});
