// string: searches the packet's bytes for a text or byte pattern.
import type { EnumWord, ModuleSpec } from '../types';
import { u16 } from '../values/numbers';

const algorithms: EnumWord[] = [
  { word: 'bm', doc: 'Boyer-Moore: usually the faster search.' },
  { word: 'kmp', doc: 'Knuth-Morris-Pratt: a steady search, good for short or repetitive patterns.' },
];

export const stringMatch: ModuleSpec = {
  name: 'string',
  kind: 'match',
  families: ['ipv4', 'ipv6'],
  summary: 'Matches packets that contain a given text or byte sequence.',
  doc: [
    'Searches inside each packet on its own: text split across two packets is not found, and encrypted traffic',
    'cannot be searched. Needs `--algo` and one of `--string` or `--hex-string`.',
    '',
    'Example: drop DNS queries mentioning example.com (name labels are length-prefixed, hence the hex):',
    '`-A INPUT -p udp --dport 53 -m string --algo bm --hex-string "|07|example|03|com" -j DROP`',
  ].join('\n'),
  // iptables refuses the module without at least one option of each group.
  requiresOneOf: [['--string', '--hex-string']],
  options: [
    {
      names: ['--algo'],
      arity: 1,
      value: { kind: 'enum', values: algorithms },
      mandatory: true,
      doc: 'The search method: `bm` or `kmp`; both find the same matches.',
      phrase: 'searched with {value}',
    },
    {
      names: ['--from'],
      arity: 1,
      value: u16,
      doc: 'Byte offset in the packet where the search starts (default 0).',
      phrase: 'searching from byte {value}',
    },
    {
      names: ['--to'],
      arity: 1,
      value: u16,
      doc: 'Byte offset in the packet where the search stops (default: the whole packet); must not be below `--from`.',
      phrase: 'searching up to byte {value}',
    },
    {
      names: ['--string'],
      arity: 1,
      reading: { nonEmpty: true, lengthRefused: true },
      value: { kind: 'string', maxLength: 128 },
      negatable: true,
      excludes: ['--hex-string'],
      doc: 'The text to look for (1 to 128 bytes); quote it if it contains spaces.',
      phrase: 'the text {value} is {not}found in the packet',
    },
    {
      names: ['--hex-string'],
      arity: 1,
      // Text with |hex bytes| blocks, e.g. "|0d0a|Host:"; at most 128 bytes once decoded.
      value: { kind: 'other', reader: 'hexString', hint: 'text with bytes written in hex between bars, such as "|0d 0a|Host:" (at most 128 bytes)' },
      negatable: true,
      excludes: ['--string'],
      doc: 'The bytes to look for, with hex bytes written between `|` bars, such as `|0d0a|`.',
      phrase: 'the bytes {value} are {not}found in the packet',
    },
    {
      names: ['--icase'],
      arity: 0,
      doc: 'Ignore upper and lower case when comparing.',
      phrase: 'ignoring case',
    },
  ],
};
