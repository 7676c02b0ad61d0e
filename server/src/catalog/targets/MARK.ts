// MARK: sets the packet mark, a number that later rules and routing can test.
import type { ModuleSpec } from '../types';
import { mark32, u32 } from './common';

const operations = ['--set-xmark', '--set-mark', '--and-mark', '--or-mark', '--xor-mark'];
const others = (self: string): string[] => operations.filter((o) => o !== self);

export const markTarget: ModuleSpec = {
  name: 'MARK',
  kind: 'target',
  families: ['ipv4', 'ipv6'],
  summary: 'Sets the packet mark, a private number that later rules, routing and traffic control can act on.',
  action: 'get their firewall mark changed and continue to the next rule',
  doc: [
    'The mark (fwmark) is a 32-bit number the kernel keeps with the packet while it is on this host; it is never sent on the wire.',
    'Policy routing (`ip rule add fwmark ...`), `tc` filters and `-m mark` rules can then treat marked packets differently.',
    'Give exactly one of `--set-mark`, `--set-xmark`, `--and-mark`, `--or-mark` or `--xor-mark`. The packet continues with the next rule.',
    'The mark lasts only for this packet; use `CONNMARK` to remember it for the whole connection.',
  ].join('\n'),
  // iptables refuses the target without one of these operations.
  requiresOneOf: [operations],
  options: [
    {
      names: ['--set-xmark'],
      arity: 1,
      value: mark32,
      excludes: others('--set-xmark'),
      doc: 'Clear the bits given in the mask, then flip the bits given in the value (value/mask; no mask clears all bits first).',
      phrase: 'setting the mark to {value} (clear, then xor)',
    },
    {
      names: ['--set-mark'],
      arity: 1,
      value: mark32,
      excludes: others('--set-mark'),
      doc: 'Set the mark to the value; with value/mask only the bits in the mask are changed.',
      phrase: 'setting the mark to {value}',
    },
    {
      names: ['--and-mark'],
      arity: 1,
      value: u32,
      excludes: others('--and-mark'),
      doc: 'Keep only the mark bits that are also set in this number.',
      phrase: 'ANDing the mark with {value}',
    },
    {
      names: ['--or-mark'],
      arity: 1,
      value: u32,
      excludes: others('--or-mark'),
      doc: 'Turn on the mark bits set in this number.',
      phrase: 'ORing the mark with {value}',
    },
    {
      names: ['--xor-mark'],
      arity: 1,
      value: u32,
      excludes: others('--xor-mark'),
      doc: 'Flip the mark bits set in this number.',
      phrase: 'XORing the mark with {value}',
    },
  ],
};
