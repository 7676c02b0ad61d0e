// Syslog levels that LOG --log-level takes. iptables 1.8.9 accepts a number 0-7
// or one of these exact lower-case names (no "err", no "warn", no capitals);
// iptables-save prints the number, so each number is listed as an alias.
import type { EnumWord, ValueType } from '../types';

export const logLevels: EnumWord[] = [
  {
    word: 'emerg',
    aliases: ['0', 'panic'],
    doc: 'Level 0, emergency: the most severe level; many systems send it to every logged-in terminal. `panic` is an old spelling.',
  },
  { word: 'alert', aliases: ['1'], doc: 'Level 1, alert: something needs fixing at once.' },
  { word: 'crit', aliases: ['2'], doc: 'Level 2, critical condition.' },
  { word: 'error', aliases: ['3'], doc: 'Level 3, error. Note that iptables spells it `error`, not `err`.' },
  { word: 'warning', aliases: ['4'], doc: 'Level 4, warning: the default level of the LOG target.' },
  { word: 'notice', aliases: ['5'], doc: 'Level 5, notice: normal but worth noting.' },
  { word: 'info', aliases: ['6'], doc: 'Level 6, informational.' },
  { word: 'debug', aliases: ['7'], doc: 'Level 7, debug: the least severe level; often not written to disk by default.' },
];

/** The value of `--log-level`: names are case-sensitive in iptables 1.8.9, and read by a reader of their own (it explains `err`, `warn`). */
export const logLevelValue: ValueType = { kind: 'enum', values: logLevels, reader: 'logLevel' };
