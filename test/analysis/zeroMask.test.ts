// A zero mask on -s or -d (`/0`, `/00`, `/0x0`, `/0.0.0.0`, `/::`) matches every
// address: the kernel keeps no condition, so a RETURN with it ends the chain for
// every packet and a jump after it is never taken. Each chain below was tried
// with `unshare -n iptables-legacy-restore` / `ip6tables-legacy-restore` 1.8.9.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/analysis/analyze';
import { maskBits } from '../../server/src/analysis/values/address';
import type { Family } from '../../server/src/catalog/types';

function loops(source: string, family: Family): boolean {
  const text = `*filter\n:X - [0:0]\n-A INPUT -j X\n-A X -s ${source} -j RETURN\n-A X -j X\nCOMMIT\n`;
  return analyzeText(text, { forced: family }).findings.some((f) => f.code === 'jump-loop');
}

test('maskBits reads masks as iptables does', () => {
  assert.equal(maskBits('0', 'ipv4'), 0);
  assert.equal(maskBits('00', 'ipv4'), 0);
  assert.equal(maskBits('0x0', 'ipv4'), 0);
  assert.equal(maskBits('0x18', 'ipv4'), 24);
  assert.equal(maskBits('0.0.0.0', 'ipv4'), 0);
  assert.equal(maskBits('255.255.255.0', 'ipv4'), 24);
  assert.equal(maskBits('0.255.0.0', 'ipv4'), undefined, 'a mask with holes has no length');
  assert.equal(maskBits('33', 'ipv4'), undefined);
  assert.equal(maskBits('::', 'ipv6'), 0);
  assert.equal(maskBits('ffff:ffff::', 'ipv6'), 32);
  assert.equal(maskBits('128', 'ipv6'), 128);
  assert.equal(maskBits('129', 'ipv6'), undefined);
  assert.equal(maskBits('1.2.3.4/0x0', 'ipv4', 8), 0);
});

test('every spelling of a zero mask makes the RETURN unconditional: no jump loop', () => {
  for (const source of ['1.2.3.4/0', '1.2.3.4/00', '1.2.3.4/0x0', '1.2.3.4/000', '1.2.3.4/0.0.0.0']) {
    assert.equal(loops(source, 'ipv4'), false, source);
  }
  for (const source of ['::/0x0', '::/::', '1::/00']) assert.equal(loops(source, 'ipv6'), false, source);
});

test('a mask that is not zero keeps the condition, and the self jump is a loop', () => {
  assert.equal(loops('1.2.3.4/0.255.0.0', 'ipv4'), true);
  assert.equal(loops('1.2.3.4/8', 'ipv4'), true);
});
