// hashlimit: like limit, but with a separate token bucket per address, port, or address block.
import type { ModuleSpec, ValueType } from '../types';
import { u32 } from '../values/numbers';

// Packets per unit (any prefix of second/minute/hour/day, any case; bare number = per second, max 1000000/s)
// or bytes per second: b/s, kb/s or mb/s (lower case; there is no gb).
const rate: ValueType = { kind: 'rate', bytes: true, perSecondMax: 1000000 };

// A prefix length, or a netmask; the upper bound depends on the family (32 or 128).
const prefix: ValueType = { kind: 'prefixLength' };

export const hashlimitMatch: ModuleSpec = {
  name: 'hashlimit',
  kind: 'match',
  stateful: true,
  families: ['ipv4', 'ipv6'],
  summary: 'Limits the rate of packets (or bytes) separately for each source, destination or port.',
  doc: [
    'Works like `limit`, but keeps one counter per group, where `--hashlimit-mode` says how packets are grouped',
    '(per source address, destination address, ports, or a combination). Without a mode all packets share one counter.',
    '',
    'Needs `--hashlimit-name` and one of `--hashlimit-upto` (match while under the rate) or `--hashlimit-above` (match once over it).',
    'The counters are visible in `/proc/net/ipt_hashlimit/NAME` (`ip6t_hashlimit` for IPv6).',
    '',
    'Example: drop a source that opens more than 10 SSH connections a minute:',
    '`-A INPUT -p tcp --dport 22 --syn -m hashlimit --hashlimit-above 10/min --hashlimit-mode srcip --hashlimit-name ssh -j DROP`',
  ].join('\n'),
  // iptables refuses the module without at least one option of each group.
  requiresOneOf: [['--hashlimit-upto', '--hashlimit-above']],
  options: [
    {
      names: ['--hashlimit-upto', '--hashlimit'],
      arity: 1,
      value: rate,
      negatable: true,
      excludes: ['--hashlimit-above'],
      doc: 'Match while the group stays at or under this rate (plus the burst).',
      phrase: 'the group\'s rate is {not}at most {value}',
    },
    {
      names: ['--hashlimit-above'],
      arity: 1,
      value: rate,
      negatable: true,
      excludes: ['--hashlimit-upto'],
      doc: 'Match once the group goes over this rate.',
      phrase: 'the group\'s rate is {not}above {value}',
    },
    {
      names: ['--hashlimit-burst'],
      arity: 1,
      // A count 1..1000000, or bytes (a number with k or m, e.g. 400kb, 1mb) when the rate is in bytes.
      value: { kind: 'other', reader: 'hashlimitBurst', hint: 'a packet count 1-1000000 (default 5), or an amount of bytes such as 1mb for byte rates' },
      doc: 'How many packets (or bytes, for a byte rate) may pass at once before the rate applies.',
      phrase: 'a burst of {value} is allowed',
    },
    {
      names: ['--hashlimit-mode'],
      arity: 1,
      reading: { skipEmpty: true, separators: ',|' },
      value: {
        kind: 'enum',
        list: true,
        together: true,
        values: [
          { word: 'srcip', doc: 'One counter per source address (or block, see --hashlimit-srcmask).' },
          { word: 'srcport', doc: 'One counter per source port.' },
          { word: 'dstip', doc: 'One counter per destination address (or block, see --hashlimit-dstmask).' },
          { word: 'dstport', doc: 'One counter per destination port.' },
        ],
      },
      doc: 'What separates one counter from another: srcip, srcport, dstip, dstport, comma separated.',
      phrase: 'counted per {value}',
    },
    {
      names: ['--hashlimit-srcmask'],
      arity: 1,
      reading: { maskNumberRefused: true },
      value: prefix,
      doc: 'With mode srcip, group source addresses into blocks of this prefix length.',
      phrase: 'source addresses grouped by /{value}',
    },
    {
      names: ['--hashlimit-dstmask'],
      arity: 1,
      reading: { maskNumberRefused: true },
      value: prefix,
      doc: 'With mode dstip, group destination addresses into blocks of this prefix length.',
      phrase: 'destination addresses grouped by /{value}',
    },
    {
      names: ['--hashlimit-name'],
      arity: 1,
      reading: { forbidden: '/' },
      // The kernel keeps 255 bytes with the NUL; iptables silently cuts longer names. "/" or "." alone is refused.
      value: { kind: 'string', maxLength: 254 },
      mandatory: true,
      doc: 'The name of the counter table; rules with the same name share counters.',
      phrase: 'table {value}',
    },
    {
      names: ['--hashlimit-htable-size'],
      arity: 1,
      value: u32,
      doc: 'Number of buckets of the hash table (0 picks a default from the memory size).',
      phrase: 'table size {value}',
    },
    {
      names: ['--hashlimit-htable-max'],
      arity: 1,
      value: u32,
      doc: 'Maximum number of groups tracked at once.',
      phrase: 'at most {value} groups tracked',
    },
    {
      names: ['--hashlimit-htable-gcinterval'],
      arity: 1,
      // The kernel refuses 0.
      value: { kind: 'number', min: 1, max: 4294967295, hex: true },
      doc: 'How often, in milliseconds, idle groups are cleaned out.',
      phrase: 'cleaned every {value} ms',
    },
    {
      names: ['--hashlimit-htable-expire'],
      arity: 1,
      // The kernel refuses 0.
      value: { kind: 'number', min: 1, max: 4294967295, hex: true },
      doc: 'After how many milliseconds without packets a group is forgotten.',
      phrase: 'groups forgotten after {value} ms',
    },
    {
      names: ['--hashlimit-rate-match'],
      arity: 0,
      doc: 'Only measure the rate and match when it is under (upto) or over (above) the limit, without holding packets back.',
      phrase: 'the rate is measured without limiting',
    },
    {
      names: ['--hashlimit-rate-interval'],
      arity: 1,
      reading: { trailingIgnored: true },
      // Decimal seconds read with sscanf: no hex, trailing text is ignored.
      value: { kind: 'number', min: 1, max: 2147483647 },
      doc: 'With --hashlimit-rate-match, how many seconds each rate measurement covers (default 1).',
      phrase: 'rate measured over {value} seconds',
    },
  ],
};
