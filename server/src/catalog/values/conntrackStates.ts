// Connection tracking states as `-m conntrack --ctstate` takes them (any case, comma separated).
import type { EnumWord } from '../types';

export const conntrackStates: EnumWord[] = [
  { word: 'INVALID', doc: 'The packet belongs to no connection the kernel can make sense of (for example a stray reply or a broken header).' },
  { word: 'NEW', doc: 'The packet opens a new connection, or belongs to one that has not yet seen a reply.' },
  { word: 'ESTABLISHED', doc: 'The packet belongs to a connection that has already seen packets in both directions.' },
  { word: 'RELATED', doc: 'The packet opens a connection tied to an existing one, such as an FTP data channel or an ICMP error about it.' },
  { word: 'UNTRACKED', doc: 'Connection tracking was switched off for this packet (`-j CT --notrack` or `-j NOTRACK` in the raw table).' },
  { word: 'SNAT', doc: 'The connection had its source address rewritten (original source differs from where replies go).' },
  { word: 'DNAT', doc: 'The connection had its destination address rewritten (original destination differs from where replies come from).' },
];

/** `-m state --state` takes the same words without SNAT and DNAT ("Bad state" otherwise). */
export const stateMatchStates: EnumWord[] = conntrackStates.filter((w) => w.word !== 'SNAT' && w.word !== 'DNAT');
