// owner: the local user, group or socket behind a packet this machine sends.
import type { ModuleSpec } from '../types';
import { atHooks } from '../tables';

export const ownerMatch: ModuleSpec = {
  name: 'owner',
  kind: 'match',
  families: ['ipv4', 'ipv6'],
  summary: 'Matches locally created packets by the user or group of the program that sent them.',
  doc: [
    'Only packets produced on this machine have an owner, so the rule must be in OUTPUT or POSTROUTING.',
    'Forwarded and some kernel-generated packets have no socket and never match a user or group.',
    'At least one of `--uid-owner`, `--gid-owner` or `--socket-exists` is needed.',
    '',
    'Example: only let user `www-data` talk to the database port:',
    '`-A OUTPUT -p tcp --dport 5432 -m owner ! --uid-owner www-data -j REJECT`',
  ].join('\n'),
  // The kernel takes it at these hooks only, in every table that has them.
  allowedIn: atHooks('OUTPUT', 'POSTROUTING'),
  external: 'User and group names are looked up on the machine that loads the rules.',
  // iptables refuses the module without at least one option of each group.
  requiresOneOf: [['--uid-owner', '--gid-owner', '--socket-exists']],
  options: [
    {
      names: ['--uid-owner'],
      arity: 1,
      // name, number, or range first-last / first:last (numbers up to 4294967294).
      value: { kind: 'owner', what: 'user' },
      negatable: true,
      doc: 'The user (name, number, or range of numbers like 1000-1999) whose program sent the packet.',
      phrase: 'sending user is {not}{value}',
    },
    {
      names: ['--gid-owner'],
      arity: 1,
      value: { kind: 'owner', what: 'group' },
      negatable: true,
      doc: 'The group (name, number, or range of numbers) of the program that sent the packet.',
      phrase: 'sending group is {not}{value}',
    },
    {
      names: ['--socket-exists'],
      arity: 0,
      negatable: true,
      doc: 'Matches when the packet belongs to a local socket at all.',
      phrase: 'the packet is {not}from a local socket',
    },
    {
      names: ['--suppl-groups'],
      requires: ['--gid-owner'],
      requiresBefore: true,
      arity: 0,
      // iptables refuses it unless --gid-owner appears earlier in the same match.
      doc: 'Also count the sender\'s supplementary groups for `--gid-owner`; must come after `--gid-owner`.',
      phrase: 'supplementary groups also count',
    },
  ],
};
