// CONNSECMARK: copies the SELinux security mark between packet and connection.
import type { ModuleSpec } from '../types';
import { mangleChains, securityChains } from './common';

export const connsecmarkTarget: ModuleSpec = {
  name: 'CONNSECMARK',
  kind: 'target',
  families: ['ipv4', 'ipv6'],
  summary: 'Copies the security (SELinux) mark from the packet to its connection, or back.',
  action: 'get their security mark copied to or from the connection and continue to the next rule',
  doc: [
    'Works together with `SECMARK`: after SECMARK labels the first packet, `--save` stores the label on the connection and `--restore` puts it on every later packet, replies included.',
    'Give exactly one of `--save` or `--restore`. Only allowed in the `mangle` and `security` tables; the packet continues with the next rule.',
    'It has an effect only on systems running SELinux (or another security module using these marks).',
  ].join('\n'),
  allowedIn: [...mangleChains, ...securityChains],
  external: 'Only useful with an LSM such as SELinux that uses security marks (see SECMARK).',
  // iptables refuses the target without one of these operations.
  requiresOneOf: [['--save', '--restore']],
  options: [
    {
      names: ['--save'],
      arity: 0,
      excludes: ['--restore'],
      doc: 'Copy the packet\'s security mark to the connection, unless the connection already has one.',
      phrase: 'from packet to connection',
    },
    {
      names: ['--restore'],
      arity: 0,
      excludes: ['--save'],
      doc: 'Copy the connection\'s security mark onto the packet, if the packet has none yet.',
      phrase: 'from connection to packet',
    },
  ],
};
