// pkttype: the link-layer destination class (unicast, broadcast, multicast, otherhost).
import type { ModuleSpec } from '../types';
import { pktTypes } from '../values/pktTypes';

export const pkttypeMatch: ModuleSpec = {
  name: 'pkttype',
  kind: 'match',
  families: ['ipv4', 'ipv6'],
  summary: 'Matches whether the packet was sent to this host only, to everyone (broadcast) or to a group (multicast).',
  doc: [
    'Looks at how the packet was addressed on the local network, not at its IP address.',
    '',
    'Example: silently drop broadcasts instead of logging them:',
    '`-A INPUT -m pkttype --pkt-type broadcast -j DROP`',
  ].join('\n'),
  options: [
    {
      names: ['--pkt-type'],
      arity: 1,
      value: { kind: 'enum', values: pktTypes, caseInsensitive: true },
      negatable: true,
      mandatory: true,
      doc: 'The kind of link-layer addressing: unicast, broadcast, multicast or otherhost.',
      phrase: 'packet type is {not}{value}',
    },
  ],
};
