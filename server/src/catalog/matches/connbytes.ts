// connbytes: how much a connection has transferred so far (needs conntrack accounting).
import type { ModuleSpec } from '../types';

export const connbytesMatch: ModuleSpec = {
  name: 'connbytes',
  kind: 'match',
  families: ['ipv4', 'ipv6'],
  summary: 'Matches connections by how many packets or bytes they have carried so far, or their average packet size.',
  doc: [
    'Looks at the counters connection tracking keeps for the packet\'s connection.',
    'All three options are required: the amount (`--connbytes`), the direction to count (`--connbytes-dir`) and what to count (`--connbytes-mode`).',
    '',
    'The counters only exist when the sysctl `net.netfilter.nf_conntrack_acct` is 1 at the time the connection starts; otherwise the rule never matches.',
    '',
    'Example: mark downloads that passed 10 MB so they get a slower queue:',
    '`-A POSTROUTING -t mangle -m connbytes --connbytes 10000000: --connbytes-dir reply --connbytes-mode bytes -j MARK --set-mark 1`',
  ].join('\n'),
  options: [
    {
      names: ['--connbytes'],
      arity: 1,
      reading: { reversedRefused: true },
      // 64-bit counters (up to 18446744073709551615, beyond a JS number); the upper end may be left out ("1000:"),
      // and iptables refuses a reversed range here.
      value: { kind: 'numberRange', min: 0, separator: ':', hex: true },
      negatable: true,
      mandatory: true,
      doc: 'The amount the connection must have reached, as FROM or FROM:TO (inclusive); with ! it must be outside that range.',
      phrase: 'the connection\'s counter is {not}within {value}',
    },
    {
      names: ['--connbytes-dir'],
      arity: 1,
      value: {
        kind: 'enum',
        values: [
          { word: 'original', doc: 'Count only packets sent by the side that opened the connection.' },
          { word: 'reply', doc: 'Count only packets sent back by the other side.' },
          { word: 'both', doc: 'Count packets in both directions.' },
        ],
      },
      mandatory: true,
      doc: 'Which direction of the connection to count: original, reply or both.',
      phrase: 'counting the {value} direction',
    },
    {
      names: ['--connbytes-mode'],
      arity: 1,
      value: {
        kind: 'enum',
        values: [
          { word: 'packets', doc: 'Count packets.' },
          { word: 'bytes', doc: 'Count bytes.' },
          { word: 'avgpkt', doc: 'Use the average packet size in bytes (bytes divided by packets).' },
        ],
      },
      mandatory: true,
      doc: 'What to count: packets, bytes, or the average packet size (avgpkt).',
      phrase: 'counting {value}',
    },
  ],
};
