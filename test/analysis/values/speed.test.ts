// 50,000 rules with every kind of value must be checked quickly, and a huge
// argument must not make any reader slow (no backtracking, no per-rule regex).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Finding } from '../../../server/src/analysis/finding';
import { modelOf, runChecks } from '../../support/findings';

const samples = [
  '-A INPUT -s 10.0.0.0/8,192.168.1.1 -d www.example.org -i eth0 -p tcp -m tcp --dport 1024:65535 --tcp-flags SYN,RST,ACK SYN -j ACCEPT',
  '-A INPUT -p udp -m multiport --dports 53,67:68,123,ntp -m conntrack --ctstate NEW,ESTABLISHED -j ACCEPT',
  '-A INPUT -m limit --limit 5/min --limit-burst 10 -m comment --comment "rate limited" -j LOG --log-prefix "in: " --log-level warning',
  '-A INPUT -p icmp --icmp-type echo-request -m mark --mark 0x10/0xff -j REJECT --reject-with icmp-port-unreachable',
  '-A INPUT -m hashlimit --hashlimit-upto 512kb/s --hashlimit-mode srcip,dstport --hashlimit-name web --hashlimit-srcmask 24 -j ACCEPT',
  '-A INPUT -p tcp --dport 99999 -s 300.1.1.1 -m state --state NEWW -j DROP',
];

function timeCheck(text: string): { ms: number; findings: Finding[] } {
  const model = modelOf(text);
  const start = performance.now();
  const findings = runChecks(model, ['values']);
  return { ms: performance.now() - start, findings };
}

test('50,000 rules are checked in well under two seconds', () => {
  const lines = ['*filter'];
  for (let i = 0; i < 50000; i++) lines.push(samples[i % samples.length]);
  lines.push('COMMIT', '');
  const { ms, findings } = timeCheck(lines.join('\n'));
  assert.ok(findings.length > 0);
  assert.ok(ms < 2000, `took ${ms.toFixed(0)} ms`);
});

test('a 100 KB argument is read in linear time', () => {
  const long = '1.'.repeat(50000);
  const list = Array.from({ length: 5000 }, (_, i) => String(i)).join(',');
  const text = `*filter\n-A INPUT -s ${long} -m conntrack --ctstate ${'N'.repeat(100000)} -p tcp -m multiport --dports ${list} -m string --algo bm --hex-string "${'|'.repeat(100000)}" -j DROP\nCOMMIT\n`;
  const { ms } = timeCheck(text);
  assert.ok(ms < 500, `took ${ms.toFixed(0)} ms`);
});
