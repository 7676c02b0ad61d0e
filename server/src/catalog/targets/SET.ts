// SET: adds the packet's addresses or ports to an ipset, or removes them.
import type { EnumWord, ModuleSpec, ValueType } from '../types';

// src/dst words, one per dimension of the set, at most 6; compared exactly
// (iptables only looks at the first three letters, so "srcx" also passes).
const directions: EnumWord[] = [
  { word: 'src', doc: 'Take this part of the entry from the packet\'s source (address or port).' },
  { word: 'dst', doc: 'Take this part of the entry from the packet\'s destination (address or port).' },
];
const setAndFlags: ValueType[] = [
  // ipset names are at most 31 characters.
  { kind: 'string', maxLength: 31 },
  { kind: 'enum', values: directions, list: true },
];

export const setTarget: ModuleSpec = {
  name: 'SET',
  kind: 'target',
  families: ['ipv4', 'ipv6'],
  summary: 'Adds the packet\'s address or port to an ipset, or removes it, so later rules can match on the set.',
  action: 'update or consult an ipset and continue to the next rule',
  doc: [
    'Each option names a set created beforehand with `ipset create` and a comma list of `src`/`dst`, one per dimension of the set (for `hash:ip,port`, `src,dst` means source address and destination port).',
    'Give at least one of `--add-set`, `--del-set` or `--map-set`. The set must exist when the rules are loaded, or iptables-restore fails.',
    'The packet continues with the next rule.',
    '',
    'Example: `-A INPUT -p tcp --dport 22 -m conntrack --ctstate NEW -j SET --add-set ssh_seen src --timeout 600`.',
  ].join('\n'),
  external: 'Needs the named ipset sets to exist on the machine (ipset create).',
  // iptables refuses the target without one of these operations.
  requiresOneOf: [['--add-set', '--del-set', '--map-set']],
  options: [
    {
      names: ['--add-set'],
      arity: 2,
      reading: { enumMatching: 'leading', leading: 3, maxItems: 6, lengthRefused: true },
      value: setAndFlags,
      doc: 'Add an entry made from the packet to the named set; the second word says which fields, such as src or src,dst.',
      phrase: 'adding to set {value}',
    },
    {
      names: ['--del-set'],
      arity: 2,
      reading: { enumMatching: 'leading', leading: 3, maxItems: 6, lengthRefused: true },
      value: setAndFlags,
      doc: 'Remove the entry made from the packet from the named set; the second word says which fields.',
      phrase: 'removing from set {value}',
    },
    {
      names: ['--map-set'],
      arity: 2,
      reading: { enumMatching: 'leading', leading: 3, maxItems: 6, lengthRefused: true },
      value: setAndFlags,
      doc: 'Look the packet up in a set created with skbinfo and copy the stored mark, priority or queue onto it (mangle table only; needs --map-mark, --map-prio or --map-queue).',
      phrase: 'taking packet settings from set {value}',
    },
    {
      names: ['--exist'],
      arity: 0,
      // Old-style option: iptables does not object to it being repeated.
      repeatable: true,
      doc: 'With --add-set: if the entry is already there, refresh its timeout instead of doing nothing.',
      phrase: 'refreshing existing entries',
    },
    {
      names: ['--timeout'],
      arity: 1,
      value: { kind: 'number', min: 0, max: 4294967294, hex: true },
      repeatable: true,
      doc: 'With --add-set: seconds the new entry stays in the set, overriding the set\'s default timeout.',
      phrase: 'with entries lasting {value} seconds',
    },
    {
      names: ['--map-mark'],
      arity: 0,
      repeatable: true,
      doc: 'With --map-set: set the packet mark from the set entry.',
      phrase: 'copying the mark',
    },
    {
      names: ['--map-prio'],
      arity: 0,
      repeatable: true,
      doc: 'With --map-set: set the traffic-control priority from the set entry (only in FORWARD, OUTPUT and POSTROUTING).',
      phrase: 'copying the priority',
    },
    {
      names: ['--map-queue'],
      arity: 0,
      repeatable: true,
      doc: 'With --map-set: set the outgoing hardware queue from the set entry (only in FORWARD, OUTPUT and POSTROUTING).',
      phrase: 'copying the queue',
    },
  ],
};
