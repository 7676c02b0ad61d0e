// AUDIT: writes a kernel audit record about the packet and lets it continue.
import type { ModuleSpec } from '../types';

export const auditTarget: ModuleSpec = {
  name: 'AUDIT',
  kind: 'target',
  families: ['ipv4', 'ipv6'],
  summary: 'Writes a record to the kernel audit log about the packet, then goes on to the next rule.',
  action: 'are recorded in the kernel audit log and continue to the next rule',
  doc: [
    'Sends a record about the packet to the Linux audit system (read it with `ausearch` or in the audit log).',
    'It does not decide the packet\'s fate: put it just before the rule that accepts, drops or rejects, and say which one with `--type`.',
    '',
    'Example: `-A INPUT -p tcp --dport 23 -j AUDIT --type drop` followed by `-A INPUT -p tcp --dport 23 -j DROP`.',
  ].join('\n'),
  options: [
    {
      names: ['--type'],
      arity: 1,
      // Compared case-insensitively (ACCEPT works too).
      value: {
        kind: 'enum',
        caseInsensitive: true,
        values: [
          { word: 'accept', doc: 'Record that the packet is being let through.' },
          { word: 'drop', doc: 'Record that the packet is being thrown away.' },
          { word: 'reject', doc: 'Record that the packet is being refused with a reply.' },
        ],
      },
      mandatory: true,
      doc: 'The action written in the audit record: accept, drop or reject.',
      phrase: 'noted as {value}',
    },
  ],
};
