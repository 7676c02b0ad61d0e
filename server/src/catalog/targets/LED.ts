// LED: blinks a LED (through the kernel LED trigger framework) on matching packets.
import type { ModuleSpec } from '../types';

export const ledTarget: ModuleSpec = {
  name: 'LED',
  kind: 'target',
  families: ['ipv4', 'ipv6'],
  summary: 'Lights or blinks a LED on the machine when a packet reaches the rule.',
  action: 'make an LED blink and continue to the next rule',
  doc: [
    'Creates a LED trigger named `netfilter-ID`; attach a LED to it through `/sys/class/leds/NAME/trigger` to make it show traffic.',
    '`--led-trigger-id` is required. The packet continues with the next rule.',
    'Needs the kernel\'s xt_LED module and LED support, which servers and containers often lack.',
  ].join('\n'),
  external: 'Needs the xt_LED kernel module and the kernel LED class.',
  options: [
    {
      names: ['--led-trigger-id'],
      arity: 1,
      reading: { lengthRefused: true },
      // The kernel field holds "netfilter-" plus at most 16 characters; iptables refuses longer names.
      value: { kind: 'string', maxLength: 16 },
      mandatory: true,
      doc: 'Name for the trigger, up to 16 characters; the trigger appears as netfilter-NAME.',
      phrase: 'through LED trigger netfilter-{value}',
    },
    {
      names: ['--led-delay'],
      arity: 1,
      value: { kind: 'other', reader: 'ledDelay', hint: 'milliseconds (0-4294967295), or inf to leave the LED on for good' },
      doc: 'How long the LED stays on after a packet, in milliseconds; inf keeps it on.',
      phrase: 'for {value} ms',
    },
    {
      names: ['--led-always-blink'],
      arity: 0,
      doc: 'Blink off and on again for each packet even when the LED is already lit.',
      phrase: 'blinking on every packet',
    },
  ],
};
