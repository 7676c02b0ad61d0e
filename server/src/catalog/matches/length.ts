// length: the size of the packet at layer 3.
import type { ModuleSpec } from '../types';
import { u16Range } from '../values/numbers';

export const lengthMatch: ModuleSpec = {
  name: 'length',
  kind: 'match',
  families: ['ipv4', 'ipv6'],
  summary: 'Matches packets by their length, or a range of lengths, in bytes.',
  doc: [
    'Compares the packet length with a number or a first:last range (both ends included).',
    'The length counts the whole IP packet, IP header included (for IPv6 the fixed 40-byte header is counted too).',
    '',
    'Example: drop unusually large pings:',
    '`-A INPUT -p icmp --icmp-type echo-request -m length --length 1000:65535 -j DROP`',
  ].join('\n'),
  options: [
    {
      names: ['--length'],
      arity: 1,
      // Either end may be empty; a reversed range is accepted.
      value: u16Range,
      negatable: true,
      mandatory: true,
      doc: 'The length in bytes, or a range first:last.',
      phrase: 'packet length is {not}{value}',
    },
  ],
};
