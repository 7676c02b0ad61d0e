// SYNPROXY: answers TCP handshakes itself, passing only completed ones to the server.
import type { ModuleSpec } from '../types';
import { u32 } from '../values/numbers';
import { atHooks } from '../tables';

export const synproxyTarget: ModuleSpec = {
  name: 'SYNPROXY',
  kind: 'target',
  families: ['ipv4', 'ipv6'],
  summary: 'Completes TCP handshakes on behalf of a server, to protect it from SYN floods.',
  action: 'get their TCP handshake answered by this host before reaching the server',
  doc: [
    'The host answers each new TCP connection itself with a SYN cookie and only opens the real connection to the server once the client has replied, so floods of fake SYN packets never reach the server.',
    'The options should match what the protected server supports (its MSS, window scaling, SACK and timestamps).',
    'Use it on packets in state INVALID or UNTRACKED, after turning off tracking of SYNs in the raw table with `-j CT --notrack`, and set `net.netfilter.nf_conntrack_tcp_loose=0`.',
    'Needs `-p tcp` on the rule. Only allowed where packets arrive for this host or pass through it (INPUT and FORWARD chains). The packet stops here.',
    '',
    'Example: `-A INPUT -p tcp --dport 80 -m conntrack --ctstate INVALID,UNTRACKED -j SYNPROXY --sack-perm --timestamp --wscale 7 --mss 1460`.',
  ].join('\n'),
  protocols: ['tcp'],
  // The kernel takes it at these hooks only, in every table that has them.
  allowedIn: atHooks('INPUT', 'FORWARD'),
  terminating: true,
  options: [
    {
      names: ['--sack-perm'],
      arity: 0,
      doc: 'Announce selective acknowledgement (SACK) support to the client.',
      phrase: 'offering SACK',
    },
    {
      names: ['--timestamp'],
      arity: 0,
      doc: 'Announce TCP timestamp support to the client.',
      phrase: 'offering timestamps',
    },
    {
      names: ['--wscale'],
      arity: 1,
      // iptables takes any 32-bit number but the kernel keeps only 8 bits; TCP allows 0-14.
      value: u32,
      doc: 'Window scaling factor to announce, normally 0-14 and the same as the server uses.',
      phrase: 'with window scale {value}',
    },
    {
      names: ['--mss'],
      arity: 1,
      // iptables takes any 32-bit number but the kernel keeps only 16 bits.
      value: u32,
      doc: 'Maximum segment size to announce, such as 1460; the same as the server uses.',
      phrase: 'with MSS {value}',
    },
    {
      names: ['--ecn'],
      arity: 0,
      doc: 'Announce ECN (explicit congestion notification) support to the client.',
      phrase: 'offering ECN',
    },
  ],
};
