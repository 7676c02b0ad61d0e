// DNPT: stateless IPv6 prefix translation of the destination (RFC 6296).
import type { ModuleSpec, ValueType } from '../types';

// Measured: the kernel refuses a prefix longer than /64 (no /length counts as /128)
// or one with address bits set after its length (dead::beef/64).
const npt64: ValueType = { kind: 'prefix', maxLength: 64, hostBitsRefused: true };

export const dnptTarget: ModuleSpec = {
  name: 'DNPT',
  kind: 'target',
  families: ['ipv6'],
  summary: 'Swaps the IPv6 destination prefix for another one, without tracking connections (NPTv6).',
  action: 'get their IPv6 destination prefix swapped and continue to the next rule',
  doc: [
    'Stateless network prefix translation (RFC 6296): the destination prefix `--src-pfx` is replaced by `--dst-pfx`, and the rest of the address is adjusted so checksums stay valid.',
    'It is the inbound half of a pair with `SNPT`. Both prefixes must be 64 bits long or shorter. Connection tracking is usually turned off for these packets (`-j CT --notrack` in the raw table).',
    'Only allowed in the `mangle` table, chains PREROUTING and OUTPUT. The packet continues with the next rule.',
  ].join('\n'),
  allowedIn: ['mangle/PREROUTING', 'mangle/OUTPUT'],
  options: [
    {
      names: ['--src-pfx'],
      arity: 1,
      value: npt64,
      mandatory: true,
      doc: 'The prefix the packets are addressed to now, such as 2001:db8:1::/64 (write the length, at most /64; the address must end in zeros after the prefix).',
      phrase: 'from prefix {value}',
    },
    {
      names: ['--dst-pfx'],
      arity: 1,
      value: npt64,
      mandatory: true,
      doc: 'The prefix to put in its place (write the length, at most /64; the address must end in zeros after the prefix).',
      phrase: 'to prefix {value}',
    },
  ],
};
