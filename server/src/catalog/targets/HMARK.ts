// HMARK: sets the packet mark from a hash of addresses and ports, to spread load.
import type { ModuleSpec, ValueType } from '../types';
import { u16, u32 } from '../values/numbers';

// A prefix length (0-32 or 0-128 by family) or a full netmask such as 255.255.255.0.
const prefixLength: ValueType = { kind: 'prefixLength' };

export const hmarkTarget: ModuleSpec = {
  name: 'HMARK',
  kind: 'target',
  families: ['ipv4', 'ipv6'],
  summary: 'Sets the packet mark to a hash of chosen header fields, to spread flows over several paths.',
  action: 'get a packet mark computed from a hash of their headers and continue to the next rule',
  doc: [
    'Computes a hash from the fields you choose (addresses, ports, protocol...) and sets the packet mark to `offset + hash % mod`.',
    'All packets of a flow get the same mark, so routing rules or queues keyed on the mark can share traffic between links or servers.',
    '`--hmark-mod` and `--hmark-rnd` are required, and so is `--hmark-tuple` or at least one of the prefix or mask options.',
    'The packet continues with the next rule.',
    '',
    'Example: `-t mangle -A PREROUTING -j HMARK --hmark-tuple src,dst,proto --hmark-mod 4 --hmark-offset 100 --hmark-rnd 0xcafe`.',
  ].join('\n'),
  options: [
    {
      names: ['--hmark-tuple'],
      arity: 1,
      reading: { enumMatching: 'prefix' },
      // Words are compared case-insensitively and may be shortened (s = src). spi cannot be combined with sport/dport.
      value: {
        kind: 'enum',
        list: true,
        together: true,
        caseInsensitive: true,
        values: [
          { word: 'src', doc: 'The source address.' },
          { word: 'dst', doc: 'The destination address.' },
          { word: 'sport', doc: 'The source port (TCP, UDP, UDP-Lite, SCTP, DCCP).' },
          { word: 'dport', doc: 'The destination port (TCP, UDP, UDP-Lite, SCTP, DCCP).' },
          { word: 'spi', doc: 'The IPsec security parameter index (AH, ESP); not together with sport or dport.' },
          { word: 'proto', doc: 'The layer 4 protocol number.' },
          { word: 'ct', doc: 'Take the fields from the tracked connection instead of the packet, so both directions of a connection get the same mark.' },
        ],
      },
      doc: 'Comma separated list of the fields to hash: src, dst, sport, dport, spi, proto, ct.',
      phrase: 'hashing {value}',
    },
    {
      names: ['--hmark-mod'],
      arity: 1,
      value: { kind: 'number', min: 1, max: 4294967295, hex: true },
      mandatory: true,
      doc: 'How many different marks to produce: the hash is taken modulo this number (at least 1).',
      phrase: 'over {value} buckets',
    },
    {
      names: ['--hmark-offset'],
      arity: 1,
      value: u32,
      doc: 'Added to the result, so marks start at this number instead of 0.',
      phrase: 'starting at mark {value}',
    },
    {
      names: ['--hmark-rnd'],
      arity: 1,
      value: u32,
      mandatory: true,
      doc: 'A number mixed into the hash; pick any value, but use the same one wherever marks must agree.',
      phrase: 'with hash seed {value}',
    },
    {
      names: ['--hmark-src-prefix'],
      arity: 1,
      value: prefixLength,
      doc: 'Hash only this many leading bits of the source address (a prefix length).',
      phrase: 'using the first {value} bits of the source address',
    },
    {
      names: ['--hmark-dst-prefix'],
      arity: 1,
      value: prefixLength,
      doc: 'Hash only this many leading bits of the destination address (a prefix length).',
      phrase: 'using the first {value} bits of the destination address',
    },
    {
      names: ['--hmark-sport-mask'],
      arity: 1,
      value: u16,
      excludes: ['--hmark-spi-mask'],
      doc: 'Hash only the source-port bits set in this 16-bit mask, such as 0xffff.',
      phrase: 'masking the source port with {value}',
    },
    {
      names: ['--hmark-dport-mask'],
      arity: 1,
      value: u16,
      excludes: ['--hmark-spi-mask'],
      doc: 'Hash only the destination-port bits set in this 16-bit mask.',
      phrase: 'masking the destination port with {value}',
    },
    {
      names: ['--hmark-spi-mask'],
      arity: 1,
      value: u32,
      excludes: ['--hmark-sport-mask', '--hmark-dport-mask'],
      doc: 'Hash only the IPsec SPI bits set in this 32-bit mask.',
      phrase: 'masking the SPI with {value}',
    },
    {
      names: ['--hmark-proto-mask'],
      arity: 1,
      value: u16,
      doc: 'Hash only the protocol-number bits set in this mask.',
      phrase: 'masking the protocol with {value}',
    },
    {
      names: ['--hmark-sport'],
      arity: 1,
      value: u16,
      doc: 'OR this number into the source port before hashing.',
      phrase: 'ORing {value} into the source port',
    },
    {
      names: ['--hmark-dport'],
      arity: 1,
      value: u16,
      doc: 'OR this number into the destination port before hashing.',
      phrase: 'ORing {value} into the destination port',
    },
    {
      names: ['--hmark-spi'],
      arity: 1,
      value: u32,
      doc: 'OR this number into the IPsec SPI before hashing.',
      phrase: 'ORing {value} into the SPI',
    },
  ],
};
