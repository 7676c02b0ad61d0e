// The TCP flag names iptables understands in --tcp-flags (tcp match) and similar options.
// iptables compares them case-insensitively; ECE and CWR are not accepted here.
// `value` is the flag's bit in the TCP header (ALL and NONE: all six, none).
import type { EnumWord } from '../types';

export const tcpFlags: EnumWord[] = [
  { word: 'SYN', value: 2, doc: 'Synchronise: set on the first packets that open a connection.' },
  { word: 'ACK', value: 16, doc: 'Acknowledge: set on almost every packet after the first one.' },
  { word: 'FIN', value: 1, doc: 'Finish: the sender has no more data and is closing its side.' },
  { word: 'RST', value: 4, doc: 'Reset: the connection is aborted at once.' },
  { word: 'URG', value: 32, doc: 'Urgent: the urgent pointer field is in use (rare today).' },
  { word: 'PSH', value: 8, doc: 'Push: the receiver should hand the data to the application right away.' },
  { word: 'ALL', value: 63, doc: 'Shorthand for all six flags above.' },
  { word: 'NONE', value: 0, doc: 'Shorthand for no flag at all.' },
];
