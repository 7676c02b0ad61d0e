// A NAT address with a port needs a protocol that has ports. iptables refuses
// `-j DNAT --to-destination 1.2.3.4:80` without -p (and with -p gre), and
// accepts it with -p tcp written any way (`-p 0x6`); tried with
// `unshare -n iptables-legacy-restore` 1.8.9. One finding per mistake.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/analysis/analyze';
import { ruleIn } from '../support/dumps';
import { codesOf } from '../support/findings';

/** Every finding's code for one nat PREROUTING rule. */
const codes = (rule: string): string[] => codesOf(analyzeText(ruleIn('nat', 'PREROUTING', rule), { forced: 'ipv4' }).findings);

test('a NAT port without a protocol is reported once, as option-needs-protocol', () => {
  assert.deepEqual(codes('-j DNAT --to-destination 1.2.3.4:80'), ['option-needs-protocol']);
  assert.deepEqual(codes('-p gre -j DNAT --to-destination 1.2.3.4:80'), ['option-needs-protocol']);
});

test('a NAT port with a protocol that has ports is fine', () => {
  assert.deepEqual(codes('-p tcp -j DNAT --to-destination 1.2.3.4:80'), []);
  assert.deepEqual(codes('-p 0x6 -j DNAT --to-destination 1.2.3.4:80'), []);
  assert.deepEqual(codes('-j DNAT --to-destination 1.2.3.4'), []);
});
