// CT: sets how connection tracking handles the packet's connection (raw table only).
import type { EnumWord, ModuleSpec, ValueType } from '../types';
import { rawChains } from './common';

// Event names are compared exactly (lower case), as a comma separated list.
const ctEvents: EnumWord[] = [
  { word: 'new', doc: 'A connection was created.' },
  { word: 'related', doc: 'A connection related to another one (such as FTP data) was created.' },
  { word: 'destroy', doc: 'A connection ended or timed out.' },
  { word: 'reply', doc: 'The first reply was seen.' },
  { word: 'assured', doc: 'The connection became assured (traffic seen both ways).' },
  { word: 'protoinfo', doc: 'The protocol state changed (such as a TCP state change).' },
  { word: 'helper', doc: 'A helper was attached to the connection.' },
  { word: 'mark', doc: 'The connection mark changed.' },
  { word: 'natseqinfo', doc: 'NAT changed TCP sequence number adjustments.' },
  { word: 'secmark', doc: 'The security mark changed.' },
];

// A zone is a number or the word "mark" (any case): take it from the packet mark.
const zoneValue: ValueType = { kind: 'other', reader: 'ctZone', hint: 'zone number 0-65535, or the word mark to use the packet mark' };

export const ctTarget: ModuleSpec = {
  name: 'CT',
  kind: 'target',
  families: ['ipv4', 'ipv6'],
  summary: 'Sets up connection tracking for the packet: skip tracking, attach a helper, choose a zone or timeouts.',
  action: 'get their connection tracking configured and continue to the next rule',
  doc: [
    'Tells connection tracking how to treat the connection this packet starts, before tracking happens. Only allowed in the `raw` table.',
    '`--notrack` makes the kernel ignore these packets entirely (no state, no NAT); `--helper` attaches a protocol helper such as `ftp`; `--zone` keeps overlapping address spaces apart.',
    '',
    'Example: `-t raw -A PREROUTING -p tcp --dport 21 -j CT --helper ftp`.',
    'The packet continues with the next rule.',
  ].join('\n'),
  allowedIn: rawChains,
  options: [
    {
      names: ['--notrack'],
      arity: 0,
      doc: 'Do not track this connection at all; its packets get the state UNTRACKED.',
      phrase: 'skipping tracking entirely',
    },
    {
      names: ['--helper'],
      arity: 1,
      // The kernel needs a protocol on the rule and a helper module registered for it (ftp, sip, tftp...).
      value: { kind: 'string', maxLength: 15 },
      protocols: ['tcp', 'udp'],
      doc: 'Attach this protocol helper (such as ftp, sip, tftp) to the connection; the rule must name its protocol with -p.',
      phrase: 'using the {value} connection helper',
    },
    {
      names: ['--timeout'],
      arity: 1,
      value: { kind: 'string', maxLength: 31 },
      doc: 'Use a timeout policy created beforehand with `nfct add timeout NAME`; the rule fails if it does not exist.',
      phrase: 'using the timeout policy {value}',
    },
    {
      names: ['--ctevents'],
      arity: 1,
      value: { kind: 'enum', values: ctEvents, list: true, together: true },
      doc: 'Only report these connection events to listeners such as conntrack -E (comma separated list).',
      phrase: 'reporting only connection events {value}',
    },
    {
      names: ['--expevents'],
      arity: 1,
      value: { kind: 'enum', values: [{ word: 'new', doc: 'An expectation was created.' }], list: true, together: true },
      doc: 'Only report these expectation events; the only one is new.',
      phrase: 'reporting only expectation events {value}',
    },
    {
      names: ['--zone'],
      arity: 1,
      value: zoneValue,
      doc: 'Track the connection in this zone number, or in the zone given by the packet mark with the word mark.',
      phrase: 'in zone {value}',
    },
    {
      names: ['--zone-orig'],
      arity: 1,
      value: zoneValue,
      doc: 'Like --zone, but the zone applies only to the original direction of the connection.',
      phrase: 'in zone {value} for the original direction',
    },
    {
      names: ['--zone-reply'],
      arity: 1,
      value: zoneValue,
      doc: 'Like --zone, but the zone applies only to the reply direction of the connection.',
      phrase: 'in zone {value} for the reply direction',
    },
  ],
};
