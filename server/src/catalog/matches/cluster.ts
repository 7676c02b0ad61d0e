// cluster: share traffic between several firewalls that all see every packet, by hashing the connection.
import type { ModuleSpec } from '../types';
import { u32 } from '../values/numbers';

export const clusterMatch: ModuleSpec = {
  name: 'cluster',
  kind: 'match',
  families: ['ipv4', 'ipv6'],
  summary: 'Matches the share of connections this node of a load-sharing cluster should handle.',
  doc: [
    'For clusters where every node receives every packet (for example through a multicast MAC address):',
    'each connection is hashed to one node number, and the rule matches only on the node whose number it is.',
    'All nodes must use the same `--cluster-total-nodes` and `--cluster-hash-seed`.',
    '',
    'Needs `--cluster-total-nodes`, `--cluster-hash-seed`, and one of `--cluster-local-node` or `--cluster-local-nodemask`.',
    '',
    'Example: on node 1 of 2, mark the packets this node owns:',
    '`-A PREROUTING -t mangle -i eth1 -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed 0xdeadbeef -j MARK --set-mark 0xffff`',
  ].join('\n'),
  // iptables refuses the module without at least one option of each group.
  requiresOneOf: [['--cluster-local-node', '--cluster-local-nodemask']],
  options: [
    {
      names: ['--cluster-total-nodes'],
      arity: 1,
      value: { kind: 'number', min: 1, max: 32, hex: true },
      mandatory: true,
      doc: 'How many nodes the cluster has (1 to 32).',
      phrase: 'the cluster has {value} nodes',
    },
    {
      names: ['--cluster-local-node'],
      arity: 1,
      reading: { boundBy: { option: '--cluster-total-nodes', as: 'node' } },
      // Must also be at most --cluster-total-nodes.
      value: { kind: 'number', min: 1, max: 32, hex: true },
      negatable: true,
      excludes: ['--cluster-local-nodemask'],
      doc: 'This node\'s number (1 to the total); the rule matches connections hashed to it.',
      phrase: 'the connection is {not}hashed to node {value}',
    },
    {
      names: ['--cluster-local-nodemask'],
      arity: 1,
      reading: { boundBy: { option: '--cluster-total-nodes', as: 'nodeMask' } },
      // iptables bounds it to 1..32; the kernel also refuses a mask with bits beyond the node count.
      value: { kind: 'number', min: 1, max: 32, hex: true },
      negatable: true,
      excludes: ['--cluster-local-node'],
      doc: 'A bit mask of node numbers this node handles, instead of a single --cluster-local-node.',
      phrase: 'the connection is {not}hashed to one of the nodes in mask {value}',
    },
    {
      names: ['--cluster-hash-seed'],
      arity: 1,
      value: u32,
      mandatory: true,
      doc: 'The seed of the hash; every node of the cluster must use the same value.',
      phrase: 'hash seed {value}',
    },
  ],
};
