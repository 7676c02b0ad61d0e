// sctp: ports and chunk types of SCTP packets.
import { portOptions } from './portOptions';
import type { EnumWord, ModuleSpec, ValueType } from '../types';

const chunkMatchModes: EnumWord[] = [
  { word: 'all', doc: 'Every listed chunk type must be present in the packet.' },
  { word: 'any', doc: 'At least one listed chunk type must be present.' },
  { word: 'only', doc: 'The packet may contain no chunk types other than the listed ones.' },
];

/** A chunk type iptables knows by name, with the flag letters it may take after `:`. */
export interface SctpChunkType extends EnumWord {
  /** Flag letters (upper case = must be set, lower case = must be clear), as in DATA:Be. */
  flags?: string;
}

// The names iptables 1.8.9 knows (compared without regard to case); only these four chunk types have flags.
export const sctpChunkTypes: SctpChunkType[] = [
  { word: 'DATA', doc: 'Carries user messages.', flags: 'IUBE' },
  { word: 'INIT', doc: 'Opens an association (the first packet of the handshake).' },
  { word: 'INIT_ACK', doc: 'Answers INIT.' },
  { word: 'SACK', doc: 'Acknowledges received data.' },
  { word: 'HEARTBEAT', doc: 'Checks that the peer is still reachable.' },
  { word: 'HEARTBEAT_ACK', doc: 'Answers HEARTBEAT.' },
  { word: 'ABORT', doc: 'Ends the association at once.', flags: 'T' },
  { word: 'SHUTDOWN', doc: 'Starts a graceful close.' },
  { word: 'SHUTDOWN_ACK', doc: 'Answers SHUTDOWN.' },
  { word: 'ERROR', doc: 'Reports a problem to the peer.' },
  { word: 'COOKIE_ECHO', doc: 'Third step of the handshake.' },
  { word: 'COOKIE_ACK', doc: 'Last step of the handshake.' },
  { word: 'ECN_ECNE', doc: 'Reports congestion seen on the way.' },
  { word: 'ECN_CWR', doc: 'Says the sender has slowed down after ECN_ECNE.' },
  { word: 'SHUTDOWN_COMPLETE', doc: 'Last step of a graceful close.', flags: 'T' },
  { word: 'I_DATA', doc: 'Carries user messages that can be interleaved.', flags: 'IUBE' },
  { word: 'RE_CONFIG', doc: 'Reconfigures streams.' },
  { word: 'PAD', doc: 'Padding to probe the path size.' },
  { word: 'ASCONF', doc: 'Changes the addresses of the association.' },
  { word: 'ASCONF_ACK', doc: 'Answers ASCONF.' },
  { word: 'FORWARD_TSN', doc: 'Tells the peer to skip data that will not be resent.' },
  { word: 'I_FORWARD_TSN', doc: 'FORWARD_TSN for interleaved data.' },
];

// ALL, NONE, or comma separated chunk names, each optionally with :flags (letters of the chunk's flags, upper case = set).
const chunkList: ValueType = {
  kind: 'other', reader: 'sctpChunks',
  hint: `ALL, NONE, or chunk types separated by commas (${sctpChunkTypes.map((c) => c.word).join(' ')}), each optionally followed by :flags such as DATA:Be`,
};

export const sctpMatch: ModuleSpec = {
  name: 'sctp',
  kind: 'match',
  families: ['ipv4', 'ipv6'],
  summary: 'Matches SCTP ports and the types of chunks inside SCTP packets.',
  doc: [
    'SCTP is a message-based transport protocol (used by telephony signalling, for example).',
    'The rule needs `-p sctp`; then the options work without writing `-m sctp`.',
    '',
    'Example: accept new SCTP associations to port 3868 (Diameter):',
    '`-A INPUT -p sctp --dport 3868 --chunk-types any INIT -j ACCEPT`',
  ].join('\n'),
  protocols: ['sctp'],
  implicitForProtocol: 'sctp',
  options: [
    // first:last must not be reversed for sctp; either end may be left out.
    ...portOptions({ reversedRefused: true, portReader: 'strict', services: 'sctp' }),
    {
      names: ['--chunk-types'],
      arity: 2,
      value: [{ kind: 'enum', values: chunkMatchModes, caseInsensitive: true }, chunkList],
      negatable: true,
      doc: 'Which chunk types the packet carries: first `all`, `any` or `only`, then the list of chunk types.',
      phrase: 'chunk types are {not}{value}',
    },
  ],
};
