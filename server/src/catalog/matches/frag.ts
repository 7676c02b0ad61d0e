// frag: the IPv6 Fragment extension header.
import type { ModuleSpec } from '../types';
import { u32, u32Range } from '../values/numbers';

export const fragMatch: ModuleSpec = {
  name: 'frag',
  kind: 'match',
  families: ['ipv6'],
  summary: 'Matches IPv6 fragments, optionally by fragment id, first/last position or reserved bits.',
  doc: [
    'A large IPv6 packet can be split into fragments, each carrying a Fragment header.',
    'Without options the rule matches every fragment; the options pick the first, middle or last pieces or a given id.',
    '',
    'Example: drop every IPv6 fragment:',
    '`-A INPUT -m frag -j DROP`',
  ].join('\n'),
  options: [
    {
      names: ['--fragid'],
      arity: 1,
      // Either end may be empty; a reversed range is accepted.
      value: u32Range,
      negatable: true,
      doc: 'The identification number shared by the fragments of one packet, or a range first:last.',
      phrase: 'fragment id is {not}{value}',
    },
    {
      names: ['--fraglen'],
      arity: 1,
      value: u32,
      negatable: true,
      doc: 'The length of the Fragment header; it is always the same in current kernels, so this is rarely useful.',
      phrase: 'fragment header length is {not}{value}',
    },
    {
      names: ['--fragres'],
      arity: 0,
      doc: 'Require the reserved fields of the Fragment header to be zero.',
      phrase: 'fragment reserved fields are zero',
    },
    {
      names: ['--fragfirst'],
      arity: 0,
      doc: 'Match only the first fragment (offset zero).',
      phrase: 'it is the first fragment',
    },
    {
      names: ['--fragmore'],
      arity: 0,
      excludes: ['--fraglast'],
      doc: 'Match fragments that are followed by more fragments (every piece but the last).',
      phrase: 'more fragments follow',
    },
    {
      names: ['--fraglast'],
      arity: 0,
      excludes: ['--fragmore'],
      doc: 'Match only the last fragment of a packet.',
      phrase: 'it is the last fragment',
    },
  ],
};
