// iprange: an arbitrary first-last address range, where a prefix does not fit.
import type { ModuleSpec } from '../types';

export const iprangeMatch: ModuleSpec = {
  name: 'iprange',
  kind: 'match',
  families: ['ipv4', 'ipv6'],
  summary: 'Matches source or destination addresses within a first-last range.',
  doc: [
    'Useful when a range does not line up with a /prefix, such as 192.168.1.10-192.168.1.20.',
    'At least one of `--src-range` or `--dst-range` is needed. Addresses must be numeric (no host names, no /prefix).',
    '',
    'Example: accept a block of office machines:',
    '`-A INPUT -m iprange --src-range 192.168.1.10-192.168.1.20 -j ACCEPT`',
  ].join('\n'),
  // iptables refuses the module without at least one option of each group.
  requiresOneOf: [['--src-range', '--dst-range']],
  options: [
    {
      names: ['--src-range'],
      arity: 1,
      reading: { numericOnly: true },
      // A single address is accepted too; a reversed range is accepted but never matches.
      value: { kind: 'addressRange' },
      negatable: true,
      doc: 'The source address must lie in this range, written first-last (both ends included).',
      phrase: 'source address is {not}in {value}',
    },
    {
      names: ['--dst-range'],
      arity: 1,
      reading: { numericOnly: true },
      value: { kind: 'addressRange' },
      negatable: true,
      doc: 'The destination address must lie in this range, written first-last (both ends included).',
      phrase: 'destination address is {not}in {value}',
    },
  ],
};
