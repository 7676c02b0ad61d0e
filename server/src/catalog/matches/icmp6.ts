// icmp6: ICMPv6 message type and code (loaded by -p icmpv6 / -p ipv6-icmp).
import type { ModuleSpec } from '../types';

export const icmp6Match: ModuleSpec = {
  name: 'icmp6',
  kind: 'match',
  families: ['ipv6'],
  counterpart: 'icmp',
  summary: 'Matches ICMPv6 messages (ping, neighbour discovery, errors...) by type and code.',
  doc: [
    'ICMPv6 carries pings, error reports and neighbour discovery, without which IPv6 does not work.',
    'The rule needs `-p icmpv6` (or `-p ipv6-icmp`, `-p 58`); with it `--icmpv6-type` works even without `-m icmp6`.',
    'The type can be a name (`echo-request`, `neighbour-solicitation`...), a number (`128`) or a type/code pair (`1/4`).',
    'Names may be shortened as long as they stay unambiguous, and case does not matter.',
    '',
    'Example: allow neighbour discovery:',
    '`-A INPUT -p icmpv6 --icmpv6-type neighbour-solicitation -j ACCEPT`',
    '`-A INPUT -p icmpv6 --icmpv6-type neighbour-advertisement -j ACCEPT`',
  ].join('\n'),
  protocols: ['icmpv6'],
  implicitForProtocol: 'icmpv6',
  options: [
    {
      names: ['--icmpv6-type'],
      arity: 1,
      // Names (see values/icmpTypes icmpv6Types), unambiguous prefixes, any case, or numbers type[/code] 0-255.
      value: { kind: 'icmpType', family: 'ipv6' },
      negatable: true,
      mandatory: true,
      doc: 'The ICMPv6 type (and optionally code) of the message, by name or number.',
      phrase: 'ICMPv6 type is {not}{value}',
    },
  ],
};
