// udp: source and destination ports of UDP packets; loaded by `-p udp` alone.
import { portOptions } from './portOptions';
import type { ModuleSpec } from '../types';

// Ports: unlike tcp, iptables 1.8.9 accepts a reversed range here (such a range matches nothing).

export const udpMatch: ModuleSpec = {
  name: 'udp',
  kind: 'match',
  families: ['ipv4', 'ipv6'],
  summary: 'Matches UDP source and destination ports.',
  doc: [
    'Writing `-p udp` loads this match by itself, so `-p udp --dport 53` works without `-m udp`.',
    'Ports may be numbers or service names from /etc/services, and ranges are written first:last.',
    '',
    'Example: accept DNS queries:',
    '`-A INPUT -p udp --dport 53 -j ACCEPT`',
  ].join('\n'),
  protocols: ['udp'],
  implicitForProtocol: 'udp',
  options: [
    ...portOptions(),
  ],
};
