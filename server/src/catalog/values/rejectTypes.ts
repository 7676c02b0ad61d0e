// Replies REJECT can send (`--reject-with`). IPv4 and IPv6 have separate sets.
// iptables compares case-insensitively and also takes any leading part of a
// word or alias ("icmp-port" works); the enum below lists full words only.
import type { EnumWord, ValueType } from '../types';

const tcpResetDoc =
  'Answers with a TCP reset, as a closed port would. Only valid when the rule matches TCP (`-p tcp`); the kernel refuses the rule otherwise.';

export const rejectTypes: EnumWord[] = [
  // IPv4 (libipt_REJECT), in the order iptables tries them.
  {
    word: 'icmp-net-unreachable',
    aliases: ['net-unreach'],
    family: 'ipv4',
    doc: 'Answers with an ICMP "network unreachable" message.',
  },
  {
    word: 'icmp-host-unreachable',
    aliases: ['host-unreach'],
    family: 'ipv4',
    doc: 'Answers with an ICMP "host unreachable" message.',
  },
  {
    word: 'icmp-proto-unreachable',
    aliases: ['proto-unreach'],
    family: 'ipv4',
    doc: 'Answers with an ICMP "protocol unreachable" message.',
  },
  {
    word: 'icmp-port-unreachable',
    aliases: ['port-unreach'],
    family: 'ipv4',
    doc: 'Answers with an ICMP "port unreachable" message, as if nothing listened there. This is the default for IPv4.',
  },
  {
    word: 'icmp-net-prohibited',
    aliases: ['net-prohib'],
    family: 'ipv4',
    doc: 'Answers with an ICMP "network administratively prohibited" message.',
  },
  {
    word: 'icmp-host-prohibited',
    aliases: ['host-prohib'],
    family: 'ipv4',
    doc: 'Answers with an ICMP "host administratively prohibited" message.',
  },
  { word: 'tcp-reset', aliases: ['tcp-rst'], family: 'ipv4', protocols: ['tcp'], doc: tcpResetDoc },
  {
    word: 'icmp-admin-prohibited',
    aliases: ['admin-prohib'],
    family: 'ipv4',
    doc: 'Answers with an ICMP "communication administratively prohibited" message (some old systems do not understand it).',
  },
  // IPv6 (libip6t_REJECT).
  {
    word: 'icmp6-no-route',
    aliases: ['no-route'],
    family: 'ipv6',
    doc: 'Answers with an ICMPv6 "no route to destination" message.',
  },
  {
    word: 'icmp6-adm-prohibited',
    aliases: ['adm-prohibited'],
    family: 'ipv6',
    doc: 'Answers with an ICMPv6 "administratively prohibited" message.',
  },
  {
    word: 'icmp6-addr-unreachable',
    aliases: ['addr-unreach'],
    family: 'ipv6',
    doc: 'Answers with an ICMPv6 "address unreachable" message.',
  },
  {
    word: 'icmp6-port-unreachable',
    aliases: ['port-unreach'],
    family: 'ipv6',
    doc: 'Answers with an ICMPv6 "port unreachable" message, as if nothing listened there. This is the default for IPv6.',
  },
  // ip6tables has no tcp-rst spelling.
  { word: 'tcp-reset', family: 'ipv6', protocols: ['tcp'], doc: tcpResetDoc },
  {
    word: 'icmp6-policy-fail',
    aliases: ['policy-fail'],
    family: 'ipv6',
    doc: 'Answers with an ICMPv6 "source address failed ingress/egress policy" message.',
  },
  {
    word: 'icmp6-reject-route',
    aliases: ['reject-route'],
    family: 'ipv6',
    doc: 'Answers with an ICMPv6 "reject route to destination" message.',
  },
];

/** The value of `--reject-with`; pick words by the rule's family. */
export const rejectWithValue: ValueType = { kind: 'enum', values: rejectTypes, caseInsensitive: true };
