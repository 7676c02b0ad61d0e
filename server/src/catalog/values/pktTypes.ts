// Link-layer packet types for the pkttype match (compared case-insensitively).
import type { EnumWord } from '../types';

export const pktTypes: EnumWord[] = [
  { word: 'unicast', doc: 'Addressed to this host alone.', aliases: ['host'] },
  { word: 'broadcast', doc: 'Sent to every host on the local network.', aliases: ['bcast'] },
  { word: 'multicast', doc: 'Sent to a group of hosts that asked to receive it.', aliases: ['mcast'] },
  { word: 'otherhost', doc: 'Addressed to another host; seen only when the interface listens to everything (promiscuous mode or a bridge).' },
];
