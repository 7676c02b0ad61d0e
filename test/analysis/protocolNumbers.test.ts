// `-p` takes a number the way iptables reads it (C's strtoul, base 0): `0x6`
// is tcp, `017` is 15 (octal), `021` is 17 (udp). Every check that looks at the
// protocol must read it the same way. Each rule below was tried with
// `unshare -n iptables-legacy-restore` (iptables 1.8.9).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/analysis/analyze';
import { findProtocol } from '../../server/src/catalog/protocols';
import { canonicalProtocol, protocolNumber } from '../../server/src/analysis/values/protocol';
import { restore } from '../support/dumps';
import { codesOf } from '../support/findings';

/** The codes of the errors and warnings (not hints) of a text. */
function codes(text: string): string[] {
  return codesOf(analyzeText(text, { forced: 'ipv4' }).findings.filter((f) => f.severity === 'error' || f.severity === 'warning'));
}

const filter = (...lines: string[]): string => restore('filter', ...lines);

test('findProtocol reads numbers like iptables: hex, octal, at most 255', () => {
  assert.equal(findProtocol('0x6')?.name, 'tcp');
  assert.equal(findProtocol('0X11')?.name, 'udp');
  assert.equal(findProtocol('021')?.name, 'udp');
  assert.equal(findProtocol('017')?.number, 15);
  assert.equal(findProtocol('+6')?.name, 'tcp');
  assert.equal(findProtocol('0377')?.number, 255);
  assert.equal(findProtocol('0x0')?.number, 0);
  for (const refused of ['08', '0x', '-0', '256', '0x100', '0400', '6 ']) assert.equal(findProtocol(refused), undefined, refused);
});

test('the value checks read -p numbers through the catalog', () => {
  assert.equal(protocolNumber('0x6'), 6);
  assert.equal(canonicalProtocol('0x6'), 'tcp');
  assert.equal(canonicalProtocol('021'), 'udp');
  assert.equal(protocolNumber('0400'), undefined);
});

test('-p 0x6 loads the tcp match, so --dport is known (iptables accepts)', () => {
  assert.deepEqual(codes(filter('-A INPUT -p 0x6 --dport 22 -j ACCEPT')), []);
  assert.deepEqual(codes(filter('-A INPUT -p 021 --dport 53 -j ACCEPT')), []);
});

test('-p 017 is protocol 15, not udp: the udp match is refused', () => {
  assert.deepEqual(codes(filter('-A INPUT -p 017 -m udp --dport 53 -j ACCEPT')), ['module-needs-protocol']);
  assert.deepEqual(codes(filter('-A INPUT -p 021 -m udp --dport 53 -j ACCEPT')), []);
});

test('-p 0x0 is "any protocol": RETURN before a self jump ends the chain, no loop', () => {
  const text = filter(':X - [0:0]', '-A INPUT -j X', '-A X -p 0x0 -j RETURN', '-A X -j X');
  assert.ok(!codes(text).includes('jump-loop'));
  // The same with a real condition is refused by iptables as a loop.
  const loop = filter(':X - [0:0]', '-A INPUT -j X', '-A X -p 1 -j RETURN', '-A X -j X');
  assert.ok(codes(loop).includes('jump-loop'));
});
