// devgroup: the group number of the incoming or outgoing interface (ip link set DEV group N).
import type { ModuleSpec, ValueType } from '../types';
import { inAnyTable } from '../tables';

const group: ValueType = { kind: 'other', reader: 'valueMaskOrName', hint: 'a group number with optional /mask (10, 0x10/0xf0), or a name from /etc/iproute2/group' };

export const devgroupMatch: ModuleSpec = {
  name: 'devgroup',
  kind: 'match',
  families: ['ipv4', 'ipv6'],
  summary: 'Matches by the device group of the incoming or outgoing network interface.',
  doc: [
    'Interfaces can be put in numbered groups (`ip link set eth0 group 10`), so one rule can cover many interfaces.',
    'At least one of `--src-group` or `--dst-group` is needed. Names come from `/etc/iproute2/group` (0 is `default`).',
    '',
    '`--src-group` only works in PREROUTING, INPUT and FORWARD; `--dst-group` only in FORWARD, OUTPUT and POSTROUTING.',
    '',
    'Example: accept traffic arriving on any interface of group 10:',
    '`-A INPUT -m devgroup --src-group 10 -j ACCEPT`',
  ].join('\n'),
  external: 'Group names (not numbers) are looked up in /etc/iproute2/group on the machine that loads the rules.',
  // iptables refuses the module without at least one option of each group.
  requiresOneOf: [['--src-group', '--dst-group']],
  options: [
    {
      names: ['--src-group'],
      allowedIn: inAnyTable('PREROUTING', 'INPUT', 'FORWARD'),
      arity: 1,
      value: group,
      negatable: true,
      // Kernel refuses it outside PREROUTING, INPUT and FORWARD.
      doc: 'The device group of the interface the packet came in on (PREROUTING, INPUT and FORWARD only).',
      phrase: 'incoming interface is {not}in device group {value}',
    },
    {
      names: ['--dst-group'],
      allowedIn: inAnyTable('FORWARD', 'OUTPUT', 'POSTROUTING'),
      arity: 1,
      value: group,
      negatable: true,
      // Kernel refuses it outside FORWARD, OUTPUT and POSTROUTING.
      doc: 'The device group of the interface the packet goes out on (FORWARD, OUTPUT and POSTROUTING only).',
      phrase: 'outgoing interface is {not}in device group {value}',
    },
  ],
};
