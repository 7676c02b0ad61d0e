// REJECT's --reject-with words, read the way iptables reads them (any case, any
// leading part, the first word in the list winning), and reported once. Each rule
// was tried with `unshare -n iptables-legacy-restore` / `ip6tables-legacy-restore`
// 1.8.9: tcp-reset and its leading parts need -p tcp, and an IPv6-only word
// is refused by iptables.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/analysis/analyze';
import type { FamilyChoice } from '../../server/src/analysis/model';
import { findTarget } from '../../server/src/catalog/modules';
import { findOptionWord } from '../../server/src/analysis/values/enum';

function found(rule: string, choice: FamilyChoice = { forced: 'ipv4' }): string[] {
  return analyzeText(`*filter\n-A INPUT ${rule}\nCOMMIT\n`, choice).findings.map((f) => `${f.severity} ${f.code}`);
}

test('the tcp-reset word itself carries its need for tcp', () => {
  const reject = findTarget('REJECT')!;
  const spec = reject.options.find((o) => o.names[0] === '--reject-with')!;
  assert.deepEqual(findOptionWord(spec, 'tcp-re', 'ipv4')?.protocols, ['tcp']);
  assert.deepEqual(findOptionWord(spec, 'TCP-RST', 'ipv4')?.protocols, ['tcp']);
  assert.deepEqual(findOptionWord(spec, 'tcp-reset', 'ipv6')?.protocols, ['tcp']);
  assert.equal(findOptionWord(spec, 'icmp-', 'ipv4')?.word, 'icmp-net-unreachable');
  assert.equal(findOptionWord(spec, 'icmp6-port-unreachable', 'ipv4'), undefined);
});

test('a leading part of tcp-reset needs -p tcp like the whole word', () => {
  assert.deepEqual(found('-p udp -j REJECT --reject-with tcp-re'), ['error option-needs-protocol']);
  assert.deepEqual(found('-p udp -j REJECT --reject-with TCP-R'), ['error option-needs-protocol']);
  assert.deepEqual(found('-p udp -j REJECT --reject-with tcp-reset', { forced: 'ipv6' }), ['error option-needs-protocol']);
  assert.deepEqual(found('-p tcp -j REJECT --reject-with tcp-re'), []);
  assert.deepEqual(found('-p 0x6 -j REJECT --reject-with tcp-reset'), []);
  assert.deepEqual(found('-p udp -j REJECT --reject-with icmp-'), []);
});

test('an IPv6-only word in IPv4 is one finding: an error when the family is stated, a warning when guessed', () => {
  assert.deepEqual(found('-j REJECT --reject-with icmp6-port-unreachable'), ['error family-mismatch']);
  assert.deepEqual(found('-j REJECT --reject-with icmp6-port-unreachable', {}), ['warning family-mismatch']);
});
