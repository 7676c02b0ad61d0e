// TCP header options that TCPOPTSTRIP knows by name, with their option kind
// numbers; any other option is given by number (2-255).
import type { EnumWord } from '../types';

export const tcpOptions: EnumWord[] = [
  { word: 'wscale', value: 3, doc: 'Window scale (kind 3): lets the receive window grow past 64 KB.' },
  { word: 'mss', value: 2, doc: 'Maximum segment size (kind 2): the largest segment the sender accepts.' },
  { word: 'sack-permitted', value: 4, doc: 'SACK permitted (kind 4): offers selective acknowledgements.' },
  { word: 'sack', value: 5, doc: 'Selective acknowledgement blocks (kind 5).' },
  { word: 'timestamp', value: 8, doc: 'Timestamps (kind 8): used to measure round trips and spot old segments.' },
  { word: 'md5', value: 19, doc: 'MD5 signature (kind 19), used by BGP sessions.' },
];

/** The names as a comma separated list, for hints and messages. */
export const tcpOptionList = tcpOptions.map((w) => w.word).join(', ');
