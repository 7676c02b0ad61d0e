// mac: the Ethernet source address, which exists only for packets that arrived on an interface.
import type { ModuleSpec } from '../types';
import { atHooks } from '../tables';

export const macMatch: ModuleSpec = {
  name: 'mac',
  kind: 'match',
  families: ['ipv4', 'ipv6'],
  summary: 'Matches the Ethernet (MAC) address the packet was sent from.',
  doc: [
    'Checks the hardware address of the machine that sent the packet on the local network.',
    'Only incoming packets carry one, so the rule must sit where packets arrive (PREROUTING, INPUT or FORWARD).',
    'A router in between replaces the address, so this only identifies machines on the same link.',
    '',
    'Example: accept one laptop:',
    '`-A INPUT -m mac --mac-source 00:11:22:33:44:55 -j ACCEPT`',
  ].join('\n'),
  // The kernel takes it at these hooks only, in every table that has them.
  allowedIn: atHooks('PREROUTING', 'INPUT', 'FORWARD'),
  options: [
    {
      names: ['--mac-source'],
      arity: 1,
      value: { kind: 'mac' },
      negatable: true,
      mandatory: true,
      doc: 'The sender\'s MAC address, six hex pairs separated by colons.',
      phrase: 'source MAC address is {not}{value}',
    },
  ],
};
