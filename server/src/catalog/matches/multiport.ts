// multiport: up to 15 ports in one rule instead of one rule per port.
import type { ModuleSpec, ValueType } from '../types';

// Each range (first:last, first < last, both given) takes two of the 15 slots.
const ports: ValueType = { kind: 'portList', max: 15 };
const oneDirectionOnly = ['--source-ports', '--destination-ports', '--ports'];

export const multiportMatch: ModuleSpec = {
  name: 'multiport',
  kind: 'match',
  families: ['ipv4', 'ipv6'],
  // iptables checks -p when it reads the first option: `-m multiport --dports 1,2 -p tcp` is refused.
  protocolCheck: 'parse',
  summary: 'Matches a list of up to 15 ports (or port ranges) in one rule.',
  doc: [
    'Saves writing one rule per port. Ports are separated by commas; a range `first:last` counts as two of the 15 places.',
    'The rule needs a protocol with ports: `-p tcp`, `udp`, `udplite`, `sctp` or `dccp`.',
    'Only one of the three options can be used in a rule; exactly one is required.',
    '',
    'Example: open web and mail ports:',
    '`-A INPUT -p tcp -m multiport --dports 80,443,25,587:588 -j ACCEPT`',
  ].join('\n'),
  protocols: ['tcp', 'udp', 'udplite', 'sctp', 'dccp'],
  // iptables refuses the module without at least one option of each group.
  requiresOneOf: [['--source-ports', '--destination-ports', '--ports']],
  options: [
    {
      names: ['--source-ports', '--sports'],
      arity: 1,
      reading: { portReader: 'strict', services: 'rule' },
      value: ports,
      negatable: true,
      excludes: oneDirectionOnly.filter((n) => n !== '--source-ports'),
      doc: 'Matches when the source port is one of the listed ports or ranges.',
      phrase: 'source port is {not}one of {value}',
    },
    {
      names: ['--destination-ports', '--dports'],
      arity: 1,
      reading: { portReader: 'strict', services: 'rule' },
      value: ports,
      negatable: true,
      excludes: oneDirectionOnly.filter((n) => n !== '--destination-ports'),
      doc: 'Matches when the destination port is one of the listed ports or ranges.',
      phrase: 'destination port is {not}one of {value}',
    },
    {
      names: ['--ports'],
      arity: 1,
      reading: { portReader: 'strict', services: 'rule' },
      value: ports,
      negatable: true,
      excludes: oneDirectionOnly.filter((n) => n !== '--ports'),
      doc: 'Matches when either the source or the destination port is one of the listed ports or ranges.',
      phrase: 'source or destination port is {not}one of {value}',
    },
  ],
};
