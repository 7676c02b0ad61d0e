// connlabel: up to 128 on/off labels attached to a connection.
import type { ModuleSpec } from '../types';

export const connlabelMatch: ModuleSpec = {
  name: 'connlabel',
  kind: 'match',
  families: ['ipv4', 'ipv6'],
  summary: 'Matches (and can set) a named on/off label on the packet\'s connection.',
  doc: [
    'Connection labels are like a connection mark, but made of 128 separate bits that can all be on at the same time.',
    '`--label` names one bit, by number (0-127) or by a name from `/etc/xtables/connlabel.conf`; with `--set` the rule also switches it on.',
    '',
    'Example: label connections from the office, then accept them later:',
    '`-A PREROUTING -t mangle -s 10.1.0.0/16 -m connlabel --label 3 --set`',
    '`-A FORWARD -m connlabel --label 3 -j ACCEPT`',
  ].join('\n'),
  external: 'Label names (not numbers) are looked up in /etc/xtables/connlabel.conf on the machine that loads the rules.',
  options: [
    {
      names: ['--label'],
      arity: 1,
      value: { kind: 'other', reader: 'connLabel', hint: 'a label number 0-127, or a label name from /etc/xtables/connlabel.conf' },
      negatable: true,
      mandatory: true,
      doc: 'The label to test: a number from 0 to 127 or a name from /etc/xtables/connlabel.conf.',
      phrase: 'the connection {not}has label {value}',
    },
    {
      names: ['--set'],
      arity: 0,
      doc: 'Switch the label on for the connection if it is not on yet (then the rule matches).',
      phrase: 'the label is switched on',
    },
  ],
};
