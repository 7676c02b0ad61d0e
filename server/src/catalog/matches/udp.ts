// udp: source and destination ports of UDP packets; loaded by `-p udp` alone.
import type { ModuleSpec, ValueType } from '../types';

// Unlike tcp, iptables 1.8.9 accepts a reversed range here (such a range matches nothing).
const ports: ValueType = { kind: 'portRange', separator: ':' };

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
    {
      names: ['--source-port', '--sport'],
      arity: 1,
      value: ports,
      negatable: true,
      doc: 'The port the packet comes from, or a range first:last.',
      phrase: 'source port is {not}{value}',
    },
    {
      names: ['--destination-port', '--dport'],
      arity: 1,
      value: ports,
      negatable: true,
      doc: 'The port the packet goes to, or a range first:last.',
      phrase: 'destination port is {not}{value}',
    },
  ],
};
