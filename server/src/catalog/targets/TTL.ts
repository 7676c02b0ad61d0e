// TTL: changes the IPv4 time-to-live field.
import type { ModuleSpec } from '../types';
import { u8 } from '../values/numbers';
import { mangleChains } from './common';
import { exclusive } from '../optionGroups';

const actions = ['--ttl-set', '--ttl-dec', '--ttl-inc'];
const others = exclusive(actions);

export const ttlTarget: ModuleSpec = {
  name: 'TTL',
  kind: 'target',
  families: ['ipv4'],
  counterpart: 'HL',
  summary: 'Sets, raises or lowers the IPv4 time-to-live (TTL) of the packet.',
  action: 'get their TTL changed and continue to the next rule',
  doc: [
    'The TTL counts how many more routers an IPv4 packet may cross. This target changes it; give exactly one of `--ttl-set`, `--ttl-dec` or `--ttl-inc`.',
    'Setting it too low can make packets vanish silently. Only allowed in the `mangle` table; the packet continues with the next rule.',
  ].join('\n'),
  allowedIn: mangleChains,
  // iptables refuses the target without one of these operations.
  requiresOneOf: [actions],
  options: [
    {
      names: ['--ttl-set'],
      arity: 1,
      value: u8,
      excludes: others('--ttl-set'),
      doc: 'Set the TTL to this value, 0-255.',
      phrase: 'setting the TTL to {value}',
    },
    {
      names: ['--ttl-dec'],
      arity: 1,
      value: { kind: 'number', min: 1, max: 255, hex: true },
      excludes: others('--ttl-dec'),
      doc: 'Lower the TTL by this amount, 1-255.',
      phrase: 'lowering the TTL by {value}',
    },
    {
      names: ['--ttl-inc'],
      arity: 1,
      value: { kind: 'number', min: 1, max: 255, hex: true },
      excludes: others('--ttl-inc'),
      doc: 'Raise the TTL by this amount, 1-255.',
      phrase: 'raising the TTL by {value}',
    },
  ],
};
