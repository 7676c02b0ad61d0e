// cgroup: which control group owns the local socket a packet belongs to.
import type { ModuleSpec } from '../types';
import { u32 } from '../values/numbers';
import { atHooks } from '../tables';

export const cgroupMatch: ModuleSpec = {
  name: 'cgroup',
  kind: 'match',
  families: ['ipv4', 'ipv6'],
  summary: 'Matches packets of local sockets that belong to a given control group (a service, a container...).',
  doc: [
    'Every socket remembers the control group of the process that opened it; this match tests that group.',
    'Give exactly one of `--path` (a cgroup v2 directory, relative to the cgroup2 root) or `--cgroup` (a net_cls class id).',
    '',
    'Only packets that have a local socket can match, so it is meant for OUTPUT; on INPUT it only works for some early-demultiplexed packets.',
    'The kernel refuses it in PREROUTING and FORWARD.',
    '',
    'Example: stop one service from sending anything:',
    '`-A OUTPUT -m cgroup --path system.slice/backup.service -j DROP`',
  ].join('\n'),
  external: '--path must name a cgroup v2 directory that exists on the machine when the rules are loaded; --cgroup needs net_cls class ids set by the system.',
  // The kernel takes it at these hooks only, in every table that has them.
  allowedIn: atHooks('INPUT', 'OUTPUT', 'POSTROUTING'),
  // iptables refuses the module without at least one option of each group.
  requiresOneOf: [['--path', '--cgroup']],
  options: [
    {
      names: ['--path'],
      arity: 1,
      // Revision 2 of the kernel match stores 512 bytes; the kernel looks the path up when the rule is loaded.
      value: { kind: 'string', maxLength: 511 },
      negatable: true,
      excludes: ['--cgroup'],
      doc: 'The cgroup v2 directory (relative to the cgroup2 root) whose processes\' sockets match, including every group below it.',
      phrase: 'the socket is {not}in cgroup {value}',
    },
    {
      names: ['--cgroup'],
      arity: 1,
      value: u32,
      negatable: true,
      excludes: ['--path'],
      doc: 'The net_cls class id (set through the net_cls cgroup controller) the socket must carry.',
      phrase: 'the socket\'s net_cls class id is {not}{value}',
    },
  ],
};
