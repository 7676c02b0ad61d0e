// CLUSTERIP: old IPv4 load sharing between hosts answering one shared address.
import type { ModuleSpec } from '../types';
import { u32 } from '../values/numbers';

export const clusteripTarget: ModuleSpec = {
  name: 'CLUSTERIP',
  kind: 'target',
  families: ['ipv4'],
  summary: 'Shares one IPv4 address among several hosts, each answering a fixed share of the connections (deprecated).',
  action: 'are kept only if this cluster host owns their connection and continue to the next rule',
  doc: [
    'Lets a group of hosts own the same IP and multicast MAC address; each host hashes every connection and only answers its own share, dropping the rest.',
    'The rule needs `-d ADDRESS/32` for the shared address. The first rule for an address must carry `--new` with all of `--hashmode`, `--clustermac`, `--total-nodes` and `--local-node`; a rule with no options at all joins an existing cluster.',
    '',
    'Deprecated in favour of the `cluster` match, and removed from Linux 6.3 onwards: newer kernels refuse the rule.',
  ].join('\n'),
  external: 'Needs the ipt_CLUSTERIP kernel module, which Linux removed in version 6.3.',
  options: [
    {
      names: ['--new'],
      arity: 0,
      doc: 'Create the cluster address; required on the first rule for the address, together with the other settings.',
      phrase: 'creating the cluster address',
    },
    {
      names: ['--hashmode'],
      requires: ['--new'],
      arity: 1,
      value: {
        kind: 'enum',
        values: [
          { word: 'sourceip', doc: 'Share out connections by source address only.' },
          { word: 'sourceip-sourceport', doc: 'Share out connections by source address and source port.' },
          {
            word: 'sourceip-sourceport-destport',
            doc: 'Share out connections by source address, source port and destination port.',
          },
        ],
      },
      doc: 'What the hash that picks the answering host is computed from (needs --new).',
      phrase: 'sharing connections by {value}',
    },
    {
      names: ['--clustermac'],
      requires: ['--new'],
      arity: 1,
      reading: { multicastMac: true },
      // iptables refuses a MAC whose first byte is even (not multicast).
      value: { kind: 'mac' },
      doc: 'The shared MAC address; it must be a multicast address, i.e. its first byte is odd, as in 01:00:5e:00:00:20 (needs --new).',
      phrase: 'with shared MAC address {value}',
    },
    {
      names: ['--total-nodes'],
      requires: ['--new'],
      arity: 1,
      value: { kind: 'number', min: 0, max: 16, hex: true },
      doc: 'How many hosts share the address, at most 16 (needs --new).',
      phrase: 'with {value} hosts in the cluster',
    },
    {
      names: ['--local-node'],
      requires: ['--new'],
      arity: 1,
      // Nodes are numbered from 1; the kernel refuses node 0.
      value: { kind: 'number', min: 1, max: 16, hex: true },
      doc: 'The number of this host within the cluster, from 1 up to the total (needs --new).',
      phrase: 'as cluster host number {value}',
    },
    {
      names: ['--hash-init'],
      requires: ['--new'],
      arity: 1,
      value: u32,
      doc: 'A seed for the hash; every host of the cluster must use the same one (needs --new).',
      phrase: 'seeding the hash with {value}',
    },
  ],
};
