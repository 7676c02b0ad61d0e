// ICMP type names as `iptables -p icmp -h` and `ip6tables -p icmpv6 -h` list them.
// iptables compares them in any case and accepts any unambiguous prefix (echo-req);
// a number (8) or type/code pair (3/4) is accepted too: the `icmpType` value kind reads all of these.
import type { EnumWord } from '../types';

const v4 = (word: string, doc: string, aliases?: string[]): EnumWord =>
  aliases ? { word, doc, aliases, family: 'ipv4' } : { word, doc, family: 'ipv4' };
const v6 = (word: string, doc: string, aliases?: string[]): EnumWord =>
  aliases ? { word, doc, aliases, family: 'ipv6' } : { word, doc, family: 'ipv6' };

/** IPv4 ICMP types and codes (`-p icmp --icmp-type NAME`). */
export const icmpTypes: EnumWord[] = [
  v4('any', 'Every ICMP message, whatever its type.'),
  v4('echo-reply', 'Answer to a ping (type 0).', ['pong']),
  v4('destination-unreachable', 'A router or host could not deliver a packet, for any reason (type 3, every code).'),
  v4('network-unreachable', 'No route to the destination network (type 3 code 0).'),
  v4('host-unreachable', 'The destination host did not answer on its network (type 3 code 1).'),
  v4('protocol-unreachable', 'The destination does not speak the packet\'s protocol (type 3 code 2).'),
  v4('port-unreachable', 'Nothing listens on the destination port, the usual answer to a closed UDP port (type 3 code 3).'),
  v4('fragmentation-needed', 'The packet is too big for the next link and may not be split; path MTU discovery needs it (type 3 code 4).'),
  v4('source-route-failed', 'The source route in the packet could not be followed (type 3 code 5).'),
  v4('network-unknown', 'The destination network is unknown (type 3 code 6).'),
  v4('host-unknown', 'The destination host is unknown (type 3 code 7).'),
  v4('network-prohibited', 'Traffic to the destination network is forbidden by policy (type 3 code 9).'),
  v4('host-prohibited', 'Traffic to the destination host is forbidden by policy (type 3 code 10).'),
  v4('TOS-network-unreachable', 'The network cannot be reached for the packet\'s type of service (type 3 code 11).'),
  v4('TOS-host-unreachable', 'The host cannot be reached for the packet\'s type of service (type 3 code 12).'),
  v4('communication-prohibited', 'A filter on the way forbids the traffic (type 3 code 13).'),
  v4('host-precedence-violation', 'The packet\'s precedence is not allowed for this host (type 3 code 14).'),
  v4('precedence-cutoff', 'The packet\'s precedence is below the network\'s minimum (type 3 code 15).'),
  v4('source-quench', 'Old request to send more slowly, no longer used (type 4).'),
  v4('redirect', 'A router says a better next hop exists, for any reason (type 5, every code).'),
  v4('network-redirect', 'Use another router for this network (type 5 code 0).'),
  v4('host-redirect', 'Use another router for this host (type 5 code 1).'),
  v4('TOS-network-redirect', 'Use another router for this network and type of service (type 5 code 2).'),
  v4('TOS-host-redirect', 'Use another router for this host and type of service (type 5 code 3).'),
  v4('echo-request', 'A ping (type 8).', ['ping']),
  v4('router-advertisement', 'A router announces itself (type 9).'),
  v4('router-solicitation', 'A host asks which routers are around (type 10).'),
  v4('time-exceeded', 'A packet ran out of hops or its fragments expired, as traceroute relies on (type 11, every code).', ['ttl-exceeded']),
  v4('ttl-zero-during-transit', 'The packet\'s TTL reached zero on the way (type 11 code 0).'),
  v4('ttl-zero-during-reassembly', 'Not all fragments arrived in time to rebuild the packet (type 11 code 1).'),
  v4('parameter-problem', 'The IP header was faulty, for any reason (type 12, every code).'),
  v4('ip-header-bad', 'A field of the IP header is wrong (type 12 code 0).'),
  v4('required-option-missing', 'A required IP option is missing (type 12 code 1).'),
  v4('timestamp-request', 'Asks a host for its clock (type 13).'),
  v4('timestamp-reply', 'Answer to a timestamp request (type 14).'),
  v4('address-mask-request', 'Asks for the network mask (type 17, obsolete).'),
  v4('address-mask-reply', 'Answer to an address mask request (type 18, obsolete).'),
];

/** ICMPv6 types and codes (`-p icmpv6 --icmpv6-type NAME`). */
export const icmpv6Types: EnumWord[] = [
  v6('destination-unreachable', 'The packet could not be delivered, for any reason (type 1, every code).'),
  v6('no-route', 'No route to the destination (type 1 code 0).'),
  v6('communication-prohibited', 'A filter on the way forbids the traffic (type 1 code 1).'),
  v6('beyond-scope', 'The destination is outside the scope of the source address (type 1 code 2).'),
  v6('address-unreachable', 'The destination address did not answer (type 1 code 3).'),
  v6('port-unreachable', 'Nothing listens on the destination port (type 1 code 4).'),
  v6('failed-policy', 'The source address failed an ingress or egress policy (type 1 code 5).'),
  v6('reject-route', 'The route to the destination is a reject route (type 1 code 6).'),
  v6('packet-too-big', 'The packet is too big for the next link; IPv6 path MTU discovery needs it (type 2).'),
  v6('time-exceeded', 'A packet ran out of hops or its fragments expired (type 3, every code).', ['ttl-exceeded']),
  v6('ttl-zero-during-transit', 'The hop limit reached zero on the way (type 3 code 0).'),
  v6('ttl-zero-during-reassembly', 'Not all fragments arrived in time to rebuild the packet (type 3 code 1).'),
  v6('parameter-problem', 'A header was faulty, for any reason (type 4, every code).'),
  v6('bad-header', 'A header field is wrong (type 4 code 0).'),
  v6('unknown-header-type', 'The next-header value is not known (type 4 code 1).'),
  v6('unknown-option', 'An IPv6 option is not known (type 4 code 2).'),
  v6('echo-request', 'A ping (type 128).', ['ping']),
  v6('echo-reply', 'Answer to a ping (type 129).', ['pong']),
  v6('router-solicitation', 'A host asks which routers are on the link (type 133).'),
  v6('router-advertisement', 'A router announces itself and the link\'s prefixes (type 134); IPv6 autoconfiguration needs it.'),
  v6('neighbour-solicitation', 'Asks for the link address of a neighbour, IPv6\'s ARP (type 135); IPv6 stops working without it.', ['neighbor-solicitation']),
  v6('neighbour-advertisement', 'Answers a neighbour solicitation (type 136); IPv6 stops working without it.', ['neighbor-advertisement']),
  v6('redirect', 'A router says a better next hop exists on the link (type 137).'),
];
