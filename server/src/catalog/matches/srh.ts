// srh: the IPv6 Segment Routing Header (SRv6).
import type { OptionSpec, ModuleSpec } from '../types';
import { u8, u16 } from '../values/numbers';


// The eq/gt/lt triples compare one header field; each option may appear once.
function comparisons(field: string, option: string, what: string): OptionSpec[] {
  return [
    {
      names: [`--srh-${option}-eq`],
      arity: 1,
      value: u8,
      negatable: true,
      doc: `Matches when the ${what} equals this number.`,
      phrase: `${field} is {not}{value}`,
    },
    {
      names: [`--srh-${option}-gt`],
      arity: 1,
      value: u8,
      negatable: true,
      doc: `Matches when the ${what} is greater than this number.`,
      phrase: `${field} is {not}greater than {value}`,
    },
    {
      names: [`--srh-${option}-lt`],
      arity: 1,
      value: u8,
      negatable: true,
      doc: `Matches when the ${what} is less than this number.`,
      phrase: `${field} is {not}less than {value}`,
    },
  ];
}

export const srhMatch: ModuleSpec = {
  name: 'srh',
  kind: 'match',
  families: ['ipv6'],
  summary: 'Matches fields of the IPv6 Segment Routing Header (SRv6), such as segments left and the segment list.',
  doc: [
    'Segment Routing for IPv6 puts a list of waypoints (segments) in an extension header.',
    'This match checks that header\'s fields; packets without it never match.',
    '',
    'Example: drop SRv6 packets whose last segment is outside our network:',
    '`-A INPUT -m srh ! --srh-lsid 2001:db8::/32 -j DROP`',
  ].join('\n'),
  options: [
    {
      names: ['--srh-next-hdr'],
      arity: 1,
      value: u8,
      negatable: true,
      doc: 'The protocol number of the header that follows the segment routing header.',
      phrase: 'next header is {not}{value}',
    },
    ...comparisons('header length', 'hdr-len', 'header length field'),
    ...comparisons('segments left', 'segs-left', 'number of segments still to visit'),
    ...comparisons('last entry index', 'last-entry', 'index of the last entry in the segment list'),
    {
      names: ['--srh-tag'],
      arity: 1,
      value: u16,
      negatable: true,
      doc: 'The tag field, which marks packets belonging to a class or policy.',
      phrase: 'tag is {not}{value}',
    },
    {
      names: ['--srh-psid'],
      arity: 1,
      value: { kind: 'address', mask: true },
      negatable: true,
      doc: 'The previous segment (the one already visited), as an IPv6 address with an optional /prefix.',
      phrase: 'previous segment is {not}{value}',
    },
    {
      names: ['--srh-nsid'],
      arity: 1,
      value: { kind: 'address', mask: true },
      negatable: true,
      doc: 'The next segment to visit, as an IPv6 address with an optional /prefix.',
      phrase: 'next segment is {not}{value}',
    },
    {
      names: ['--srh-lsid'],
      arity: 1,
      value: { kind: 'address', mask: true },
      negatable: true,
      doc: 'The last segment (the final destination of the list), as an IPv6 address with an optional /prefix.',
      phrase: 'last segment is {not}{value}',
    },
  ],
};
