// dscp: the 6-bit DiffServ code point in the IPv4 TOS / IPv6 traffic class byte.
import type { ModuleSpec } from '../types';
import { dscpClasses } from '../values/dscpClasses';

export const dscpMatch: ModuleSpec = {
  name: 'dscp',
  kind: 'match',
  families: ['ipv4', 'ipv6'],
  summary: 'Matches the DSCP priority value in the IP header, by number or by class name.',
  doc: [
    'DSCP is the 6-bit field in the IP header that tells routers how urgent a packet is (for example EF for voice).',
    'Give exactly one of `--dscp` (a number 0-63) or `--dscp-class` (a name such as EF, AF21, CS1).',
    '',
    'Example: accept voice packets marked EF:',
    '`-A FORWARD -m dscp --dscp-class EF -j ACCEPT`',
  ].join('\n'),
  // iptables refuses the module without at least one option of each group.
  requiresOneOf: [['--dscp', '--dscp-class']],
  options: [
    {
      names: ['--dscp'],
      arity: 1,
      value: { kind: 'number', min: 0, max: 63, hex: true },
      negatable: true,
      excludes: ['--dscp-class'],
      doc: 'The DSCP value, 0 to 63 (decimal or hex such as 0x2e).',
      phrase: 'DSCP is {not}{value}',
    },
    {
      names: ['--dscp-class'],
      arity: 1,
      reading: { enumMatching: 'startsWith' },
      value: { kind: 'enum', values: dscpClasses, caseInsensitive: true },
      negatable: true,
      excludes: ['--dscp'],
      doc: 'The DiffServ class name: BE, EF, CS0-CS7 or AF11-AF43.',
      phrase: 'DSCP class is {not}{value}',
    },
  ],
};
