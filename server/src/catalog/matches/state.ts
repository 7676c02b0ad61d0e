// state: the older front end to connection tracking states (conntrack --ctstate is its superset).
import type { ModuleSpec } from '../types';
// --state knows the conntrack words except SNAT and DNAT ("Bad state" otherwise).
import { stateMatchStates } from '../values/conntrackStates';

export const stateMatch: ModuleSpec = {
  name: 'state',
  kind: 'match',
  deprecatedBy: 'conntrack',
  families: ['ipv4', 'ipv6'],
  summary: 'Matches the connection tracking state of the packet (NEW, ESTABLISHED, RELATED, INVALID, UNTRACKED).',
  doc: [
    'The kernel follows connections and tells whether a packet opens one, belongs to one, or relates to one',
    '(such as an ICMP error about it). `-m conntrack --ctstate` does the same and more, and is the form to prefer in new rules.',
    'States are comma separated without spaces; iptables also accepts lower case and unambiguous abbreviations.',
    '',
    'Example: let replies in:',
    '`-A INPUT -m state --state ESTABLISHED,RELATED -j ACCEPT`',
  ].join('\n'),
  options: [
    {
      names: ['--state'],
      arity: 1,
      reading: { enumMatching: 'prefix' },
      value: {
        kind: 'enum',
        values: stateMatchStates,
        list: true,
        caseInsensitive: true,
      },
      negatable: true,
      mandatory: true,
      replacedBy: '--ctstate',
      doc: 'One or more connection states, separated by commas.',
      phrase: 'connection state is {not}{value}',
    },
  ],
};
