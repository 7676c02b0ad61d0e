// SNPT: stateless IPv6 prefix translation of the source (RFC 6296).
import type { ModuleSpec, ValueType } from '../types';

// Measured: the kernel refuses a prefix longer than /64 (no /length counts as /128)
// or one with address bits set after its length (dead::beef/64).
const npt64: ValueType = { kind: 'prefix', maxLength: 64, hostBitsRefused: true };

export const snptTarget: ModuleSpec = {
  name: 'SNPT',
  kind: 'target',
  families: ['ipv6'],
  summary: 'Swaps the IPv6 source prefix for another one, without tracking connections (NPTv6).',
  action: 'get their IPv6 source prefix swapped and continue to the next rule',
  doc: [
    'Stateless network prefix translation (RFC 6296): the source prefix `--src-pfx` is replaced by `--dst-pfx`, and the rest of the address is adjusted so checksums stay valid.',
    'It is the outbound half of a pair with `DNPT`. Both prefixes must be 64 bits long or shorter. Connection tracking is usually turned off for these packets (`-j CT --notrack` in the raw table).',
    'Only allowed in the `mangle` table, chains POSTROUTING and INPUT. The packet continues with the next rule.',
  ].join('\n'),
  allowedIn: ['mangle/INPUT', 'mangle/POSTROUTING'],
  options: [
    {
      names: ['--src-pfx'],
      arity: 1,
      value: npt64,
      mandatory: true,
      doc: 'The internal prefix the packets come from, such as fd00:1::/64 (write the length, at most /64; the address must end in zeros after the prefix).',
      phrase: 'from prefix {value}',
    },
    {
      names: ['--dst-pfx'],
      arity: 1,
      value: npt64,
      mandatory: true,
      doc: 'The prefix to put in its place, usually the public one (write the length, at most /64; the address must end in zeros after the prefix).',
      phrase: 'to prefix {value}',
    },
  ],
};
