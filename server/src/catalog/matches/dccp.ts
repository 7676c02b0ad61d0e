// dccp: ports, packet types and options of DCCP (protocol 33).
import { portOptions } from './portOptions';
import type { EnumWord, ModuleSpec } from '../types';

const dccpTypes: EnumWord[] = [
  { word: 'REQUEST', doc: 'A client asks to open a connection.' },
  { word: 'RESPONSE', doc: 'The server answers a connection request.' },
  { word: 'DATA', doc: 'Carries data only.' },
  { word: 'ACK', doc: 'Acknowledges data only.' },
  { word: 'DATAACK', doc: 'Carries data and an acknowledgement.' },
  { word: 'CLOSEREQ', doc: 'The server asks the client to close.' },
  { word: 'CLOSE', doc: 'Closes the connection.' },
  { word: 'RESET', doc: 'Ends the connection abruptly.' },
  { word: 'SYNC', doc: 'Resynchronises sequence numbers.' },
  { word: 'SYNCACK', doc: 'Answers a SYNC.' },
  { word: 'INVALID', doc: 'A packet type DCCP does not define.' },
];

export const dccpMatch: ModuleSpec = {
  name: 'dccp',
  kind: 'match',
  families: ['ipv4', 'ipv6'],
  summary: 'Matches DCCP packets by port, packet type or option.',
  doc: [
    'DCCP is a rarely used transport protocol (number 33) for streaming with congestion control.',
    'The rule needs `-p dccp`; with it the options work even without `-m dccp`.',
    '',
    'Example: accept new DCCP connections to port 5004:',
    '`-A INPUT -p dccp --dport 5004 --dccp-types REQUEST -j ACCEPT`',
  ].join('\n'),
  protocols: ['dccp'],
  implicitForProtocol: 'dccp',
  options: [
    ...portOptions(),
    {
      names: ['--dccp-types'],
      arity: 1,
      reading: { skipEmpty: true },
      value: { kind: 'enum', values: dccpTypes, list: true, caseInsensitive: true },
      negatable: true,
      doc: 'The DCCP packet type must be one of these (comma separated), for example REQUEST or RESET.',
      phrase: 'DCCP packet type is {not}one of {value}',
    },
    {
      names: ['--dccp-option'],
      arity: 1,
      value: { kind: 'number', min: 1, max: 255, hex: true },
      negatable: true,
      doc: 'Match when the packet carries the DCCP option with this number (1-255).',
      phrase: 'DCCP option {value} is {not}present',
    },
  ],
};
