// CLASSIFY: picks the traffic-control class the packet is queued in on the way out.
import type { ModuleSpec } from '../types';
import { atHooks } from '../tables';

export const classifyTarget: ModuleSpec = {
  name: 'CLASSIFY',
  kind: 'target',
  families: ['ipv4', 'ipv6'],
  summary: 'Puts the packet into a traffic-control (tc) class for shaping on the outgoing interface.',
  action: 'are put in a traffic-control class for shaping and continue to the next rule',
  doc: [
    'Sets the packet\'s priority field to a `tc` class such as `1:10`, so a classful queueing discipline (HTB, HFSC...) on the outgoing interface can queue it there.',
    'Only works where the outgoing interface is known: FORWARD, OUTPUT and POSTROUTING chains.',
    'The packet continues with the next rule.',
  ].join('\n'),
  // The kernel takes it at these hooks only, in every table that has them.
  allowedIn: atHooks('FORWARD', 'OUTPUT', 'POSTROUTING'),
  options: [
    {
      names: ['--set-class'],
      arity: 1,
      // sscanf("%x:%x"): both parts are hexadecimal without 0x; "1" or "1:" are refused.
      value: { kind: 'other', reader: 'tcClass', hint: 'MAJOR:MINOR, two hexadecimal numbers such as 1:10 or 0000:ffff' },
      mandatory: true,
      doc: 'The tc class as MAJOR:MINOR, both in hexadecimal the way tc writes them, such as 1:10.',
      phrase: 'tc class {value}',
    },
  ],
};
