// TOS: rewrites the IPv4 type-of-service byte or the IPv6 traffic class.
import type { ModuleSpec } from '../types';
import { u8 } from '../values/numbers';
import { tosNameList } from '../values/tosNames';
import { mangleChains } from './common';
import { exclusive } from '../optionGroups';

const actions = ['--set-tos', '--and-tos', '--or-tos', '--xor-tos'];
const others = exclusive(actions);

export const tosTarget: ModuleSpec = {
  name: 'TOS',
  kind: 'target',
  families: ['ipv4', 'ipv6'],
  summary: 'Changes the type-of-service byte (IPv4) or traffic class (IPv6) of the packet.',
  action: 'get their type-of-service field changed and continue to the next rule',
  doc: [
    'Rewrites the 8-bit type-of-service field, an older way than DSCP to ask routers for low delay or high throughput.',
    'Give exactly one of `--set-tos`, `--and-tos`, `--or-tos` or `--xor-tos`.',
    'A symbolic name such as `Minimize-Delay` replaces only the low 6 bits of the field.',
    'Only allowed in the `mangle` table; the packet continues with the next rule.',
  ].join('\n'),
  allowedIn: mangleChains,
  // iptables refuses the target without one of these operations.
  requiresOneOf: [actions],
  options: [
    {
      names: ['--set-tos'],
      arity: 1,
      // value[/mask] (0-255 each) or a name compared case-insensitively:
      // Minimize-Delay, Maximize-Throughput, Maximize-Reliability, Minimize-Cost, Normal-Service.
      value: {
        kind: 'other', reader: 'tosValue',
        hint: `value[/mask] of 0-255 each, or ${tosNameList}`,
      },
      excludes: others('--set-tos'),
      doc: 'Set the bits given in the mask (default all) to the value, or use a name such as Minimize-Delay.',
      phrase: 'setting the TOS to {value}',
    },
    {
      names: ['--and-tos'],
      arity: 1,
      value: u8,
      excludes: others('--and-tos'),
      doc: 'Keep only the TOS bits that are also set in this number.',
      phrase: 'ANDing the TOS with {value}',
    },
    {
      names: ['--or-tos'],
      arity: 1,
      value: u8,
      excludes: others('--or-tos'),
      doc: 'Turn on the TOS bits set in this number.',
      phrase: 'ORing the TOS with {value}',
    },
    {
      names: ['--xor-tos'],
      arity: 1,
      value: u8,
      excludes: others('--xor-tos'),
      doc: 'Flip the TOS bits set in this number.',
      phrase: 'XORing the TOS with {value}',
    },
  ],
};
