// physdev: the bridge ports a bridged packet uses (needs br_netfilter to see bridged traffic).
import type { ModuleSpec } from '../types';

export const physdevMatch: ModuleSpec = {
  name: 'physdev',
  kind: 'match',
  families: ['ipv4', 'ipv6'],
  summary: 'Matches the bridge port a packet came in on or goes out of, for traffic crossing a Linux bridge.',
  doc: [
    'When interfaces are joined into a bridge, `-i`/`-o` only see the bridge (for example br0);',
    'this match sees the real port underneath (for example eth1).',
    'Bridged packets reach iptables only when the `br_netfilter` kernel module is loaded.',
    'At least one option is needed. In OUTPUT chains `--physdev-out` and `--physdev-is-out` are refused',
    'unless `--physdev-is-bridged` is also given.',
    '',
    'Example: drop bridged traffic leaving through eth2:',
    '`-A FORWARD -m physdev --physdev-is-bridged --physdev-out eth2 -j DROP`',
  ].join('\n'),
  external: 'Bridged traffic is seen only when the br_netfilter kernel module is loaded.',
  // iptables refuses the module without at least one option of each group.
  requiresOneOf: [['--physdev-in', '--physdev-out', '--physdev-is-in', '--physdev-is-out', '--physdev-is-bridged']],
  options: [
    {
      names: ['--physdev-in'],
      arity: 1,
      value: { kind: 'interface' },
      negatable: true,
      doc: 'The bridge port the packet arrived on; a trailing + matches every name starting with the text before it.',
      phrase: 'bridge input port is {not}{value}',
    },
    {
      names: ['--physdev-out'],
      arity: 1,
      value: { kind: 'interface' },
      negatable: true,
      doc: 'The bridge port the packet will leave through; a trailing + works as a wildcard.',
      phrase: 'bridge output port is {not}{value}',
    },
    {
      names: ['--physdev-is-in'],
      arity: 0,
      negatable: true,
      doc: 'Matches when the packet entered through a bridge port.',
      phrase: 'the packet did {not}arrive through a bridge port',
    },
    {
      names: ['--physdev-is-out'],
      arity: 0,
      negatable: true,
      doc: 'Matches when the packet will leave through a bridge port.',
      phrase: 'the packet will {not}leave through a bridge port',
    },
    {
      names: ['--physdev-is-bridged'],
      arity: 0,
      negatable: true,
      doc: 'Matches when the packet is being bridged, that is passed from port to port rather than routed.',
      phrase: 'the packet is {not}being bridged',
    },
  ],
};
