// tos: the IPv4 Type of Service byte / IPv6 Traffic Class.
import type { ModuleSpec } from '../types';
import { tosNameList } from '../values/tosNames';

export const tosMatch: ModuleSpec = {
  name: 'tos',
  kind: 'match',
  families: ['ipv4', 'ipv6'],
  summary: 'Matches the Type of Service byte (IPv4) or Traffic Class (IPv6) of the packet.',
  doc: [
    'The byte carries priority hints. Give a number with an optional /mask (only the mask\'s bits are compared),',
    'or one of the old names Minimize-Delay (0x10), Maximize-Throughput (0x08), Maximize-Reliability (0x04),',
    'Minimize-Cost (0x02), Normal-Service (0x00); a name compares the low six bits (mask 0x3f).',
    'To look at the DSCP part only, the `dscp` match is usually clearer.',
    '',
    'Example: prioritise interactive traffic:',
    '`-t mangle -A PREROUTING -m tos --tos Minimize-Delay -j MARK --set-mark 1`',
  ].join('\n'),
  options: [
    {
      names: ['--tos'],
      arity: 1,
      // value[/mask] with values 0-255, or a symbolic name (any case, no mask).
      value: {
        kind: 'other', reader: 'tosValue',
        hint: `a number 0-255 (0x.. allowed) with optional /mask, or ${tosNameList}`,
      },
      negatable: true,
      mandatory: true,
      doc: 'The value to compare, as a number with optional /mask or a symbolic name.',
      phrase: 'TOS is {not}{value}',
    },
  ],
};
