import { test } from 'node:test';
import assert from 'node:assert/strict';
import { icmpNamesMatching } from '../../../server/src/analysis/values/icmpType';
import { codes, marked, messages } from './helpers';

test('names match by unambiguous leading part, any case', () => {
  assert.deepEqual(icmpNamesMatching('ipv4', 'echo-req'), ['echo-request']);
  assert.deepEqual(icmpNamesMatching('ipv4', 'ECHO-REQUEST'), ['echo-request']);
  assert.equal(icmpNamesMatching('ipv4', 'p').length > 1, true);
  assert.deepEqual(icmpNamesMatching('ipv6', 'neighbour-so'), ['neighbour-solicitation']);
});

test('bad-icmp-type: fires on unknown, ambiguous, out of range and ranges of types', () => {
  assert.deepEqual(marked('-p icmp --icmp-type echo-requets'), ['error bad-icmp-type: -p icmp --icmp-type ⟦echo-requets⟧']);
  assert.match(messages('-p icmp --icmp-type echo-requets')[0], /Did you mean `echo-request`\?/);
  assert.match(messages('-p icmp --icmp-type p')[0], /ambiguous/);
  assert.deepEqual(codes('-p icmp --icmp-type 256'), ['error bad-icmp-type']);
  assert.deepEqual(codes('-p icmp --icmp-type 3:5'), ['error bad-icmp-type']);
  assert.deepEqual(marked('-p icmp --icmp-type 3/x'), ['error bad-icmp-type: -p icmp --icmp-type 3/⟦x⟧']);
  // An ICMPv6 name in an IPv4 rule.
  assert.match(messages('-p icmp --icmp-type neighbour-solicitation')[0], /ICMPv6 name/);
});

test('bad-icmp-type: not for names, numbers and type/code', () => {
  for (const v of ['echo-request', 'ping', 'any', 'Echo-Reply', 'port-unr', '8', '3/4', '0x8', '3/0:5', 'TOS-host-redirect']) {
    assert.deepEqual(codes(`-p icmp --icmp-type ${v}`), [], v);
  }
  for (const v of ['packet-too-big', 'neighbour-solicitation', 'neighbor-advertisement', '1/0', '2', 'ping']) {
    assert.deepEqual(codes(`-p ipv6-icmp --icmpv6-type ${v}`, { family: 'ipv6' }), [], v);
  }
  assert.deepEqual(codes('-p ipv6-icmp --icmpv6-type any', { family: 'ipv6' }), ['error bad-icmp-type']);
});
