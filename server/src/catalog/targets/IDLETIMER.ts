// IDLETIMER: restarts a named timer on every packet; user space hears when it runs out.
import type { ModuleSpec } from '../types';

export const idletimerTarget: ModuleSpec = {
  name: 'IDLETIMER',
  kind: 'target',
  families: ['ipv4', 'ipv6'],
  summary: 'Restarts a named countdown on each packet, so a program can learn when traffic has stopped.',
  action: 'restart an idle timer and continue to the next rule',
  doc: [
    'Each label names one timer; every packet reaching the rule starts it again. When no packet comes for `--timeout` seconds, the kernel notifies user space through `/sys/class/xt_idletimer/timers/LABEL` (used, for instance, to power down an idle radio).',
    'Rules with the same label share the timer. `--timeout` and `--label` are required. The packet continues with the next rule.',
  ].join('\n'),
  options: [
    {
      names: ['--timeout'],
      arity: 1,
      // iptables takes any 32-bit number; the kernel refuses 0 and values of 2147483 or more.
      value: { kind: 'number', min: 1, max: 2147482, hex: true },
      mandatory: true,
      doc: 'Seconds without packets before the notification is sent.',
      phrase: 'firing after {value} idle seconds',
    },
    {
      names: ['--label'],
      arity: 1,
      reading: { forbidden: '/' },
      // Stored in 28 bytes; it becomes a sysfs file name, so the kernel refuses a "/".
      value: { kind: 'string', maxLength: 27 },
      mandatory: true,
      doc: 'Name of the timer, up to 27 characters and without a slash.',
      phrase: 'named {value}',
    },
    {
      names: ['--alarm'],
      arity: 0,
      doc: 'Use an alarm timer, which also wakes a suspended system when it expires.',
      phrase: 'using an alarm timer',
    },
  ],
};
