// set: looks the packet up in an ipset (sets of addresses, networks, ports... kept in the kernel).
import type { EnumWord, ModuleSpec, ValueType } from '../types';

const directions: EnumWord[] = [
  { word: 'src', doc: 'Take this part of the lookup key from the packet\'s source (address or port).' },
  { word: 'dst', doc: 'Take this part of the lookup key from the packet\'s destination (address or port).' },
];

// Counter values: 64-bit unsigned integers.
const counter: ValueType = { kind: 'number', min: 0, hex: true };
const packetTests = ['--packets-eq', '--packets-lt', '--packets-gt'];
const byteTests = ['--bytes-eq', '--bytes-lt', '--bytes-gt'];
const but = (list: string[], name: string): string[] => list.filter((n) => n !== name);

export const setMatch: ModuleSpec = {
  name: 'set',
  kind: 'match',
  families: ['ipv4', 'ipv6'],
  summary: 'Matches when the packet\'s address (or address and port...) is in an ipset.',
  doc: [
    'An ipset is a named set of addresses, networks, ports or combinations, managed with the `ipset` command.',
    'One rule can check thousands of entries quickly, and the set can change without touching the rules.',
    'The set must already exist when the rules are loaded, or loading fails.',
    '',
    'The second word says where each part of the set\'s key comes from: `src,dst` for a `hash:ip,port` set means',
    'the source address and the destination port.',
    '',
    'Example: drop everything from blocked addresses:',
    '`-A INPUT -m set --match-set blocklist src -j DROP`',
  ].join('\n'),
  external: 'The ipset named by --match-set must exist on the machine before the rules are loaded (created with `ipset create`).',
  options: [
    {
      names: ['--match-set', '--set'],
      arity: 2,
      reading: { enumMatching: 'leading', leading: 3, maxItems: 6, lengthRefused: true },
      value: [
        { kind: 'string', maxLength: 31 },
        { kind: 'enum', values: directions, list: true },
      ],
      negatable: true,
      mandatory: true,
      doc: 'The set name, then src/dst for each part of the set\'s key, comma separated (at most 6); `--set` is an old spelling.',
      phrase: 'the packet is {not}in ipset {value}',
    },
    {
      names: ['--return-nomatch'],
      arity: 0,
      repeatable: true,
      doc: 'For sets whose entries can be marked `nomatch`: match when such an entry is hit, instead of not matching.',
      phrase: 'nomatch entries count as a match',
    },
    {
      names: ['--update-counters'],
      arity: 0,
      negatable: true,
      repeatable: true,
      doc: 'Update the packet and byte counters of the set entry (the default); write `! --update-counters` to leave them alone.',
      phrase: 'set entry counters are {not}updated',
    },
    {
      names: ['--update-subcounters'],
      arity: 0,
      negatable: true,
      repeatable: true,
      doc: 'Update the counters of entries in member sets of a list:set (the default); `!` leaves them alone.',
      phrase: 'member set counters are {not}updated',
    },
    {
      names: ['--packets-eq'],
      arity: 1,
      value: counter,
      negatable: true,
      excludes: but(packetTests, '--packets-eq'),
      doc: 'Match only when the set entry\'s packet counter equals this number (the set needs counters).',
      phrase: 'the entry has {not}seen exactly {value} packets',
    },
    {
      names: ['--packets-lt'],
      arity: 1,
      value: counter,
      excludes: but(packetTests, '--packets-lt'),
      doc: 'Match only when the set entry\'s packet counter is below this number.',
      phrase: 'the entry has seen fewer than {value} packets',
    },
    {
      names: ['--packets-gt'],
      arity: 1,
      value: counter,
      excludes: but(packetTests, '--packets-gt'),
      doc: 'Match only when the set entry\'s packet counter is above this number.',
      phrase: 'the entry has seen more than {value} packets',
    },
    {
      names: ['--bytes-eq'],
      arity: 1,
      value: counter,
      negatable: true,
      excludes: but(byteTests, '--bytes-eq'),
      doc: 'Match only when the set entry\'s byte counter equals this number (the set needs counters).',
      phrase: 'the entry has {not}seen exactly {value} bytes',
    },
    {
      names: ['--bytes-lt'],
      arity: 1,
      value: counter,
      excludes: but(byteTests, '--bytes-lt'),
      doc: 'Match only when the set entry\'s byte counter is below this number.',
      phrase: 'the entry has seen fewer than {value} bytes',
    },
    {
      names: ['--bytes-gt'],
      arity: 1,
      value: counter,
      excludes: but(byteTests, '--bytes-gt'),
      doc: 'Match only when the set entry\'s byte counter is above this number.',
      phrase: 'the entry has seen more than {value} bytes',
    },
  ],
};
