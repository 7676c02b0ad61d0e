// quota: a byte budget that counts down as packets match; the counter lives in the rule.
import type { ModuleSpec } from '../types';

export const quotaMatch: ModuleSpec = {
  name: 'quota',
  kind: 'match',
  stateful: true,
  families: ['ipv4', 'ipv6'],
  summary: 'Matches packets until a number of bytes has passed through the rule, then stops matching.',
  doc: [
    'Each matching packet\'s size is taken off the budget; once the budget is used up the rule no longer matches.',
    'The budget starts again whenever the rules are reloaded.',
    '',
    'Example: allow the first 1 GB, then drop:',
    '`-A OUTPUT -m quota --quota 1000000000 -j ACCEPT`',
    '`-A OUTPUT -j DROP`',
  ].join('\n'),
  options: [
    {
      names: ['--quota'],
      arity: 1,
      // Up to 18446744073709551615 (64 bits), plain bytes, no k/M suffixes.
      value: { kind: 'number', min: 0, hex: true },
      negatable: true,
      mandatory: true,
      doc: 'Number of bytes allowed before the rule stops matching (plain bytes, no suffixes).',
      phrase: 'traffic is {not}within the first {value} bytes',
    },
  ],
};
