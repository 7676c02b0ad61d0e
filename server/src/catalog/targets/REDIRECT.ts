// REDIRECT: destination NAT to this host itself (transparent proxies).
import type { ModuleSpec } from '../types';
import { natPortProtocols, natPorts } from './common';

export const redirectTarget: ModuleSpec = {
  name: 'REDIRECT',
  kind: 'target',
  families: ['ipv4', 'ipv6'],
  // iptables checks -p (written before, its `!` ignored) when it reads a port.
  protocolCheck: 'parse-ignores-negation',
  summary: 'Sends the connection to this host itself, optionally to another port: a local port forward.',
  action: 'are redirected to this host itself',
  doc: [
    'Rewrites the destination of a new connection to the host\'s own address (the address of the interface it arrived on, or the loopback address for local traffic).',
    'Often used to push web traffic into a local proxy without the clients knowing. Without `--to-ports` the destination port stays the same.',
    'Only allowed in the `nat` table, chains PREROUTING and OUTPUT. The rule is final: later rules of the nat table do not see this packet.',
    '',
    'Example: `-t nat -A PREROUTING -i eth1 -p tcp --dport 80 -j REDIRECT --to-ports 3128`.',
  ].join('\n'),
  allowedIn: ['nat/PREROUTING', 'nat/OUTPUT'],
  terminating: true,
  options: [
    {
      names: ['--to-ports'],
      arity: 1,
      reading: { noPortBase: true },
      value: natPorts,
      protocols: natPortProtocols,
      doc: 'The local port, or first-last range, to send the connection to; the rule must match -p tcp, udp, sctp, dccp or icmp (for icmp the port stands for the ICMP query id, as used by ping).',
      phrase: 'to local port {value}',
    },
    {
      names: ['--random'],
      arity: 0,
      doc: 'Pick the port from the range at random instead of in order.',
      phrase: 'picking ports at random',
    },
  ],
};
