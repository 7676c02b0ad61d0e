// ECN: edits Explicit Congestion Notification bits (IPv4 only).
import type { ModuleSpec } from '../types';
import { mangleChains } from './common';

export const ecnTarget: ModuleSpec = {
  name: 'ECN',
  kind: 'target',
  families: ['ipv4'],
  summary: 'Changes the ECN (congestion notification) bits of IPv4 packets, typically to remove them.',
  action: 'get their ECN bits changed and continue to the next rule',
  doc: [
    'Works around broken routers or hosts that mishandle Explicit Congestion Notification, by clearing or setting the ECN bits.',
    '`--ecn-tcp-remove` clears the ECN bits of the TCP header; the TCP options need `-p tcp` on the rule. `--ecn-ip-ect` changes the two ECN bits of the IP header and works for any protocol.',
    'Give at least one option. Only allowed in the `mangle` table; the packet continues with the next rule.',
  ].join('\n'),
  allowedIn: mangleChains,
  // iptables refuses the target without one of these operations.
  requiresOneOf: [['--ecn-tcp-remove', '--ecn-tcp-cwr', '--ecn-tcp-ece', '--ecn-ip-ect']],
  options: [
    {
      names: ['--ecn-tcp-remove'],
      arity: 0,
      protocols: ['tcp'],
      excludes: ['--ecn-tcp-cwr', '--ecn-tcp-ece'],
      doc: 'Clear both ECN bits (ECE and CWR) in the TCP header.',
      phrase: 'removing the TCP ECN bits',
    },
    {
      names: ['--ecn-tcp-cwr'],
      arity: 1,
      value: { kind: 'number', min: 0, max: 1, hex: true },
      protocols: ['tcp'],
      excludes: ['--ecn-tcp-remove'],
      doc: 'Set (1) or clear (0) the CWR bit of the TCP header.',
      phrase: 'setting the TCP CWR bit to {value}',
    },
    {
      names: ['--ecn-tcp-ece'],
      arity: 1,
      value: { kind: 'number', min: 0, max: 1, hex: true },
      protocols: ['tcp'],
      excludes: ['--ecn-tcp-remove'],
      doc: 'Set (1) or clear (0) the ECE bit of the TCP header.',
      phrase: 'setting the TCP ECE bit to {value}',
    },
    {
      names: ['--ecn-ip-ect'],
      arity: 1,
      value: { kind: 'number', min: 0, max: 3, hex: true },
      doc: 'Set the two ECN bits of the IP header to this value, 0-3.',
      phrase: 'setting the IP ECN field to {value}',
    },
  ],
};
