// MASQUERADE: source NAT to whatever address the outgoing interface has right now.
import type { ModuleSpec } from '../types';
import { natPortProtocols, natPorts } from './common';

export const masqueradeTarget: ModuleSpec = {
  name: 'MASQUERADE',
  kind: 'target',
  families: ['ipv4', 'ipv6'],
  // iptables checks -p (written before, its `!` ignored) when it reads a port.
  protocolCheck: 'parse-ignores-negation',
  summary: 'Source NAT to the address of the interface the packet leaves by, looked up for each new connection.',
  action: 'get their source address rewritten to the address of the interface they leave by',
  doc: [
    'Rewrites the source address of a new connection to the address of the interface the packet is leaving through, so machines behind this host can share its address.',
    'The address is not written in the rule: it is picked when the packet is handled (in practice for the first packet of each new connection), which suits links whose address changes, such as DHCP or PPP dial-up.',
    'That is the difference from `SNAT`, which always uses the fixed address you give (and is slightly cheaper).',
    'When the interface goes down, the connections it masqueraded are forgotten, since its next address will probably differ.',
    'Only allowed in the `nat` table, chain POSTROUTING. The rule is final: later rules of the nat table do not see this packet.',
    '',
    'Example: `-t nat -A POSTROUTING -o ppp0 -j MASQUERADE`.',
  ].join('\n'),
  allowedIn: ['nat/POSTROUTING'],
  terminating: true,
  options: [
    {
      names: ['--to-ports'],
      arity: 1,
      value: natPorts,
      protocols: natPortProtocols,
      doc: 'Use source ports from this port or first-last range; the rule must match -p tcp, udp, sctp, dccp or icmp (for icmp the port stands for the ICMP query id, as used by ping).',
      phrase: 'using source ports {value}',
    },
    {
      names: ['--random'],
      arity: 0,
      doc: 'Choose the source port by a random-based hash instead of keeping the original one.',
      phrase: 'randomising source ports',
    },
    {
      names: ['--random-fully'],
      arity: 0,
      doc: 'Choose every source port fully at random, which avoids some port clashes between clients.',
      phrase: 'fully randomising source ports',
    },
  ],
};
