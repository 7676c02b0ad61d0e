// hl: the IPv6 Hop Limit field (IPv6's TTL).
import type { ModuleSpec } from '../types';
import { u8 } from '../values/numbers';
import { exclusive } from '../optionGroups';

const comparisons = ['--hl-eq', '--hl-lt', '--hl-gt'];
const others = exclusive(comparisons);

export const hlMatch: ModuleSpec = {
  name: 'hl',
  kind: 'match',
  families: ['ipv6'],
  counterpart: 'ttl',
  summary: 'Matches the IPv6 hop limit (how many more routers the packet may cross).',
  doc: [
    'The hop limit is IPv6\'s version of the TTL: each router lowers it by one and drops the packet at zero.',
    'Give exactly one of `--hl-eq`, `--hl-lt` or `--hl-gt`.',
    '',
    'Example: accept neighbour discovery only from the local link, where the hop limit is still 255:',
    '`-A INPUT -p icmpv6 --icmpv6-type neighbour-solicitation -m hl --hl-eq 255 -j ACCEPT`',
  ].join('\n'),
  // iptables refuses the module without at least one option of each group.
  requiresOneOf: [comparisons],
  options: [
    {
      names: ['--hl-eq', '--hl'],
      arity: 1,
      value: u8,
      negatable: true,
      excludes: others('--hl-eq'),
      doc: 'The hop limit must equal this number.',
      phrase: 'hop limit is {not}{value}',
    },
    {
      names: ['--hl-lt'],
      arity: 1,
      value: u8,
      excludes: others('--hl-lt'),
      doc: 'The hop limit must be less than this number.',
      phrase: 'hop limit is below {value}',
    },
    {
      names: ['--hl-gt'],
      arity: 1,
      value: u8,
      excludes: others('--hl-gt'),
      doc: 'The hop limit must be greater than this number.',
      phrase: 'hop limit is above {value}',
    },
  ],
};
