// DNAT: rewrites the destination of a connection (port forwarding).
import type { ModuleSpec } from '../types';

export const dnatTarget: ModuleSpec = {
  name: 'DNAT',
  kind: 'target',
  families: ['ipv4', 'ipv6'],
  // iptables checks -p (written before, its `!` ignored) when it reads a port.
  protocolCheck: 'parse-ignores-negation',
  summary: 'Rewrites the destination address (and optionally port) of a new connection: port forwarding.',
  action: 'get their destination address rewritten',
  doc: [
    'Sends a connection to another address or port than the one the client asked for, typically to forward a port of a router to a machine behind it.',
    'Only the first packet of a connection goes through the rule; connection tracking rewrites every later packet, and the replies back, automatically.',
    'Only allowed in the `nat` table, chains PREROUTING (traffic arriving) and OUTPUT (traffic made on this host). The rule is final: later rules of the nat table do not see this packet.',
    '',
    'Example: `-t nat -A PREROUTING -i eth0 -p tcp --dport 8080 -j DNAT --to-destination 192.168.1.10:80`.',
  ].join('\n'),
  allowedIn: ['nat/PREROUTING', 'nat/OUTPUT'],
  terminating: true,
  options: [
    {
      names: ['--to-destination'],
      arity: 1,
      // [addr[-addr]][:port[-port[/base]]]; IPv6 with a port needs brackets: [::1]:80.
      // A port part needs -p tcp/udp/sctp/dccp (iptables' own check); a service name is allowed for a single port.
      value: { kind: 'natRange', ports: true },
      mandatory: true,
      doc: 'The new destination: an address or first-last range, optionally with :port or :first-last (ports need -p tcp, udp, sctp, dccp or icmp; for icmp the port stands for the ICMP query id, as used by ping).',
      phrase: 'to {value}',
    },
    {
      names: ['--random'],
      arity: 0,
      doc: 'Pick the port from the given range at random instead of in order.',
      phrase: 'picking ports at random',
    },
    {
      names: ['--persistent'],
      arity: 0,
      doc: 'With an address range, always send the same client to the same address.',
      phrase: 'keeping each client on the same address',
    },
  ],
};
