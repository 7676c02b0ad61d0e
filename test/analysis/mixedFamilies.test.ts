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
  assert.deepEqual(codesOf(analyzeText(script).findings, { withLine: true }), ['1:unused-chain', '2:unused-chain', '3:duplicate-chain', '4:unknown-target', '5:family-mismatch']);
});

test('-4 and -6 on a command line are judged by the program: iptables refuses -6, ip6tables -4 (both exit 2)', () => {
  const refused = ['#!/bin/sh', 'iptables -6 -A INPUT -j ACCEPT', 'ip6tables -A INPUT -4 -j ACCEPT', ''].join('\n');
  assert.deepEqual(codesOf(analyzeText(refused).findings, { withLine: true }), ['1:family-option-refused', '2:family-option-refused']);
  // The program's own flag is accepted, in a script of either family.
  const accepted = ['#!/bin/sh', 'iptables -4 -A INPUT -j ACCEPT', 'ip6tables -6 -A INPUT -p tcp -j ACCEPT', 'ip6tables -6 -A INPUT -s 2001:db8::1 -j ACCEPT', ''].join('\n');
  assert.deepEqual(codesOf(analyzeText(accepted).findings, { withLine: true }), []);
  // Restore input skips the other family's lines: a hint, not an error.
  assert.deepEqual(codesOf(analyzeText('*filter\n-6 -A INPUT -j ACCEPT\nCOMMIT\n').findings), ['other-family-rule']);
});

test('the other family\'s lines get the checks that need no jump graph: places in built-in chains, duplicates, unused chains', () => {
  const script = [
    '#!/bin/sh',
    'iptables -A INPUT -p tcp --dport 22 -j ACCEPT',
    'ip6tables -t nat -A PREROUTING -j MASQUERADE',
    'ip6tables -A INPUT -p tcp --dport 22 -j ACCEPT',
    'ip6tables -A INPUT -p tcp --dport 22 -j ACCEPT',
    'ip6tables -N SPARE',
    '',
  ].join('\n');
  // Line 3 repeats line 2 among the ip6tables rules; the iptables rule on line 1 is another chain's.
  assert.deepEqual(codesOf(analyzeText(script).findings, { withLine: true }), ['2:target-not-allowed-here', '4:duplicate-rule', '5:unused-chain']);
});

test('the other family has a jump graph of its own: its loops and the places of its user chains are checked', () => {
  const script = [
    '#!/bin/sh',
    'iptables -N A',
    'iptables -A INPUT -j A',
    'ip6tables -N A',
    'ip6tables -N B',
    'ip6tables -A A -j B',
    'ip6tables -A B -j A',
    'ip6tables -A INPUT -j A',
    'ip6tables -t nat -N NATTED',
    'ip6tables -t nat -A PREROUTING -j NATTED',
    'ip6tables -t nat -A NATTED -j MASQUERADE',
    '',
  ].join('\n');
  // The loop A -> B -> A and MASQUERADE reached from PREROUTING are ip6tables' alone; iptables' A is fine.
  assert.deepEqual(codesOf(analyzeText(script).findings, { withLine: true }), ['5:jump-loop', '6:jump-loop', '10:target-not-allowed-here']);
});

test('an unknown chain on an ip6tables line is to be created with ip6tables', () => {
  const script = ['#!/bin/sh', 'iptables -A INPUT -j ACCEPT', 'ip6tables -A INPUT -j MISSING', ''].join('\n');
  const found = analyzeText(script).findings.find((f) => f.code === 'unknown-target');
  assert.match(found?.message ?? '', /Create it with `ip6tables -N MISSING`/);
});

test('a heredoc fed to ip6tables-restore in a script of iptables commands has the ip6tables chains (review finding)', () => {
  const script = [
    '#!/bin/sh',
    'ip6tables-restore <<EOF',
    '*filter',
    ':F - [0:0]',
    '-A INPUT -s 2001:db8::1 -p tcp --dport 22 -j ACCEPT',
    '-A INPUT -p tcp --dport 22 -j ACCEPT',
    'COMMIT',
    'EOF',
    'iptables -A INPUT -p tcp --dport 22 -j ACCEPT',
    'iptables -A INPUT -j F',
    'ip6tables -A INPUT -j F',
    '',
  ].join('\n');
  // No duplicate across families, no IPv6 address refused, the iptables jump to F finds no iptables chain F.
  assert.deepEqual(codesOf(analyzeText(script).findings, { withLine: true }), ['9:unknown-target']);
});
