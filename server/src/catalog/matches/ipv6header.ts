// ipv6header: which IPv6 extension headers (and upper-layer header) a packet carries.
import type { EnumWord, ModuleSpec } from '../types';

// Short names as --help lists them; long names, /etc/protocols names and the numbers are aliases.
// iptables-save writes the long names (hop-by-hop, ipv6-opts...). Case matters.
const headers: EnumWord[] = [
  { word: 'hop', doc: 'Hop-by-Hop Options header (0).', aliases: ['hop-by-hop', 'hopopt', 'HOPOPT', 'ip', 'IP', '0'] },
  { word: 'dst', doc: 'Destination Options header (60).', aliases: ['ipv6-opts', 'IPv6-Opts', '60'] },
  { word: 'route', doc: 'Routing header (43).', aliases: ['ipv6-route', 'IPv6-Route', '43'] },
  { word: 'frag', doc: 'Fragment header (44).', aliases: ['ipv6-frag', 'IPv6-Frag', '44'] },
  { word: 'auth', doc: 'IPsec Authentication Header (51).', aliases: ['ah', 'IPSEC-AH', '51'] },
  { word: 'esp', doc: 'IPsec Encapsulating Security Payload header (50).', aliases: ['IPSEC-ESP', '50'] },
  { word: 'none', doc: 'The "no next header" marker (59): nothing follows.', aliases: ['ipv6-nonxt', 'IPv6-NoNxt', '59'] },
  { word: 'prot', doc: 'Any upper-layer protocol header (TCP, UDP, ICMPv6...) (255).', aliases: ['protocol', '255'] },
];

export const ipv6headerMatch: ModuleSpec = {
  name: 'ipv6header',
  kind: 'match',
  families: ['ipv6'],
  summary: 'Matches IPv6 packets by the set of extension headers they carry.',
  doc: [
    'IPv6 packets can carry a chain of extension headers before the actual payload.',
    'By default the packet must carry exactly the listed headers; with `--soft` it is enough to carry any of them.',
    'Headers inside an ESP-encrypted part cannot be seen.',
    '',
    'Example: drop packets that carry a routing header:',
    '`-A INPUT -m ipv6header --header route --soft -j DROP`',
  ].join('\n'),
  options: [
    {
      names: ['--header'],
      arity: 1,
      reading: { skipEmpty: true },
      value: { kind: 'enum', values: headers, list: true },
      negatable: true,
      mandatory: true,
      doc: 'The headers to look for, comma separated: hop, dst, route, frag, auth, esp, none, prot (or their numbers).',
      phrase: 'the packet {not}carries headers {value}',
    },
    {
      names: ['--soft'],
      arity: 0,
      doc: 'Match when the packet carries any of the listed headers, instead of exactly those.',
      phrase: 'any of them is enough',
    },
  ],
};
