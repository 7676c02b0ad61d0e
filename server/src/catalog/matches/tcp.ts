// tcp: ports, flags and options of TCP packets; loaded by `-p tcp` alone.
import { portOptions } from './portOptions';
import type { ModuleSpec, ValueType } from '../types';
import { tcpFlags } from '../values/tcpFlags';

// Ports: first:last must not be reversed for tcp (analysis/values knows); either end may be left out.
const flagList: ValueType = { kind: 'enum', values: tcpFlags, list: true, caseInsensitive: true };

export const tcpMatch: ModuleSpec = {
  name: 'tcp',
  kind: 'match',
  families: ['ipv4', 'ipv6'],
  summary: 'Matches TCP ports, TCP flags and TCP options.',
  doc: [
    'Writing `-p tcp` loads this match by itself, so `-p tcp --dport 22` works without `-m tcp`.',
    'Ports may be numbers or service names from /etc/services, and ranges are written first:last.',
    '',
    'Example: accept new SSH connections:',
    '`-A INPUT -p tcp --dport 22 --syn -j ACCEPT`',
  ].join('\n'),
  protocols: ['tcp'],
  implicitForProtocol: 'tcp',
  options: [
    // iptables refuses a reversed range for tcp, and knows only tcp's service names.
    ...portOptions({ reversedRefused: true, portReader: 'strict', services: 'tcp' }),
    {
      names: ['--tcp-flags'],
      arity: 2,
      reading: { skipEmpty: true, secondWithinFirst: true },
      value: [flagList, flagList],
      negatable: true,
      excludes: ['--syn'],
      doc: 'Two comma separated flag lists: the flags to look at, then which of those must be set (the others must be clear).',
      phrase: 'TCP flags (checked, then required set) are {not}{value}',
    },
    {
      names: ['--syn'],
      arity: 0,
      negatable: true,
      excludes: ['--tcp-flags'],
      doc: 'Matches connection-opening packets: SYN set and ACK, RST, FIN clear (same as `--tcp-flags SYN,RST,ACK,FIN SYN`).',
      phrase: 'the packet is {not}a connection-opening SYN',
    },
    {
      names: ['--tcp-option'],
      arity: 1,
      value: { kind: 'number', min: 1, max: 255, hex: true },
      negatable: true,
      doc: 'Matches when the TCP header carries the option with this number (2 is MSS, 3 window scale, 4 SACK permitted).',
      phrase: 'TCP option {value} is {not}present',
    },
  ],
};
