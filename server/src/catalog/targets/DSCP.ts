// DSCP: rewrites the DiffServ code point (QoS class) in the IP header.
import type { ModuleSpec } from '../types';
import { dscpClasses } from '../values/dscpClasses';
import { mangleChains } from './common';

export const dscpTarget: ModuleSpec = {
  name: 'DSCP',
  kind: 'target',
  families: ['ipv4', 'ipv6'],
  summary: 'Sets the DSCP (DiffServ quality-of-service class) field of the packet.',
  action: 'get their DSCP field changed and continue to the next rule',
  doc: [
    'Writes a new value into the 6-bit DSCP field of the IPv4 or IPv6 header, which routers may use to prioritise the packet.',
    'Give exactly one of `--set-dscp` (a number) or `--set-dscp-class` (a class name such as EF or AF21).',
    'Only allowed in the `mangle` table. The packet continues with the next rule.',
  ].join('\n'),
  allowedIn: mangleChains,
  // iptables refuses the target without one of these operations.
  requiresOneOf: [['--set-dscp', '--set-dscp-class']],
  options: [
    {
      names: ['--set-dscp'],
      arity: 1,
      value: { kind: 'number', min: 0, max: 63, hex: true },
      excludes: ['--set-dscp-class'],
      doc: 'Set the DSCP field to this number, 0-63 (decimal or 0x hex).',
      phrase: 'setting the DSCP to {value}',
    },
    {
      names: ['--set-dscp-class'],
      arity: 1,
      reading: { enumMatching: 'startsWith' },
      // Any case; iptables compares only as many letters as the class name has, so "cs10" is taken as CS1.
      value: { kind: 'enum', values: dscpClasses, caseInsensitive: true },
      excludes: ['--set-dscp'],
      doc: 'Set the DSCP field to the value of a named DiffServ class: EF, BE, CS0-CS7 or AF11-AF43.',
      phrase: 'setting the DSCP class to {value}',
    },
  ],
};
