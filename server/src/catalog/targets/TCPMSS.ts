// TCPMSS: rewrites the maximum segment size announced in TCP SYN packets.
import type { ModuleSpec } from '../types';
import { inAnyTable } from '../tables';

export const tcpmssTarget: ModuleSpec = {
  name: 'TCPMSS',
  kind: 'target',
  families: ['ipv4', 'ipv6'],
  summary: 'Lowers the maximum segment size announced in TCP handshakes, to avoid stalls on links with a small MTU.',
  action: 'get the MSS in their TCP handshake lowered and continue to the next rule',
  doc: [
    'When a tunnel or PPPoE link has a smaller MTU and ICMP "fragmentation needed" messages are blocked somewhere, large TCP transfers hang. Rewriting the MSS in SYN packets makes both ends send smaller segments.',
    'The rule must match TCP SYN packets: `-p tcp --tcp-flags SYN,RST SYN` (the kernel refuses it otherwise).',
    'Give `--set-mss` or `--clamp-mss-to-pmtu`; if both appear, the last one wins. The packet continues with the next rule.',
    '',
    'Example: `-t mangle -A FORWARD -o ppp0 -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu`.',
  ].join('\n'),
  protocols: ['tcp'],
  // iptables refuses the target without one of these operations.
  requiresOneOf: [['--set-mss', '--clamp-mss-to-pmtu']],
  options: [
    {
      names: ['--set-mss'],
      arity: 1,
      reading: { ipv6Max: 65495 },
      // 65535 minus the IP header: 65515 for IPv4, 65495 for IPv6 (the IPv6 limit is applied by analysis/values/optionRules).
      value: { kind: 'number', min: 0, max: 65515, hex: true },
      doc: 'Announce this MSS, in bytes, at most 65515 for IPv4 and 65495 for IPv6 (it is only ever lowered).',
      phrase: 'capped at {value} bytes',
    },
    {
      names: ['--clamp-mss-to-pmtu'],
      arity: 0,
      // Measured: refused when reached from INPUT or PREROUTING.
      allowedIn: inAnyTable('FORWARD', 'OUTPUT', 'POSTROUTING'),
      doc: 'Lower the MSS to fit the path MTU of the outgoing route; only in FORWARD, OUTPUT and POSTROUTING chains.',
      phrase: 'sized to fit the path MTU',
    },
  ],
};
