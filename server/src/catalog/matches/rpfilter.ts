// rpfilter: reverse path filtering - would a reply to this source leave through the interface it came in on?
import type { ModuleSpec } from '../types';

export const rpfilterMatch: ModuleSpec = {
  name: 'rpfilter',
  kind: 'match',
  families: ['ipv4', 'ipv6'],
  summary: 'Matches packets whose source address would be routed back out through the interface they arrived on (anti-spoofing).',
  doc: [
    'Looks up the route back to the packet\'s source. If that route would not use the interface the packet came in on,',
    'the source address is probably forged. Only allowed in the PREROUTING chains of the raw and mangle tables.',
    '',
    'By default it matches packets that pass the test; add `--invert` to match the suspicious ones.',
    '',
    'Example: drop spoofed packets early:',
    '`-t raw -A PREROUTING -m rpfilter --invert -j DROP`',
  ].join('\n'),
  allowedIn: ['mangle/PREROUTING', 'raw/PREROUTING'],
  options: [
    {
      names: ['--loose'],
      arity: 0,
      doc: 'Accept the source if it is reachable through any interface, not only the one the packet came in on.',
      phrase: 'any interface counts as the way back',
    },
    {
      names: ['--validmark'],
      arity: 0,
      doc: 'Use the packet\'s firewall mark in the route lookup, for setups that route by mark.',
      phrase: 'the packet mark is used in the route lookup',
    },
    {
      names: ['--accept-local'],
      arity: 0,
      doc: 'Do not treat packets from one of this machine\'s own addresses as failing the test.',
      phrase: 'local source addresses are accepted',
    },
    {
      names: ['--invert'],
      arity: 0,
      doc: 'Match packets that fail the test instead of those that pass it (this module takes no `!`).',
      phrase: 'the reverse path test fails',
    },
  ],
};
