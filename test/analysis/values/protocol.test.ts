import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalProtocol, protocolNumber } from '../../../server/src/analysis/values/protocol';
import { codes, marked, messages } from './helpers';

test('protocol names and numbers', () => {
  assert.equal(protocolNumber('tcp'), 6);
  assert.equal(protocolNumber('TCP'), 6);
  assert.equal(protocolNumber('0x11'), 17);
  assert.equal(protocolNumber('256'), undefined);
  assert.equal(protocolNumber('ospfigp'), undefined);
  assert.equal(canonicalProtocol('6'), 'tcp');
  assert.equal(canonicalProtocol('ipv6-icmp'), 'icmpv6');
});

test('bad-protocol: unknown names and numbers past 255', () => {
  assert.deepEqual(marked('-p tcpp -j ACCEPT'), ['error bad-protocol: -p ⟦tcpp⟧ -j ACCEPT']);
  assert.match(messages('-p tcpp')[0], /Did you mean `tcp`\?/);
  assert.deepEqual(codes('-p 256'), ['error bad-protocol']);
  assert.deepEqual(codes('-m conntrack --ctproto foo'), ['error bad-protocol']);
});

test('bad-protocol: `! -p all` can never match', () => {
  assert.deepEqual(codes('! -p all'), ['error bad-protocol']);
  assert.deepEqual(codes('! -p 0'), ['error bad-protocol']);
  assert.deepEqual(codes('! -p tcp'), []);
});

test('bad-protocol: not for names iptables or /etc/protocols know', () => {
  for (const p of ['tcp', 'UDP', 'icmp', 'ipv6-icmp', 'icmpv6', 'gre', 'esp', 'ah', 'sctp', 'mh', 'all', '47', 'ipencap', 'mptcp']) {
    assert.deepEqual(codes(`-p ${p}`), [], p);
  }
});
