// TCPOPTSTRIP: removes chosen options from the TCP header.
import type { ModuleSpec } from '../types';
import { tcpOptionList } from '../values/tcpOptions';
import { mangleChains } from './common';

export const tcpoptstripTarget: ModuleSpec = {
  name: 'TCPOPTSTRIP',
  kind: 'target',
  families: ['ipv4', 'ipv6'],
  summary: 'Removes the chosen options from the TCP header of the packet.',
  action: 'get TCP options removed from their header and continue to the next rule',
  doc: [
    'Deletes TCP options such as timestamps or SACK from packets, for instance to work around devices that mishandle them.',
    'Needs `-p tcp` on the rule. Without `--strip-options` nothing is removed.',
    'Only allowed in the `mangle` table; the packet continues with the next rule.',
  ].join('\n'),
  protocols: ['tcp'],
  allowedIn: mangleChains,
  options: [
    {
      names: ['--strip-options'],
      arity: 1,
      // Names are compared exactly (lower case); numbers 2-255; no word twice.
      value: {
        kind: 'other', reader: 'tcpOptionList',
        hint: `comma separated TCP option names (${tcpOptionList}) or numbers 2-255`,
      },
      doc: 'Comma separated list of TCP options to remove, by name (mss, wscale, sack-permitted, sack, timestamp, md5) or number.',
      phrase: 'removing {value}',
    },
  ],
};
