// TPROXY: delivers the packet to a local proxy socket without changing its addresses.
import type { ModuleSpec } from '../types';
import { mark32 } from '../values/numbers';

export const tproxyTarget: ModuleSpec = {
  name: 'TPROXY',
  kind: 'target',
  families: ['ipv4', 'ipv6'],
  summary: 'Hands the packet to a local transparent-proxy socket while keeping its original addresses.',
  action: 'are handed to a local transparent proxy with their addresses unchanged',
  doc: [
    'Unlike `REDIRECT`, the packet is not rewritten: it is given to a local socket listening with the IP_TRANSPARENT option, so the proxy still sees the real destination.',
    'Usually combined with a mark (`--tproxy-mark`) and a policy routing rule that delivers marked packets locally.',
    'Needs `-p tcp` or `-p udp`. Only allowed in the `mangle` table, chain PREROUTING. The packet stops here.',
    '',
    'Example: `-t mangle -A PREROUTING -p tcp --dport 80 -j TPROXY --on-port 3129 --tproxy-mark 0x1/0x1`.',
  ].join('\n'),
  protocols: ['tcp', 'udp'],
  allowedIn: ['mangle/PREROUTING'],
  terminating: true,
  options: [
    {
      names: ['--on-port'],
      arity: 1,
      value: { kind: 'port' },
      mandatory: true,
      doc: 'Local port the proxy listens on; 0 keeps the packet\'s own destination port.',
      phrase: 'on port {value}',
    },
    {
      names: ['--on-ip'],
      arity: 1,
      value: { kind: 'address' },
      doc: 'Local address the proxy listens on; by default the address of the incoming interface.',
      phrase: 'at address {value}',
    },
    {
      names: ['--tproxy-mark'],
      arity: 1,
      value: mark32,
      doc: 'Set the packet mark (value/mask) so a routing rule can deliver the packet locally.',
      phrase: 'with packet mark {value}',
    },
  ],
};
