// Routing address types for `-m addrtype --src-type/--dst-type` (any case, comma separated).
// The kernel refuses BROADCAST, BLACKHOLE, PROHIBIT, THROW, NAT and XRESOLVE in ip6tables rules.
import type { EnumWord } from '../types';

export const addrTypes: EnumWord[] = [
  { word: 'UNSPEC', doc: 'The unspecified address (0.0.0.0 or ::).' },
  { word: 'UNICAST', doc: 'An ordinary address of one host, reached through a normal route.' },
  { word: 'LOCAL', doc: 'An address that belongs to this machine itself.' },
  { word: 'BROADCAST', doc: 'A broadcast address, sent to every host on a network.', family: 'ipv4' },
  { word: 'ANYCAST', doc: 'An anycast address, answered by the nearest of several hosts.' },
  { word: 'MULTICAST', doc: 'A multicast group address.' },
  { word: 'BLACKHOLE', doc: 'An address whose route silently drops traffic.', family: 'ipv4' },
  { word: 'UNREACHABLE', doc: 'An address whose route is marked unreachable.' },
  { word: 'PROHIBIT', doc: 'An address whose route is marked administratively prohibited.', family: 'ipv4' },
  { word: 'THROW', doc: 'An address whose route is a "throw" route (lookup continues in another routing table).', family: 'ipv4' },
  { word: 'NAT', doc: 'An address of an old-style routing NAT route.', family: 'ipv4' },
  { word: 'XRESOLVE', doc: 'An address of an external-resolver route (historic, rarely seen).', family: 'ipv4' },
];
