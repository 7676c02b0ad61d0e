// rt: the IPv6 Routing extension header.
import type { ModuleSpec } from '../types';
import { u32, u32Range } from '../values/numbers';

export const rtMatch: ModuleSpec = {
  name: 'rt',
  kind: 'match',
  families: ['ipv6'],
  summary: 'Matches fields of the IPv6 Routing header (source routing), such as its type and segments left.',
  doc: [
    'The Routing header lets the sender list hops the packet must visit. Type 0 is deprecated because it can be',
    'abused, so a common use is to drop it.',
    '`--rt-0-res` and `--rt-0-addrs` need `--rt-type 0` written before them; `--rt-0-not-strict` needs `--rt-0-addrs`.',
    '',
    'Example: drop packets with a type 0 routing header:',
    '`-A INPUT -m rt --rt-type 0 -j DROP`',
  ].join('\n'),
  options: [
    {
      names: ['--rt-type'],
      arity: 1,
      value: u32,
      negatable: true,
      doc: 'The routing header type (0 is the deprecated source route, 2 is used by Mobile IPv6).',
      phrase: 'routing header type is {not}{value}',
    },
    {
      names: ['--rt-segsleft'],
      arity: 1,
      value: u32Range,
      negatable: true,
      doc: 'The number of listed hops still to visit, or a range first:last.',
      phrase: 'segments left is {not}{value}',
    },
    {
      names: ['--rt-len'],
      arity: 1,
      value: u32,
      negatable: true,
      doc: 'The length of the routing header.',
      phrase: 'routing header length is {not}{value}',
    },
    {
      names: ['--rt-0-res'],
      arity: 0,
      doc: 'Also check the reserved field of a type 0 header; needs `--rt-type 0` before it.',
      phrase: 'the reserved field is checked',
    },
    {
      names: ['--rt-0-addrs'],
      arity: 1,
      reading: { numericOnly: true, maxItems: 16 },
      // Numeric IPv6 addresses only, no names or masks; 16 at most.
      value: { kind: 'address', list: true },
      doc: 'The hop addresses a type 0 header must list, comma separated (numeric IPv6, at most 16); needs `--rt-type 0` before it.',
      phrase: 'listed hops are {value}',
    },
    {
      names: ['--rt-0-not-strict'],
      arity: 0,
      doc: 'Let the addresses of `--rt-0-addrs` appear among others instead of being the exact list.',
      phrase: 'the hop list need not be exact',
    },
  ],
};
