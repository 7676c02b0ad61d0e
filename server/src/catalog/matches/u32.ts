// u32: reads 4-byte words at computed offsets of the packet and tests their value.
import type { ModuleSpec } from '../types';

export const u32Match: ModuleSpec = {
  name: 'u32',
  kind: 'match',
  families: ['ipv4', 'ipv6'],
  summary: 'Tests raw bytes of the packet at given positions, for checks no other match offers.',
  doc: [
    'Each test reads 4 bytes at an offset, can shift or mask them (`>>`, `<<`, `&`) or jump by them (`@`),',
    'and compares the result with values or ranges (`=1,5:9`). Tests are joined with `&&` (at most 10 tests, each with at most 10 values or ranges).',
    'Offsets count from the start of the IP header. Powerful but hard to read: add a comment.',
    '',
    'Example: match IPv4 packets whose total length is below 256 bytes:',
    '`-A INPUT -m u32 --u32 "0 & 0xFFFF = 0:255" -j ACCEPT`',
  ].join('\n'),
  options: [
    {
      names: ['--u32'],
      arity: 1,
      value: {
        kind: 'other',
        hint: 'tests like "0>>22&0x3C@12>>26&0x3C@0=0x4" joined with &&: location, optional & << >> @ steps, = values or first:last ranges',
      },
      negatable: true,
      mandatory: true,
      doc: 'The tests to run; quote them if they contain spaces.',
      phrase: 'the raw packet test {value} is {not}true',
    },
  ],
};
