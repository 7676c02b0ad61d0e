// eui64: checks that an autoconfigured IPv6 source address really was built from the sender's MAC address.
import type { ModuleSpec } from '../types';
import { atHooks } from '../tables';

export const eui64Match: ModuleSpec = {
  name: 'eui64',
  kind: 'match',
  families: ['ipv6'],
  summary: 'Matches IPv6 packets whose source address ends in the EUI-64 form of the sender\'s Ethernet MAC address.',
  doc: [
    'Stateless autoconfiguration builds the last 64 bits of an IPv6 address from the network card\'s MAC address.',
    'This match compares those bits with the MAC address in the Ethernet frame (ignoring the universal/local bit),',
    'which helps spot hosts using an address that is not their own. It takes no options.',
    '',
    'Only packets that arrived over Ethernet can match, so the kernel accepts it only in PREROUTING, INPUT and FORWARD.',
    '',
    'Example: accept link-local packets whose address fits the sender\'s MAC:',
    '`-A INPUT -s fe80::/64 -m eui64 -j ACCEPT`',
  ].join('\n'),
  // The kernel takes it at these hooks only, in every table that has them.
  allowedIn: atHooks('PREROUTING', 'INPUT', 'FORWARD'),
  options: [],
};
