// The TCP flag names iptables understands in --tcp-flags (tcp match) and similar options.
// iptables compares them case-insensitively; ECE and CWR are not accepted here.
import type { EnumWord } from '../types';

export const tcpFlags: EnumWord[] = [
  { word: 'SYN', doc: 'Synchronise: set on the first packets that open a connection.' },
  { word: 'ACK', doc: 'Acknowledge: set on almost every packet after the first one.' },
  { word: 'FIN', doc: 'Finish: the sender has no more data and is closing its side.' },
  { word: 'RST', doc: 'Reset: the connection is aborted at once.' },
  { word: 'URG', doc: 'Urgent: the urgent pointer field is in use (rare today).' },
  { word: 'PSH', doc: 'Push: the receiver should hand the data to the application right away.' },
  { word: 'ALL', doc: 'Shorthand for all six flags above.' },
  { word: 'NONE', doc: 'Shorthand for no flag at all.' },
];
