// Checking must grow linearly with the rules, whatever values they hold, and with the
// length of an argument (no backtracking, no per-rule regex).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Finding } from '../../../server/src/analysis/finding';
import { modelOf, runChecks } from '../../support/findings';
import { growthOfTen } from '../../support/growth';

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

const checkMs = (text: string): number => timeCheck(text).ms;

test('checking grows linearly with the number of rules, every kind of value among them', () => {
  const rules = (n: number): string => ['*filter', ...Array.from({ length: n }, (_, i) => samples[i % samples.length]), 'COMMIT', ''].join('\n');
  assert.ok(timeCheck(rules(600)).findings.length > 0);
  const growth = growthOfTen(rules, 5000, checkMs);
  assert.ok(growth < 30, `10 times the rules took ${growth.toFixed(1)} times as long`);
});

test('a long argument is read in linear time', () => {
  const rule = (n: number): string => {
    const list = Array.from({ length: n / 20 }, (_, i) => String(i)).join(',');
    return `*filter\n-A INPUT -s ${'1.'.repeat(n / 2)} -m conntrack --ctstate ${'N'.repeat(n)} -p tcp -m multiport --dports ${list} -m string --algo bm --hex-string "${'|'.repeat(n)}" -j DROP\nCOMMIT\n`;
  };
  const growth = growthOfTen(rule, 10_000, checkMs);
  assert.ok(growth < 30, `arguments 10 times longer took ${growth.toFixed(1)} times as long`);
});
