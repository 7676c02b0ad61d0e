// sctp: ports and chunk types of SCTP packets.
import type { EnumWord, ModuleSpec, ValueType } from '../types';

const chunkMatchModes: EnumWord[] = [
  { word: 'all', doc: 'Every listed chunk type must be present in the packet.' },
  { word: 'any', doc: 'At least one listed chunk type must be present.' },
  { word: 'only', doc: 'The packet may contain no chunk types other than the listed ones.' },
];

// ALL, NONE, or comma separated chunk names, each optionally with :flags (letters of the chunk's flags, upper case = set).
const chunkList: ValueType = {
  kind: 'other',
  hint:
    'ALL, NONE, or chunk types separated by commas (DATA INIT INIT_ACK SACK HEARTBEAT HEARTBEAT_ACK ABORT SHUTDOWN ' +
    'SHUTDOWN_ACK ERROR COOKIE_ECHO COOKIE_ACK ECN_ECNE ECN_CWR SHUTDOWN_COMPLETE I_DATA RE_CONFIG PAD ASCONF ' +
    'ASCONF_ACK FORWARD_TSN I_FORWARD_TSN), each optionally followed by :flags such as DATA:Be',
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
    {
      names: ['--source-port', '--sport'],
      arity: 1,
      // first:last must not be reversed; either end may be left out.
      value: { kind: 'portRange', separator: ':' },
      negatable: true,
      doc: 'The source port, or a range first:last.',
      phrase: 'source port is {not}{value}',
    },
    {
      names: ['--destination-port', '--dport'],
      arity: 1,
      value: { kind: 'portRange', separator: ':' },
      negatable: true,
      doc: 'The destination port, or a range first:last.',
      phrase: 'destination port is {not}{value}',
    },
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
