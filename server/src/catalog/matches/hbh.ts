// hbh: the IPv6 Hop-by-Hop Options extension header.
import type { ModuleSpec } from '../types';
import { u32 } from '../values/numbers';

export const hbhMatch: ModuleSpec = {
  name: 'hbh',
  kind: 'match',
  families: ['ipv6'],
  summary: 'Matches IPv6 packets that carry a Hop-by-Hop Options header, optionally by its length and options.',
  doc: [
    'IPv6 can carry options that every router on the way must look at (for example the router alert used by MLD) in a Hop-by-Hop header.',
    'Without options the rule matches any packet that has this header; `--hbh-len` and `--hbh-opts` narrow it down.',
    '',
    'Example: accept packets with a router alert option (type 5):',
    '`-A INPUT -m hbh --hbh-opts 5 -j ACCEPT`',
  ].join('\n'),
  options: [
    {
      names: ['--hbh-len'],
      arity: 1,
      value: u32,
      negatable: true,
      doc: 'The total length of the Hop-by-Hop header, in bytes.',
      phrase: 'hop-by-hop header length is {not}{value}',
    },
    {
      names: ['--hbh-opts'],
      arity: 1,
      value: { kind: 'other', reader: 'ipv6Options', hint: 'comma separated option TYPE[:LENGTH] numbers, at most 16 (e.g. 5:2,1)' },
      doc: 'The options the header must contain, as numeric type, optionally with the data length (type:length), comma separated.',
      phrase: 'hop-by-hop options are {value}',
    },
  ],
};
