import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findService } from '../../../server/src/catalog/services';
import { codes, marked, messages } from './helpers';

test('services: Debian names with their protocols', () => {
  assert.deepEqual(findService('ssh'), { port: 22, protocols: 't' });
  assert.equal(findService('domain')?.port, 53);
  assert.equal(findService('SSH'), undefined);
});

test('bad-port: out of range, negative, unknown names, on the exact side of a range', () => {
  assert.deepEqual(marked('-p tcp --dport 65536'), ['error bad-port: -p tcp --dport ⟦65536⟧']);
  assert.deepEqual(marked('-p tcp --sport -1'), ['error bad-port: -p tcp --sport ⟦-1⟧']);
  assert.deepEqual(marked('-p tcp --dport 1024:70000'), ['error bad-port: -p tcp --dport 1024:⟦70000⟧']);
  assert.deepEqual(marked('-p tcp --dport sshh'), ['error bad-port: -p tcp --dport ⟦sshh⟧']);
  assert.match(messages('-p tcp --dport sshh')[0], /Did you mean `ssh`\?/);
  assert.match(messages('-p tcp --dport SSH')[0], /lower case: `ssh`/);
  assert.deepEqual(codes('-p tcp --dport 1:2:3'), ['error bad-port']);
  assert.match(messages('-p tcp --dport 08')[0], /octal/);
});

test('bad-port: service names belong to protocols', () => {
  // ntp is UDP only in /etc/services: tcp refuses it, udp takes it.
  assert.deepEqual(codes('-p tcp --dport ntp'), ['error bad-port']);
  assert.match(messages('-p tcp --dport ntp')[0], /UDP service name/);
  assert.deepEqual(codes('-p udp --dport ntp'), []);
  // udp reads through the C resolver, which takes a name of any protocol.
  assert.deepEqual(codes('-p udp --dport http'), []);
  assert.deepEqual(codes('-p sctp --dport ssh'), ['error bad-port']);
  assert.deepEqual(codes('-p tcp -m multiport --dports http,ssh'), []);
  assert.deepEqual(codes('-p udp -m multiport --dports http'), ['error bad-port']);
});

test('bad-port: the resolver reads only decimal and wraps large numbers (a warning)', () => {
  assert.deepEqual(codes('-p udp --dport 0x16'), ['error bad-port']);
  assert.deepEqual(codes('-p tcp --dport 0x16'), []);
  assert.deepEqual(marked('-p udp --dport 99999'), ['warning bad-port: -p udp --dport ⟦99999⟧']);
  assert.match(messages('-p udp --dport 99999')[0], /port 34463/);
  assert.deepEqual(codes('-p udp --dport 08'), []);
  // ...in a signed 32-bit int first: what turns negative is refused.
  assert.deepEqual(codes('-p udp --dport 2147483648'), ['error bad-port']);
  assert.deepEqual(codes('-p udp --dport 4294967296'), ['warning bad-port']);
});

test('bad-port: not for valid ports and ranges', () => {
  for (const v of ['0', '22', '65535', 'ssh', '1024:', ':1024', ':', '1:65535', '0x50']) assert.deepEqual(codes(`-p tcp --dport ${v}`), [], v);
  for (const v of ['53', 'domain', '1024:65535', '5:3']) assert.deepEqual(codes(`-p udp --sport ${v}`).filter((c) => c.startsWith('error')), [], v);
  assert.deepEqual(codes('-m conntrack --ctorigdstport 80:90'), []);
});

test('reversed-range: refused by tcp and sctp, a warning for udp', () => {
  assert.deepEqual(marked('-p tcp --dport 2000:1000'), ['error reversed-range: -p tcp --dport ⟦2000:1000⟧']);
  assert.deepEqual(codes('-p sctp --sport 9:1'), ['error reversed-range']);
  assert.deepEqual(marked('-p udp --dport 2000:1000'), ['warning reversed-range: -p udp --dport ⟦2000:1000⟧']);
  assert.match(messages('-p udp --dport 2000:1000')[0], /Write 1000:2000/);
  assert.deepEqual(codes('-p tcp --dport 1000:2000'), []);
  assert.deepEqual(codes('-p tcp --dport 1000:1000'), []);
});

test('NAT ports: dash ranges, names for a single port only, /base', () => {
  const nat = { table: 'nat', chain: 'PREROUTING' };
  assert.deepEqual(codes('-p tcp -j REDIRECT --to-ports 8080', nat), []);
  assert.deepEqual(codes('-p tcp -j REDIRECT --to-ports http', nat), []);
  assert.deepEqual(codes('-p tcp -j REDIRECT --to-ports 8000-8010', nat), []);
  assert.deepEqual(marked('-p tcp -j REDIRECT --to-ports 8000:8010', nat), ['error bad-port: -p tcp -j REDIRECT --to-ports 8000⟦:⟧8010']);
  assert.deepEqual(codes('-p tcp -j REDIRECT --to-ports 9000-8000', nat), ['error reversed-range']);
  assert.deepEqual(codes('-p tcp -j REDIRECT --to-ports ssh-90', nat), ['error bad-port']);
  assert.deepEqual(codes('-p tcp -j REDIRECT --to-ports 1000-2000/5', nat), ['error bad-port']);
  assert.deepEqual(codes('-p tcp -j DNAT --to-destination 10.0.0.1:1000-2000/5', nat), []);
  assert.deepEqual(codes('-p tcp -j DNAT --to-destination 10.0.0.1:1000-2000/0', nat), ['error bad-port']);
});
