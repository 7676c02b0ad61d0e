// statistic: matches a random share of packets, or every n-th packet.
import type { EnumWord, ModuleSpec } from '../types';

const modes: EnumWord[] = [
  { word: 'random', doc: 'Each packet matches by chance, with the chance given by `--probability`.' },
  { word: 'nth', doc: 'Packets match in turn: one in every `--every` packets, counting from `--packet`.' },
];

export const statisticMatch: ModuleSpec = {
  name: 'statistic',
  kind: 'match',
  stateful: true,
  families: ['ipv4', 'ipv6'],
  summary: 'Matches a random share of packets, or one packet out of every n.',
  doc: [
    'Useful for sampling traffic or spreading connections over several backends (Kubernetes uses it this way).',
    '`--mode random` needs `--probability`; `--mode nth` needs both `--every` and `--packet` (iptables 1.8.9 insists on both).',
    '',
    'Example: send a third of new connections to each of three backends:',
    '`-A SVC -m statistic --mode random --probability 0.33333333349 -j BACKEND1`',
    '`-A SVC -m statistic --mode random --probability 0.50000000000 -j BACKEND2`',
    '`-A SVC -j BACKEND3`',
  ].join('\n'),
  options: [
    {
      names: ['--mode'],
      arity: 1,
      value: { kind: 'enum', values: modes },
      mandatory: true,
      doc: 'How packets are picked: `random` or `nth`.',
      phrase: 'packets are picked by {value}',
    },
    {
      names: ['--probability'],
      arity: 1,
      // A decimal number from 0 to 1 (0.5, .25, 1e-1); there is no decimal value kind yet.
      value: { kind: 'other', reader: 'probability', hint: 'a decimal number from 0 to 1, such as 0.25' },
      negatable: true,
      excludes: ['--every', '--packet'],
      doc: 'For random mode: the chance that a packet matches, from 0 (never) to 1 (always).',
      phrase: 'the packet is {not}picked with probability {value}',
    },
    {
      names: ['--every'],
      requires: ['--packet'],
      arity: 1,
      value: { kind: 'number', min: 1, max: 4294967295, hex: true },
      negatable: true,
      excludes: ['--probability'],
      // iptables: --every also requires --packet.
      doc: 'For nth mode: match one packet out of this many; needs `--packet` too.',
      phrase: 'the packet is {not}one in every {value}',
    },
    {
      names: ['--packet'],
      requires: ['--every'],
      arity: 1,
      reading: { boundBy: { option: '--every', as: 'index' } },
      // Must be below the --every value.
      value: { kind: 'number', min: 0, max: 4294967294, hex: true },
      excludes: ['--probability'],
      doc: 'For nth mode: where counting starts, from 0 to one less than `--every`; needs `--every` too.',
      phrase: 'counting starts at packet {value}',
    },
  ],
};
