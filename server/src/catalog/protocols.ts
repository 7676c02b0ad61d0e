// Protocol names `-p` accepts. iptables knows a few itself and looks the rest up
// in /etc/protocols; these are Debian's names with their numbers.

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
  { name: 'mh', number: 135, doc: 'Mobility Header for Mobile IPv6', aliases: ['ipv6-mh'] },
  { name: 'gre', number: 47, doc: 'GRE tunnels (PPTP VPNs and others)' },
  { name: 'ipip', number: 4, doc: 'IPv4-in-IPv4 tunnels', aliases: ['ipencap'] },
  { name: 'ipv6', number: 41, doc: 'IPv6 carried inside IPv4 (6in4 tunnels)' },
  { name: 'igmp', number: 2, doc: 'IGMP: IPv4 multicast group membership' },
  { name: 'ipcomp', number: 108, doc: 'IP payload compression' },
  { name: 'vrrp', number: 112, doc: 'VRRP: virtual router redundancy (keepalived)' },
  { name: 'ospf', number: 89, doc: 'OSPF routing protocol', aliases: ['ospfigp'] },
  { name: 'pim', number: 103, doc: 'PIM multicast routing' },
  { name: 'l2tp', number: 115, doc: 'Layer 2 Tunneling Protocol v3' },
  { name: 'egp', number: 8, doc: 'Exterior Gateway Protocol' },
  { name: 'ipv6-route', number: 43, doc: 'IPv6 routing header' },
  { name: 'ipv6-frag', number: 44, doc: 'IPv6 fragment header' },
  { name: 'ipv6-nonxt', number: 59, doc: 'IPv6 "no next header"' },
  { name: 'ipv6-opts', number: 60, doc: 'IPv6 destination options header' },
  { name: 'hopopt', number: 0, doc: 'IPv6 hop-by-hop options header' },
  { name: 'rsvp', number: 46, doc: 'Resource reservation protocol' },
  { name: 'xtp', number: 36, doc: 'Xpress Transport Protocol' },
  { name: 'ddp', number: 37, doc: 'Datagram Delivery Protocol' },
  { name: 'idpr-cmtp', number: 38, doc: 'IDPR control message transport' },
  { name: 'skip', number: 57, doc: 'SKIP' },
  { name: 'encap', number: 98, doc: 'Encapsulation header' },
  { name: 'pup', number: 12, doc: 'PARC universal packet' },
  { name: 'hmp', number: 20, doc: 'Host monitoring protocol' },
  { name: 'xns-idp', number: 22, doc: 'Xerox NS IDP' },
  { name: 'rdp', number: 27, doc: 'Reliable datagram protocol (not Remote Desktop)' },
  { name: 'iso-tp4', number: 29, doc: 'ISO transport protocol class 4' },
  { name: 'ggp', number: 3, doc: 'Gateway-to-gateway protocol' },
  { name: 'st', number: 5, doc: 'ST datagram mode' },
  { name: 'fc', number: 133, doc: 'Fibre Channel' },
  { name: 'mptcp', number: 262, doc: 'Multipath TCP (iptables knows the name; the kernel sees TCP)' },
];

const byName = new Map<string, ProtocolInfo>();
const byNumber = new Map<number, ProtocolInfo>();
for (const p of protocols) {
  byName.set(p.name, p);
  for (const a of p.aliases ?? []) byName.set(a, p);
  if (!byNumber.has(p.number)) byNumber.set(p.number, p);
}

/** The protocol named or numbered by `-p`'s value (case-insensitive, as iptables). */
export function findProtocol(value: string): ProtocolInfo | undefined {
  const lower = value.toLowerCase();
  if (/^\d+$/.test(lower)) return byNumber.get(Number(lower));
  return byName.get(lower);
}
