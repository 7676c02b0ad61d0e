// HL: changes the IPv6 hop limit (the IPv6 counterpart of TTL).
import type { ModuleSpec } from '../types';
import { u8 } from '../values/numbers';
import { mangleChains } from './common';
import { exclusive } from '../optionGroups';

const actions = ['--hl-set', '--hl-dec', '--hl-inc'];
const others = exclusive(actions);

export const hlTarget: ModuleSpec = {
  name: 'HL',
  kind: 'target',
  families: ['ipv6'],
  counterpart: 'TTL',
  summary: 'Sets, raises or lowers the IPv6 hop limit of the packet.',
  action: 'get their hop limit changed and continue to the next rule',
  doc: [
    'The hop limit counts how many more routers an IPv6 packet may cross. This target changes it; give exactly one of `--hl-set`, `--hl-dec` or `--hl-inc`.',
    'Setting it too low can make packets vanish silently. Only allowed in the `mangle` table; the packet continues with the next rule.',
  ].join('\n'),
  allowedIn: mangleChains,
  // iptables refuses the target without one of these operations.
  requiresOneOf: [actions],
  options: [
    {
      names: ['--hl-set'],
      arity: 1,
      value: u8,
      excludes: others('--hl-set'),
      doc: 'Set the hop limit to this value, 0-255.',
      phrase: 'setting the hop limit to {value}',
    },
    {
      names: ['--hl-dec'],
      arity: 1,
      value: { kind: 'number', min: 1, max: 255, hex: true },
      excludes: others('--hl-dec'),
      doc: 'Lower the hop limit by this amount, 1-255.',
      phrase: 'lowering the hop limit by {value}',
    },
    {
      names: ['--hl-inc'],
      arity: 1,
      value: { kind: 'number', min: 1, max: 255, hex: true },
      excludes: others('--hl-inc'),
      doc: 'Raise the hop limit by this amount, 1-255.',
      phrase: 'raising the hop limit by {value}',
    },
  ],
};
