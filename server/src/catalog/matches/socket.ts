// socket: is there a local socket for this incoming packet (used with TPROXY transparent proxying)?
import type { ModuleSpec } from '../types';
import { atHooks } from '../tables';

export const socketMatch: ModuleSpec = {
  name: 'socket',
  kind: 'match',
  families: ['ipv4', 'ipv6'],
  summary: 'Matches incoming packets that belong to a socket open on this machine.',
  doc: [
    'Looks for a local socket that would receive the packet, even when its destination address is not local.',
    'Mostly used with the TPROXY target so that packets of already proxied connections go straight to the proxy.',
    'Only for incoming packets (PREROUTING and INPUT).',
    '',
    'Example: mark packets that already have a transparent proxy socket:',
    '`-t mangle -A PREROUTING -p tcp -m socket --transparent -j MARK --set-mark 1`',
  ].join('\n'),
  // The kernel takes it at these hooks only, in every table that has them.
  allowedIn: atHooks('PREROUTING', 'INPUT'),
  options: [
    {
      names: ['--transparent'],
      arity: 0,
      doc: 'Only count sockets opened in transparent mode (IP_TRANSPARENT), as proxies do.',
      phrase: 'the socket is transparent',
    },
    {
      names: ['--nowildcard'],
      arity: 0,
      doc: 'Also count listening sockets bound to every address (0.0.0.0 or ::), which are ignored by default.',
      phrase: 'wildcard listening sockets count too',
    },
    {
      names: ['--restore-skmark'],
      arity: 0,
      doc: 'When a socket is found, copy the socket\'s mark onto the packet.',
      phrase: 'the socket mark is copied to the packet',
    },
  ],
};
