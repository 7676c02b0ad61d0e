// limit: a token bucket shared by every packet that reaches the rule.
import type { ModuleSpec } from '../types';

export const limitMatch: ModuleSpec = {
  name: 'limit',
  kind: 'match',
  stateful: true,
  families: ['ipv4', 'ipv6'],
  summary: 'Matches packets only up to an average rate, with a small burst allowance.',
  doc: [
    'Lets packets through this rule until a rate is reached; packets above the rate do not match and go on to the next rule.',
    'One counter is shared by all packets reaching the rule (use `hashlimit` for a counter per address).',
    '',
    'Without options it allows 3 packets per hour after a burst of 5.',
    '',
    'Example: log at most 5 packets a minute:',
    '`-A INPUT -m limit --limit 5/min --limit-burst 10 -j LOG`',
  ].join('\n'),
  options: [
    {
      names: ['--limit'],
      arity: 1,
      // Units: any prefix of second/minute/hour/day, any case (5/s, 5/min, 5/Hour); a bare number is per second. 1 to 10000 per second.
      value: { kind: 'rate' },
      doc: 'Average number of packets allowed, such as 5/min or 10/second; a bare number means per second.',
      phrase: 'packets keep under {value} on average',
    },
    {
      names: ['--limit-burst'],
      arity: 1,
      // iptables takes 0..10000, the kernel refuses 0 and bursts that overflow with slow rates (1/day with 5).
      value: { kind: 'number', min: 1, max: 10000, hex: true },
      doc: 'How many packets may pass at once before the average rate starts to apply (default 5).',
      phrase: 'a burst of up to {value} packets is allowed',
    },
  ],
};
