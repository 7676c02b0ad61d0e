// TEE: sends a copy of the packet to another host on the local network.
import type { ModuleSpec } from '../types';

export const teeTarget: ModuleSpec = {
  name: 'TEE',
  kind: 'target',
  families: ['ipv4', 'ipv6'],
  summary: 'Sends a copy of the packet to another machine on a directly connected network, e.g. for an IDS.',
  action: 'are copied to another host and continue to the next rule',
  doc: [
    'Clones the packet and routes the copy straight to the gateway address given, as if it were the next hop; the original continues with the next rule unchanged.',
    'The gateway must be reachable directly (on a local network). `--gateway` is required.',
    '',
    'Example: `-t mangle -A PREROUTING -i eth0 -j TEE --gateway 192.168.1.50`.',
  ].join('\n'),
  options: [
    {
      names: ['--gateway'],
      arity: 1,
      // One host: a name is resolved and must give a single address; no /mask.
      value: { kind: 'address' },
      mandatory: true,
      doc: 'Address of the machine that receives the copies; it must be on a directly connected network.',
      phrase: 'sending the copy to {value}',
    },
    {
      names: ['--oif'],
      arity: 1,
      reading: { lengthTruncated: true },
      value: { kind: 'interface' },
      doc: 'Send the copies out through this interface.',
      phrase: 'out through {value}',
    },
  ],
};
