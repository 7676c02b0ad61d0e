// ttl: the IPv4 Time To Live field (hop limit; ip6tables uses the hl match instead).
import type { ModuleSpec } from '../types';
import { u8 } from '../values/numbers';
import { exclusive } from '../optionGroups';

const all = ['--ttl-eq', '--ttl-lt', '--ttl-gt'];
const others = exclusive(all);

export const ttlMatch: ModuleSpec = {
  name: 'ttl',
  kind: 'match',
  families: ['ipv4'],
  counterpart: 'hl',
  summary: 'Matches the IPv4 Time To Live (how many more routers the packet may cross).',
  doc: [
    'Every router lowers the TTL by one, so it hints at how far away the sender is.',
    'Exactly one of `--ttl-eq`, `--ttl-lt`, `--ttl-gt` is needed. For IPv6 use the `hl` match.',
    '',
    'Example: only accept packets sent from the local network (Linux starts at 64):',
    '`-A INPUT -p tcp --dport 22 -m ttl --ttl-eq 64 -j ACCEPT`',
  ].join('\n'),
  // iptables refuses the module without at least one option of each group.
  requiresOneOf: [all],
  options: [
    {
      names: ['--ttl-eq', '--ttl'],
      arity: 1,
      value: u8,
      negatable: true,
      excludes: others('--ttl-eq'),
      doc: 'Matches when the TTL equals this number.',
      phrase: 'TTL is {not}{value}',
    },
    {
      names: ['--ttl-lt'],
      arity: 1,
      value: u8,
      excludes: others('--ttl-lt'),
      doc: 'Matches when the TTL is lower than this number.',
      phrase: 'TTL is lower than {value}',
    },
    {
      names: ['--ttl-gt'],
      arity: 1,
      value: u8,
      excludes: others('--ttl-gt'),
      doc: 'Matches when the TTL is higher than this number.',
      phrase: 'TTL is higher than {value}',
    },
  ],
};
