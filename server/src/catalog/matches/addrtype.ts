// addrtype: what kind of address (local, broadcast, multicast...) the routing table says a packet carries.
import type { ModuleSpec } from '../types';
import { inAnyTable } from '../tables';
import { addrTypes } from '../values/addrTypes';

export const addrtypeMatch: ModuleSpec = {
  name: 'addrtype',
  kind: 'match',
  families: ['ipv4', 'ipv6'],
  summary: 'Matches by the kind of source or destination address: local, broadcast, multicast, unicast...',
  doc: [
    'Asks the routing table what kind of address the packet carries, for example whether the destination is one of this machine\'s own addresses (`LOCAL`).',
    'At least one of `--src-type` or `--dst-type` is needed; each takes one type or a comma separated list (any of them matches).',
    '',
    '`--limit-iface-in` only works in PREROUTING, INPUT and FORWARD; `--limit-iface-out` only in FORWARD, OUTPUT and POSTROUTING.',
    'ip6tables refuses BROADCAST, BLACKHOLE, PROHIBIT, THROW, NAT and XRESOLVE.',
    '',
    'Example: send traffic for any local address to a chain, as Docker does:',
    '`-A PREROUTING -t nat -m addrtype --dst-type LOCAL -j DOCKER`',
  ].join('\n'),
  // iptables refuses the module without at least one option of each group.
  requiresOneOf: [['--src-type', '--dst-type']],
  options: [
    {
      names: ['--src-type'],
      arity: 1,
      reading: { enumMatching: 'prefix' },
      value: { kind: 'enum', values: addrTypes, list: true, caseInsensitive: true },
      negatable: true,
      doc: 'The source address must be of one of these types.',
      phrase: 'source address is {not}of type {value}',
    },
    {
      names: ['--dst-type'],
      arity: 1,
      reading: { enumMatching: 'prefix' },
      value: { kind: 'enum', values: addrTypes, list: true, caseInsensitive: true },
      negatable: true,
      doc: 'The destination address must be of one of these types.',
      phrase: 'destination address is {not}of type {value}',
    },
    {
      names: ['--limit-iface-in'],
      allowedIn: inAnyTable('PREROUTING', 'INPUT', 'FORWARD'),
      arity: 0,
      excludes: ['--limit-iface-out'],
      // Kernel refuses it outside PREROUTING, INPUT and FORWARD.
      doc: 'Judge the address type only as seen from the interface the packet came in on (PREROUTING, INPUT and FORWARD only).',
      phrase: 'address type is judged on the incoming interface',
    },
    {
      names: ['--limit-iface-out'],
      allowedIn: inAnyTable('FORWARD', 'OUTPUT', 'POSTROUTING'),
      arity: 0,
      excludes: ['--limit-iface-in'],
      // Kernel refuses it outside FORWARD, OUTPUT and POSTROUTING.
      doc: 'Judge the address type only as seen from the interface the packet goes out on (FORWARD, OUTPUT and POSTROUTING only).',
      phrase: 'address type is judged on the outgoing interface',
    },
  ],
};
