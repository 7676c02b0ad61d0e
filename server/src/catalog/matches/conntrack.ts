// conntrack: everything connection tracking knows about the packet's connection (state, original
// addresses before NAT, status bits, time left). The modern replacement for -m state.
import type { EnumWord, ModuleSpec, OptionSpec, ValueType } from '../types';
import { u32Range } from '../values/numbers';
import { conntrackStates } from '../values/conntrackStates';

const ctStatuses: EnumWord[] = [
  { word: 'NONE', doc: 'None of the other status bits is set.' },
  { word: 'EXPECTED', doc: 'The connection was announced in advance by a helper (for example an FTP data connection).' },
  { word: 'SEEN_REPLY', doc: 'Packets have been seen in both directions.' },
  { word: 'ASSURED', doc: 'The connection is well established and will not be dropped early when the table fills up.' },
  { word: 'CONFIRMED', doc: 'The connection is entered in the table (its first packet has left the machine or been delivered).' },
];

const directions: EnumWord[] = [
  { word: 'ORIGINAL', doc: 'Packets going the way the connection was opened.' },
  { word: 'REPLY', doc: 'Packets coming back from the other side.' },
];

const hostMask: ValueType = { kind: 'address', mask: true };
// Port or first:last (names allowed, either end may be empty); a reversed range is accepted.
const portRange: ValueType = { kind: 'portRange', separator: ':' };

function addressOption(name: string, which: string): OptionSpec {
  return {
    names: [name],
    arity: 1,
    value: hostMask,
    negatable: true,
    doc: `The ${which} address of the connection, with an optional /prefix or /mask.`,
    phrase: `connection ${which} address is {not}{value}`,
  };
}

function portOption(name: string, which: string): OptionSpec {
  return {
    names: [name],
    arity: 1,
    value: portRange,
    negatable: true,
    doc: `The ${which} port of the connection (TCP, UDP, SCTP, DCCP... or a GRE key), or a range first:last.`,
    phrase: `connection ${which} port is {not}{value}`,
  };
}

export const conntrackMatch: ModuleSpec = {
  name: 'conntrack',
  kind: 'match',
  families: ['ipv4', 'ipv6'],
  summary: 'Matches what connection tracking knows about the packet\'s connection: state, addresses before NAT, status.',
  doc: [
    'The kernel follows every connection; this match asks about the packet\'s connection.',
    'Most rulesets use it to let replies back in: `--ctstate ESTABLISHED,RELATED`.',
    'It can also see the addresses and ports from before and after NAT ("original" is how the connection started, "reply" is how answers come back).',
    'At least one option is required; all given options must hold.',
    '',
    'Example: accept replies to connections this machine started, drop broken packets:',
    '`-A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT`',
    '`-A INPUT -m conntrack --ctstate INVALID -j DROP`',
  ].join('\n'),
  // iptables refuses the module without at least one option of each group.
  requiresOneOf: [
    [
      '--ctstate',
      '--ctproto',
      '--ctorigsrc',
      '--ctorigdst',
      '--ctreplsrc',
      '--ctrepldst',
      '--ctorigsrcport',
      '--ctorigdstport',
      '--ctreplsrcport',
      '--ctrepldstport',
      '--ctstatus',
      '--ctexpire',
      '--ctdir',
    ],
  ],
  options: [
    {
      names: ['--ctstate'],
      arity: 1,
      reading: { enumMatching: 'prefix' },
      value: { kind: 'enum', values: conntrackStates, list: true, caseInsensitive: true },
      negatable: true,
      doc: 'The connection state must be one of these (comma separated): NEW, ESTABLISHED, RELATED, INVALID, UNTRACKED, SNAT, DNAT.',
      phrase: 'connection state is {not}one of {value}',
    },
    {
      names: ['--ctproto'],
      arity: 1,
      value: { kind: 'protocol' },
      negatable: true,
      doc: 'The layer-4 protocol of the connection, by name or number (tcp, udp, 6...).',
      phrase: 'connection protocol is {not}{value}',
    },
    addressOption('--ctorigsrc', 'original source'),
    addressOption('--ctorigdst', 'original destination'),
    addressOption('--ctreplsrc', 'reply source'),
    addressOption('--ctrepldst', 'reply destination'),
    portOption('--ctorigsrcport', 'original source'),
    portOption('--ctorigdstport', 'original destination'),
    portOption('--ctreplsrcport', 'reply source'),
    portOption('--ctrepldstport', 'reply destination'),
    {
      names: ['--ctstatus'],
      arity: 1,
      reading: { enumMatching: 'prefix' },
      value: { kind: 'enum', values: ctStatuses, list: true, caseInsensitive: true },
      negatable: true,
      doc: 'The connection must have one of these status bits (comma separated): NONE, EXPECTED, SEEN_REPLY, ASSURED, CONFIRMED.',
      phrase: 'connection status is {not}one of {value}',
    },
    {
      names: ['--ctexpire'],
      arity: 1,
      // Either end may be empty; a reversed range is accepted.
      value: u32Range,
      negatable: true,
      doc: 'The seconds left before the connection entry times out, as a number or a range first:last.',
      phrase: 'connection expires in {not}{value} seconds',
    },
    {
      names: ['--ctdir'],
      arity: 1,
      value: { kind: 'enum', values: directions, caseInsensitive: true },
      doc: 'Only match packets going in this direction of the connection: ORIGINAL or REPLY (default: both).',
      phrase: 'the packet goes in the {value} direction',
    },
  ],
};
