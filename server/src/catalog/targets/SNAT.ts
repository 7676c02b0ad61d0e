// SNAT: rewrites the source of a connection to a fixed address you give.
import type { ModuleSpec } from '../types';

export const snatTarget: ModuleSpec = {
  name: 'SNAT',
  kind: 'target',
  families: ['ipv4', 'ipv6'],
  // iptables checks -p (written before, its `!` ignored) when it reads a port.
  protocolCheck: 'parse-ignores-negation',
  summary: 'Rewrites the source address (and optionally port) of a new connection to a fixed address you give.',
  action: 'get their source address rewritten',
  doc: [
    'Makes connections leaving through this host appear to come from the address you name, typically so machines on a private network can reach the internet through one public address.',
    'Only the first packet of a connection goes through the rule; connection tracking rewrites every later packet, and turns the replies back, automatically.',
    'Use it when the outgoing address is fixed; for an address that changes (DHCP, PPP) use `MASQUERADE` instead.',
    'Only allowed in the `nat` table, chains POSTROUTING and INPUT. The rule is final: later rules of the nat table do not see this packet.',
    '',
    'Example: `-t nat -A POSTROUTING -s 192.168.1.0/24 -o eth0 -j SNAT --to-source 203.0.113.5`.',
  ].join('\n'),
  allowedIn: ['nat/INPUT', 'nat/POSTROUTING'],
  terminating: true,
  options: [
    {
      names: ['--to-source'],
      arity: 1,
      // [addr[-addr]][:port[-port]]; IPv6 with a port needs brackets. Ports need -p tcp/udp/sctp/dccp.
      value: { kind: 'natRange', ports: true },
      mandatory: true,
      doc: 'The new source: an address or first-last range, optionally with :port or :first-last (ports need -p tcp, udp, sctp, dccp or icmp; for icmp the port stands for the ICMP query id, as used by ping).',
      phrase: 'to {value}',
    },
    {
      names: ['--random'],
      arity: 0,
      doc: 'Choose the source port by a random-based hash instead of keeping or counting up from the original.',
      phrase: 'randomising source ports',
    },
    {
      names: ['--random-fully'],
      arity: 0,
      doc: 'Choose every source port fully at random, which avoids some port clashes between clients.',
      phrase: 'fully randomising source ports',
    },
    {
      names: ['--persistent'],
      arity: 0,
      doc: 'With an address range, always give the same client the same source address.',
      phrase: 'keeping each client on the same address',
    },
  ],
};
