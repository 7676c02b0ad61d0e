// connlimit: count the open connections of an address (or address block) and match above/up to a number.
import type { ModuleSpec } from '../types';
import { u32 } from '../values/numbers';

export const connlimitMatch: ModuleSpec = {
  name: 'connlimit',
  kind: 'match',
  stateful: true,
  families: ['ipv4', 'ipv6'],
  summary: 'Matches by how many connections an address or address block currently has open.',
  doc: [
    'Counts the tracked connections that share the packet\'s source address (or destination, with `--connlimit-daddr`),',
    'optionally grouping addresses into blocks with `--connlimit-mask`. One of `--connlimit-upto` or `--connlimit-above` is required.',
    '',
    'Example: refuse a fourth SSH connection from the same address:',
    '`-A INPUT -p tcp --syn --dport 22 -m connlimit --connlimit-above 3 -j REJECT`',
  ].join('\n'),
  // iptables refuses the module without at least one option of each group.
  requiresOneOf: [['--connlimit-upto', '--connlimit-above']],
  options: [
    {
      names: ['--connlimit-upto'],
      arity: 1,
      value: u32,
      negatable: true,
      excludes: ['--connlimit-above'],
      doc: 'Match while the count of open connections is at most this number.',
      phrase: 'open connections are {not}at most {value}',
    },
    {
      names: ['--connlimit-above'],
      arity: 1,
      value: u32,
      negatable: true,
      excludes: ['--connlimit-upto'],
      doc: 'Match once the count of open connections is more than this number.',
      phrase: 'open connections are {not}more than {value}',
    },
    {
      names: ['--connlimit-mask'],
      arity: 1,
      // A prefix length or a netmask; iptables reads a bare IPv4 number beyond 32 as a mask (33 is 0.0.0.33).
      value: { kind: 'prefixLength' },
      doc: 'Count connections per address block of this prefix length instead of per single address (default: single address).',
      phrase: 'addresses are grouped by /{value}',
    },
    {
      names: ['--connlimit-saddr'],
      arity: 0,
      excludes: ['--connlimit-daddr'],
      doc: 'Count connections per source address (the default).',
      phrase: 'counted per source address',
    },
    {
      names: ['--connlimit-daddr'],
      arity: 0,
      excludes: ['--connlimit-saddr'],
      doc: 'Count connections per destination address instead of per source.',
      phrase: 'counted per destination address',
    },
  ],
};
