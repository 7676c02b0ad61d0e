// policy: the IPsec policy that was (or will be) applied to the packet.
import type { EnumWord, ModuleSpec } from '../types';
import { u32 } from '../values/numbers';
import { inAnyTable } from '../tables';

// Measured: the kernel refuses `in` for rules reached from OUTPUT or POSTROUTING, `out` from PREROUTING or INPUT.
const directions: EnumWord[] = [
  {
    word: 'in',
    doc: 'The IPsec processing already done when the packet was decrypted on arrival; only in PREROUTING, INPUT and FORWARD.',
    allowedIn: inAnyTable('PREROUTING', 'INPUT', 'FORWARD'),
  },
  {
    word: 'out',
    doc: 'The IPsec processing that will be done when the packet is encrypted on its way out; only in FORWARD, OUTPUT and POSTROUTING.',
    allowedIn: inAnyTable('FORWARD', 'OUTPUT', 'POSTROUTING'),
  },
];

const policies: EnumWord[] = [
  { word: 'ipsec', doc: 'The packet is (or will be) protected by IPsec.' },
  { word: 'none', doc: 'The packet is not handled by IPsec at all.' },
];

// /etc/protocols spellings and numbers are accepted; only these three protocols are allowed.
const ipsecProtocols: EnumWord[] = [
  { word: 'esp', doc: 'Encapsulating Security Payload: encrypts (and usually authenticates) the data.', aliases: ['50', 'IPSEC-ESP'] },
  { word: 'ah', doc: 'Authentication Header: authenticates the packet without encrypting it.', aliases: ['51', 'IPSEC-AH'] },
  { word: 'ipcomp', doc: 'IP Payload Compression.', aliases: ['108', 'IPCOMP'] },
];

const modes: EnumWord[] = [
  { word: 'tunnel', doc: 'The whole original packet is wrapped inside a new one (typical for VPN gateways).' },
  { word: 'transport', doc: 'Only the payload is protected; the original IP header stays (host-to-host IPsec).' },
];

export const policyMatch: ModuleSpec = {
  name: 'policy',
  kind: 'match',
  families: ['ipv4', 'ipv6'],
  elementSeparator: '--next',
  summary: 'Matches whether, and how, the packet is protected by IPsec.',
  doc: [
    'Tells IPsec-protected traffic apart from plain traffic. `--dir` is required:',
    '`--dir in` looks at the decryption done on arrival (PREROUTING, INPUT, FORWARD),',
    '`--dir out` at the encryption still to come (FORWARD, OUTPUT, POSTROUTING).',
    '',
    'The element options (`--reqid`, `--spi`, `--proto`, `--mode`, `--tunnel-src`, `--tunnel-dst`) describe one IPsec',
    'transformation; with `--strict`, `--next` starts the description of the next one (at most 4).',
    '`--tunnel-src`/`--tunnel-dst` need `--mode tunnel` in the same element.',
    '',
    'Example: accept only what came through the IPsec tunnel:',
    '`-A FORWARD -m policy --dir in --pol ipsec --mode tunnel --tunnel-src 203.0.113.1 -j ACCEPT`',
  ].join('\n'),
  options: [
    {
      names: ['--dir'],
      arity: 1,
      value: { kind: 'enum', values: directions },
      mandatory: true,
      doc: 'Which IPsec processing to look at: `in` for what was decrypted on arrival, `out` for what will be encrypted on departure.',
      phrase: 'IPsec direction is {value}',
    },
    {
      names: ['--pol'],
      arity: 1,
      value: { kind: 'enum', values: policies },
      doc: 'Whether the packet is handled by IPsec (`ipsec`, the default) or not at all (`none`).',
      phrase: 'IPsec policy is {value}',
    },
    {
      names: ['--strict'],
      arity: 0,
      doc: 'Require the exact list of transformations described (with `--next` between them) instead of any one of them.',
      phrase: 'the policy must match exactly',
    },
    {
      names: ['--reqid'],
      arity: 1,
      perElement: true,
      value: u32,
      negatable: true,
      repeatable: true,
      doc: 'The request id of the IPsec policy (the `reqid` in the security policy); once per element.',
      phrase: 'IPsec request id is {not}{value}',
    },
    {
      names: ['--spi'],
      arity: 1,
      perElement: true,
      value: u32,
      negatable: true,
      repeatable: true,
      doc: 'The Security Parameter Index of the IPsec association; once per element.',
      phrase: 'IPsec SPI is {not}{value}',
    },
    {
      names: ['--proto'],
      arity: 1,
      perElement: true,
      value: { kind: 'enum', values: ipsecProtocols },
      negatable: true,
      repeatable: true,
      doc: 'The IPsec protocol used: esp, ah or ipcomp; once per element.',
      phrase: 'IPsec protocol is {not}{value}',
    },
    {
      names: ['--mode'],
      arity: 1,
      perElement: true,
      value: { kind: 'enum', values: modes },
      negatable: true,
      repeatable: true,
      doc: 'Whether IPsec runs in tunnel or transport mode; once per element.',
      phrase: 'IPsec mode is {not}{value}',
    },
    {
      names: ['--tunnel-src'],
      arity: 1,
      perElement: true,
      value: { kind: 'address', mask: true },
      negatable: true,
      repeatable: true,
      doc: 'Source address (or network) of the IPsec tunnel; needs `--mode tunnel`; once per element.',
      phrase: 'IPsec tunnel starts {not}at {value}',
    },
    {
      names: ['--tunnel-dst'],
      arity: 1,
      perElement: true,
      value: { kind: 'address', mask: true },
      negatable: true,
      repeatable: true,
      doc: 'Destination address (or network) of the IPsec tunnel; needs `--mode tunnel`; once per element.',
      phrase: 'IPsec tunnel ends {not}at {value}',
    },
    {
      names: ['--next'],
      requires: ['--strict'],
      arity: 0,
      repeatable: true,
      // iptables: --next also requires --strict.
      doc: 'Start describing the next IPsec transformation; only together with `--strict`.',
      phrase: 'then the next transformation',
    },
  ],
};
