// realm: the routing realm the route lookup assigned to the packet (ip route ... realm N).
import type { ModuleSpec } from '../types';
import { atHooks } from '../tables';

export const realmMatch: ModuleSpec = {
  name: 'realm',
  kind: 'match',
  families: ['ipv4'],
  summary: 'Matches the routing realm that the route used for the packet belongs to.',
  doc: [
    'Routes can be tagged with a realm number (`ip route add ... realm 5`), often to group routes learned from a peer.',
    'This match reads that tag, so it only works after routing, which is why PREROUTING chains refuse it.',
    'Realm names are read from /etc/iproute2/rt_realms on the machine that loads the rules.',
    '',
    'Example: count traffic routed through realm 5:',
    '`-A FORWARD -m realm --realm 5`',
  ].join('\n'),
  // The kernel takes it at these hooks only, in every table that has them.
  allowedIn: atHooks('INPUT', 'FORWARD', 'OUTPUT', 'POSTROUTING'),
  external: 'Realm names (rather than numbers) are looked up in /etc/iproute2/rt_realms on the machine that loads the rules.',
  options: [
    {
      names: ['--realm'],
      arity: 1,
      value: {
        kind: 'other', reader: 'valueMaskOrName',
        hint: 'a realm number (0x.. allowed) with an optional /mask, or a name from /etc/iproute2/rt_realms',
      },
      negatable: true,
      mandatory: true,
      doc: 'The realm number, optionally /mask to compare only some bits, or a realm name.',
      phrase: 'routing realm is {not}{value}',
    },
  ],
};
