// icmp: IPv4 ICMP message type and code.
import type { ModuleSpec } from '../types';

export const icmpMatch: ModuleSpec = {
  name: 'icmp',
  kind: 'match',
  families: ['ipv4'],
  counterpart: 'icmp6',
  summary: 'Matches IPv4 ICMP messages (ping, unreachable, time exceeded...) by type and code.',
  doc: [
    'ICMP carries pings and error reports. The rule needs `-p icmp`; with it `--icmp-type` works even without `-m icmp`.',
    'The type can be a name (`echo-request`, `ping`...), a number (`8`) or a type/code pair (`3/4`).',
    'Names may be shortened as long as they stay unambiguous, and case does not matter.',
    '',
    'Common names: `echo-request`, `echo-reply`, `destination-unreachable`, `port-unreachable`, `fragmentation-needed`, `time-exceeded`.',
    '',
    'Example: allow pings:',
    '`-A INPUT -p icmp --icmp-type echo-request -j ACCEPT`',
  ].join('\n'),
  protocols: ['icmp'],
  implicitForProtocol: 'icmp',
  options: [
    {
      names: ['--icmp-type'],
      arity: 1,
      // Names (see values/icmpTypes), unambiguous prefixes, any case, or numbers type[/code] 0-255.
      value: { kind: 'icmpType', family: 'ipv4' },
      negatable: true,
      mandatory: true,
      doc: 'The ICMP type (and optionally code) of the message, by name or number.',
      phrase: 'ICMP type is {not}{value}',
    },
  ],
};
