// Protocols `-p` (and --ctproto, --vproto) accept: iptables' own names, then
// Debian's /etc/protocols, each with its number. The one list for checks, hover and completion.

export interface ProtocolInfo {
  name: string;
  number: number;
  doc: string;
  aliases?: string[];
}

export const protocols: readonly ProtocolInfo[] = [
  { name: 'all', number: 0, doc: 'any protocol (the same as leaving -p out)' },
  { name: 'tcp', number: 6, doc: 'TCP: connection-oriented streams (web, SSH, mail...)' },
  { name: 'udp', number: 17, doc: 'UDP: single datagrams without a connection (DNS, NTP, VPNs...)' },
  { name: 'udplite', number: 136, doc: 'UDP-Lite: UDP with partial checksums' },
  { name: 'icmp', number: 1, doc: 'ICMP for IPv4: ping and error reports' },
  { name: 'icmpv6', number: 58, doc: 'ICMPv6: ping, error reports and neighbour discovery for IPv6', aliases: ['ipv6-icmp'] },
  { name: 'esp', number: 50, doc: 'IPsec Encapsulating Security Payload (encrypted IPsec traffic)' },
  { name: 'ah', number: 51, doc: 'IPsec Authentication Header' },
  { name: 'sctp', number: 132, doc: 'SCTP: message-oriented transport used in telecom networks' },
  { name: 'dccp', number: 33, doc: 'DCCP: datagrams with congestion control' },
  { name: 'mh', number: 135, doc: 'Mobility Header for Mobile IPv6', aliases: ['ipv6-mh', 'mobility-header'] },
  { name: 'ip', number: 0, doc: 'the IP pseudo-protocol number 0' },
  { name: 'hopopt', number: 0, doc: 'IPv6 hop-by-hop options header' },
  { name: 'igmp', number: 2, doc: 'IGMP: IPv4 multicast group membership' },
  { name: 'ggp', number: 3, doc: 'protocol number 3 (ggp in /etc/protocols)' },
  { name: 'ipencap', number: 4, doc: 'IPv4 carried inside IPv4 (IP-in-IP tunnels)' },
  { name: 'st', number: 5, doc: 'protocol number 5 (st in /etc/protocols)' },
  { name: 'egp', number: 8, doc: 'protocol number 8 (egp in /etc/protocols)' },
  { name: 'igp', number: 9, doc: 'protocol number 9 (igp in /etc/protocols)' },
  { name: 'pup', number: 12, doc: 'protocol number 12 (pup in /etc/protocols)' },
  { name: 'hmp', number: 20, doc: 'protocol number 20 (hmp in /etc/protocols)' },
  { name: 'xns-idp', number: 22, doc: 'protocol number 22 (xns-idp in /etc/protocols)' },
  { name: 'rdp', number: 27, doc: 'Reliable datagram protocol (not Remote Desktop)' },
  { name: 'iso-tp4', number: 29, doc: 'protocol number 29 (iso-tp4 in /etc/protocols)' },
  { name: 'xtp', number: 36, doc: 'protocol number 36 (xtp in /etc/protocols)' },
  { name: 'ddp', number: 37, doc: 'protocol number 37 (ddp in /etc/protocols)' },
  { name: 'idpr-cmtp', number: 38, doc: 'protocol number 38 (idpr-cmtp in /etc/protocols)' },
  { name: 'ipv6', number: 41, doc: 'IPv6 carried inside IPv4 (6in4 tunnels)' },
  { name: 'ipv6-route', number: 43, doc: 'IPv6 routing header' },
  { name: 'ipv6-frag', number: 44, doc: 'IPv6 fragment header' },
  { name: 'idrp', number: 45, doc: 'protocol number 45 (idrp in /etc/protocols)' },
  { name: 'rsvp', number: 46, doc: 'Resource reservation protocol' },
  { name: 'gre', number: 47, doc: 'GRE tunnels (PPTP VPNs and others)' },
  { name: 'skip', number: 57, doc: 'protocol number 57 (skip in /etc/protocols)' },
  { name: 'ipv6-nonxt', number: 59, doc: 'IPv6 "no next header"' },
  { name: 'ipv6-opts', number: 60, doc: 'IPv6 destination options header' },
  { name: 'rspf', number: 73, doc: 'protocol number 73 (rspf in /etc/protocols)' },
  { name: 'vmtp', number: 81, doc: 'protocol number 81 (vmtp in /etc/protocols)' },
  { name: 'eigrp', number: 88, doc: 'EIGRP routing protocol' },
  { name: 'ospf', number: 89, doc: 'OSPF routing protocol' },
  { name: 'ax.25', number: 93, doc: 'protocol number 93 (ax.25 in /etc/protocols)' },
  { name: 'ipip', number: 94, doc: 'IP-within-IP encapsulation (protocol 94, rarely used; ipencap is the common IP-in-IP)' },
  { name: 'etherip', number: 97, doc: 'Ethernet frames inside IP' },
  { name: 'encap', number: 98, doc: 'protocol number 98 (encap in /etc/protocols)' },
  { name: 'pim', number: 103, doc: 'PIM multicast routing' },
  { name: 'ipcomp', number: 108, doc: 'IP payload compression' },
  { name: 'vrrp', number: 112, doc: 'VRRP: virtual router redundancy (keepalived)' },
  { name: 'l2tp', number: 115, doc: 'Layer 2 Tunneling Protocol v3' },
  { name: 'isis', number: 124, doc: 'IS-IS routing over IP' },
  { name: 'fc', number: 133, doc: 'protocol number 133 (fc in /etc/protocols)' },
  { name: 'mpls-in-ip', number: 137, doc: 'MPLS carried inside IP' },
  { name: 'manet', number: 138, doc: 'protocol number 138 (manet in /etc/protocols)' },
  { name: 'hip', number: 139, doc: 'protocol number 139 (hip in /etc/protocols)' },
  { name: 'shim6', number: 140, doc: 'protocol number 140 (shim6 in /etc/protocols)' },
  { name: 'wesp', number: 141, doc: 'protocol number 141 (wesp in /etc/protocols)' },
  { name: 'rohc', number: 142, doc: 'protocol number 142 (rohc in /etc/protocols)' },
  { name: 'ethernet', number: 143, doc: 'protocol number 143 (ethernet in /etc/protocols)' },
  { name: 'mptcp', number: 262, doc: 'Multipath TCP (a name in /etc/protocols; the kernel sees TCP)' },
];

const byName = new Map<string, ProtocolInfo>();
const byNumber = new Map<number, ProtocolInfo>();
for (const p of protocols) {
  byName.set(p.name, p);
  for (const a of p.aliases ?? []) byName.set(a, p);
  if (!byNumber.has(p.number)) byNumber.set(p.number, p);
}

/**
 * A protocol number read the way iptables reads it (C's strtoul with base 0):
 * blanks and a `+` may lead, `0x` starts hex, a leading `0` octal, and the
 * whole word must be the number. Measured: `0x6` and `017` (15) are numbers,
 * `08`, `0x` and `-0` are not.
 */
function readProtocolNumber(text: string): number | undefined {
  let i = 0;
  while (i < text.length && ' \t\n\v\f\r'.includes(text[i])) i++;
  if (text[i] === '+') i++;
  let base = 10;
  if (text[i] === '0' && (text[i + 1] === 'x' || text[i + 1] === 'X')) {
    base = 16;
    i += 2;
  } else if (text[i] === '0' && i + 1 < text.length) {
    base = 8;
  }
  if (i >= text.length) return undefined;
  let n = 0;
  for (; i < text.length; i++) {
    const d = parseInt(text[i], 16);
    if (Number.isNaN(d) || d >= base) return undefined;
    n = n * base + d;
    if (n > 255) return undefined;
  }
  return n;
}

/** Does the word start like a number (so iptables reads it as one, not as a name)? */
export function looksNumeric(text: string): boolean {
  return /^[ \t\n\v\f\r]*\+?\d/.test(text);
}

/**
 * The protocol named (any case) or numbered by `-p`'s value, as iptables reads
 * it; numbers 0-255 without a name get a bare entry.
 */
export function findProtocol(value: string): ProtocolInfo | undefined {
  if (looksNumeric(value)) {
    const n = readProtocolNumber(value);
    if (n === undefined) return undefined;
    return byNumber.get(n) ?? { name: String(n), number: n, doc: `protocol number ${n}` };
  }
  return byName.get(value.toLowerCase());
}

/** Every spelling iptables accepts, for suggestions. */
export function protocolNames(): IterableIterator<string> {
  return byName.keys();
}
