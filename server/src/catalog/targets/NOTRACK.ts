// NOTRACK: old spelling of CT --notrack (iptables loads CT for it).
import type { ModuleSpec } from '../types';
import { rawChains } from './common';

export const notrackTarget: ModuleSpec = {
  name: 'NOTRACK',
  kind: 'target',
  families: ['ipv4', 'ipv6'],
  summary: 'Turns off connection tracking for these packets; the same as `-j CT --notrack`.',
  action: 'are exempted from connection tracking and continue to the next rule',
  doc: [
    'Packets reaching the rule are not tracked: they get the state UNTRACKED, no NAT is applied to them and they use no conntrack table space.',
    'Useful for very busy traffic that needs no stateful filtering, such as a DNS server. Remember that replies are not tracked either, so allow them explicitly.',
    'Only allowed in the `raw` table. Takes no options; the packet continues with the next rule.',
  ].join('\n'),
  allowedIn: rawChains,
  options: [],
};
