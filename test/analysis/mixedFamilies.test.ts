// Scripts that set up both firewalls: iptables and ip6tables lines keep separate chains,
// and each line's values are read in its own family (a regression: both used to share one).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/analysis/analyze';
import { codesOf } from '../support/findings';

test('the same chain created for both families is not a duplicate, and each jump finds its own', () => {
  const script = [
    '#!/bin/sh',
    'iptables -N LOGDROP',
    'ip6tables -N LOGDROP',
    'iptables -A INPUT -j LOGDROP',
    'ip6tables -A INPUT -j LOGDROP',
    'ip6tables -A INPUT -s 2001:db8::1 -j ACCEPT',
    'iptables -A INPUT -s 10.0.0.1 -j ACCEPT',
    'ip6tables -A INPUT -p icmpv6 --icmpv6-type echo-request -j ACCEPT',
    '',
  ].join('\n');
  assert.deepEqual(codesOf(analyzeText(script).findings, { withLine: true }), []);
});

test('each family still catches its own mistakes', () => {
  const script = ['#!/bin/sh', 'iptables -N ONLY4', 'ip6tables -N TWICE', 'ip6tables -N TWICE', 'ip6tables -A INPUT -j ONLY4', 'ip6tables -A INPUT -s 10.0.0.1 -j ACCEPT', ''].join('\n');
  assert.deepEqual(codesOf(analyzeText(script).findings, { withLine: true }), ['1:unused-chain', '3:duplicate-chain', '4:unknown-target', '5:family-mismatch']);
});
