// comment: a note stored with the rule; it never affects which packets match.
import type { ModuleSpec } from '../types';

export const commentMatch: ModuleSpec = {
  name: 'comment',
  kind: 'match',
  families: ['ipv4', 'ipv6'],
  summary: 'Attaches a text note to the rule; it matches every packet.',
  doc: [
    'Stores a short text in the kernel together with the rule, so `iptables-save` and `iptables -L` show it later.',
    'It does not change what the rule does. Quote comments that contain spaces.',
    '',
    'Example:',
    '`-A INPUT -i eth1 -m comment --comment "office LAN" -j ACCEPT`',
  ].join('\n'),
  options: [
    {
      names: ['--comment'],
      arity: 1,
      // The kernel keeps 256 bytes with the final NUL; iptables silently cuts longer text to 255.
      value: { kind: 'string', maxLength: 255 },
      mandatory: true,
      doc: 'The note to keep with the rule (up to 255 bytes; longer text is cut off).',
      phrase: 'comment: {value}',
    },
  ],
};
