// dst: the IPv6 Destination Options extension header.
import type { ModuleSpec } from '../types';
import { u32 } from '../values/numbers';

export const dstMatch: ModuleSpec = {
  name: 'dst',
  kind: 'match',
  families: ['ipv6'],
  summary: 'Matches IPv6 packets that carry a Destination Options header, optionally by its length and options.',
  doc: [
    'IPv6 can carry extra "destination options" for the receiving host in a header of their own.',
    'Without options the rule matches any packet that has this header; `--dst-len` and `--dst-opts` narrow it down.',
    '',
    'Example: drop packets carrying destination options:',
    '`-A INPUT -m dst -j DROP`',
  ].join('\n'),
  options: [
    {
      names: ['--dst-len'],
      arity: 1,
      value: u32,
      negatable: true,
      doc: 'The total length of the Destination Options header, in bytes.',
      phrase: 'destination options header length is {not}{value}',
    },
    {
      names: ['--dst-opts'],
      arity: 1,
      value: { kind: 'other', reader: 'ipv6Options', hint: 'comma separated option TYPE[:LENGTH] numbers, at most 16 (e.g. 1:2,5)' },
      doc: 'The options the header must contain, as numeric type, optionally with the data length (type:length), comma separated.',
      phrase: 'destination options are {value}',
    },
  ],
};
