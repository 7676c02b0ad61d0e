// ah: the IPsec Authentication Header. iptables (libipt_ah) knows only the SPI;
// ip6tables (libip6t_ah) adds the header length and reserved-field check.
import type { ModuleSpec } from '../types';
import { u32, u32Range } from '../values/numbers';

export const ahMatch: ModuleSpec = {
  name: 'ah',
  kind: 'match',
  families: ['ipv4', 'ipv6'],
  summary: 'Matches IPsec Authentication Header packets by their SPI (security association number).',
  doc: [
    'IPsec protects traffic in "security associations", each named by a 32-bit number, the SPI.',
    'This match picks AH packets (protocol 51) by SPI, so one association can be treated differently from another.',
    '',
    'iptables needs `-p ah` with it (the kernel refuses the rule otherwise), and `-p ah` alone lets you write `--ahspi` without `-m ah`.',
    'ip6tables finds the AH header among the extension headers by itself: leave `-p ah` out there, since ip6tables\' `-p ah` never matches',
    '(ip6tables warns about it). ip6tables also offers `--ahlen` and `--ahres`.',
    '',
    'Example: accept one security association (IPv4, then IPv6):',
    '`-A INPUT -p ah -m ah --ahspi 500 -j ACCEPT`',
    '`-A INPUT -m ah --ahspi 500 -j ACCEPT`',
  ].join('\n'),
  // IPv4 needs -p ah (kernel .proto check); IPv6 reads the AH extension header of any packet.
  protocols: ['ah'],
  protocolsFamily: 'ipv4',
  implicitForProtocol: 'ah',
  options: [
    {
      names: ['--ahspi'],
      arity: 1,
      // Decimal or 0x hex; either end may be empty (":5", "5:"); a reversed range is accepted.
      value: u32Range,
      negatable: true,
      doc: 'The SPI number, or a range first:last, that the AH header must carry.',
      phrase: 'AH SPI is {not}{value}',
    },
    {
      names: ['--ahlen'],
      arity: 1,
      value: u32,
      negatable: true,
      family: 'ipv6',
      doc: 'The total length of the AH header, in bytes (ip6tables only).',
      phrase: 'AH header length is {not}{value}',
    },
    {
      names: ['--ahres'],
      arity: 0,
      family: 'ipv6',
      doc: 'Also require the reserved field of the AH header to be zero (ip6tables only).',
      phrase: 'AH reserved field is zero',
    },
  ],
};
