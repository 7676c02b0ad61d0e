// REJECT: drops the packet and tells the sender, unlike DROP which stays silent.
import type { ModuleSpec } from '../types';
import { rejectWithValue } from '../values/rejectTypes';
import { filterChains } from './common';

export const rejectTarget: ModuleSpec = {
  name: 'REJECT',
  kind: 'target',
  families: ['ipv4', 'ipv6'],
  summary: 'Drops the packet and sends an error reply back, so the sender knows at once it was refused.',
  action: 'are refused with an error reply to the sender',
  doc: [
    'Where `DROP` leaves the sender waiting for a timeout, REJECT answers immediately, by default with an ICMP "port unreachable" message (ICMPv6 for ip6tables).',
    'For TCP, `--reject-with tcp-reset` answers the way a closed port does; it needs `-p tcp` on the rule.',
    'Only allowed in the `filter` table. The packet stops here.',
    '',
    'Example: `-A INPUT -p tcp --dport 113 -j REJECT --reject-with tcp-reset`.',
  ].join('\n'),
  allowedIn: filterChains,
  terminating: true,
  options: [
    {
      names: ['--reject-with'],
      arity: 1,
      reading: { enumMatching: 'prefix' },
      value: rejectWithValue,
      doc: 'Which error reply to send; the choices differ between IPv4 and IPv6.',
      phrase: 'using {value}',
    },
  ],
};
