// NETMAP: maps a whole network onto another one, address by address.
import type { ModuleSpec } from '../types';
import { natChains } from './common';

export const netmapTarget: ModuleSpec = {
  name: 'NETMAP',
  kind: 'target',
  families: ['ipv4', 'ipv6'],
  summary: 'Maps a whole network onto another one of the same size, keeping the host part of each address.',
  action: 'get their address moved to another network, keeping the host part',
  doc: [
    'One-to-one NAT for a network: the network bits of the address are replaced by those of `--to` and the host bits are kept, so 10.0.0.5 becomes 192.168.1.5 with `--to 192.168.1.0/24`.',
    'In PREROUTING and OUTPUT it rewrites the destination; in POSTROUTING and INPUT the source.',
    'Only allowed in the `nat` table. The rule is final: later rules of the nat table do not see this packet.',
  ].join('\n'),
  allowedIn: natChains,
  terminating: true,
  options: [
    {
      names: ['--to'],
      arity: 1,
      value: { kind: 'address', mask: true },
      mandatory: true,
      doc: 'The network to map onto, as address/prefix or address/netmask.',
      phrase: 'new network {value}',
    },
  ],
};
