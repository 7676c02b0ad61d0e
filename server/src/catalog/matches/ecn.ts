// ecn: Explicit Congestion Notification bits in the IP header and the TCP header.
import type { ModuleSpec } from '../types';

export const ecnMatch: ModuleSpec = {
  name: 'ecn',
  kind: 'match',
  families: ['ipv4', 'ipv6'],
  summary: 'Matches the ECN congestion bits of the IP header or the TCP header.',
  doc: [
    'ECN lets routers signal congestion by setting bits instead of dropping packets.',
    'At least one option is needed. The two TCP options need `-p tcp` in the rule (the kernel refuses them otherwise).',
    '',
    'Example: count TCP packets that announce a reduced sending window:',
    '`-A FORWARD -p tcp -m ecn --ecn-tcp-cwr`',
  ].join('\n'),
  // iptables refuses the module without at least one option of each group.
  requiresOneOf: [['--ecn-tcp-cwr', '--ecn-tcp-ece', '--ecn-ip-ect']],
  options: [
    {
      names: ['--ecn-tcp-cwr'],
      arity: 0,
      negatable: true,
      protocols: ['tcp'],
      doc: 'The TCP CWR bit is set: the sender has slowed down after a congestion signal.',
      phrase: 'the TCP CWR bit is {not}set',
    },
    {
      names: ['--ecn-tcp-ece'],
      arity: 0,
      negatable: true,
      protocols: ['tcp'],
      doc: 'The TCP ECE bit is set: the receiver echoes a congestion signal back.',
      phrase: 'the TCP ECE bit is {not}set',
    },
    {
      names: ['--ecn-ip-ect'],
      arity: 1,
      value: { kind: 'number', min: 0, max: 3, hex: true },
      negatable: true,
      doc: 'The two ECN bits of the IP header, as a number 0-3 (0 not ECN-capable, 1 or 2 ECN-capable, 3 congestion seen).',
      phrase: 'the IP ECN field is {not}{value}',
    },
  ],
};
