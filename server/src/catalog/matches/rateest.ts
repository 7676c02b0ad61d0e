// rateest: compares traffic rates measured by RATEEST targets, against a fixed rate or each other.
import type { ModuleSpec, ValueType } from '../types';
import { u32 } from '../values/numbers';

// Bits per second: a decimal number with an optional unit (bit, kbit, Mibit, Bps, KBps, MiBps...; any case);
// a bare number means bits. Each rate may be left out when two estimators are compared (--rateest1 and --rateest2).
const bps: ValueType = { kind: 'other', reader: 'bitRate', hint: 'a rate such as 8bit, 1.5mbit, 100kbit or 2MBps (bare number = bit/s)' };

export const rateestMatch: ModuleSpec = {
  name: 'rateest',
  kind: 'match',
  stateful: true,
  families: ['ipv4', 'ipv6'],
  summary: 'Compares a measured traffic rate (from a RATEEST target) with a fixed rate or with another measured rate.',
  doc: [
    'A `-j RATEEST --rateest-name NAME` rule measures the traffic passing it; this match reads that measurement.',
    'The named estimator must be created by a RATEEST rule loaded before (or in the same table as) this one.',
    '',
    '- Absolute: compare one estimator with a fixed rate: `--rateest NAME --rateest-gt --rateest-bps 10mbit`.',
    '- Relative: compare two estimators: `--rateest1 A --rateest-lt --rateest2 B --rateest-bps`.',
    '- Delta (`--rateest-delta`): compare how far each estimator is below its own given rate.',
    '',
    'One of `--rateest-lt`, `--rateest-gt` or `--rateest-eq` is needed, and a bps or pps option says what is compared.',
    'In the relative form `--rateest-bps`/`--rateest-pps` are written without a value.',
    '',
    'Example: send traffic to a second link when the first one is busy:',
    '`-A PREROUTING -m rateest --rateest link1 --rateest-gt --rateest-bps 90mbit -j MARK --set-mark 2`',
  ].join('\n'),
  external: 'The estimators named here must be created by RATEEST target rules (-j RATEEST --rateest-name NAME).',
  // iptables refuses the module without at least one option of each group.
  requiresOneOf: [
    ['--rateest-bps1', '--rateest-pps1', '--rateest-bps2', '--rateest-pps2'],
    ['--rateest-lt', '--rateest-gt', '--rateest-eq'],
  ],
  options: [
    {
      names: ['--rateest1', '--rateest'],
      arity: 1,
      value: { kind: 'string' },
      mandatory: true,
      doc: 'Name of the (first) rate estimator to read, as given to `-j RATEEST --rateest-name`.',
      phrase: 'rate of estimator {value}',
    },
    {
      names: ['--rateest2'],
      arity: 1,
      value: { kind: 'string' },
      doc: 'Name of a second rate estimator to compare the first one with.',
      phrase: 'compared with estimator {value}',
    },
    {
      names: ['--rateest-delta'],
      arity: 0,
      doc: 'Compare how far each rate is below the rate given with it, instead of the rates themselves.',
      phrase: 'comparing differences from the given rates',
    },
    {
      names: ['--rateest-bps1'],
      // The rate may be left out when two estimators are compared.
      optionalValue: true,
      arity: 1,
      value: bps,
      doc: 'Compare the data rate (bandwidth) of the first estimator; the value is its reference rate in delta mode.',
      phrase: 'first data rate measured against {value}',
    },
    {
      names: ['--rateest-pps1'],
      // The rate may be left out when two estimators are compared.
      optionalValue: true,
      arity: 1,
      value: u32,
      doc: 'Compare the packet rate of the first estimator; the value is its reference rate in delta mode.',
      phrase: 'first packet rate measured against {value} packets/s',
    },
    {
      names: ['--rateest-bps2', '--rateest-bps'],
      // The rate may be left out when two estimators are compared.
      optionalValue: true,
      arity: 1,
      value: bps,
      doc: 'Compare the data rate (bandwidth); the value is the fixed rate to compare with, left out when comparing two estimators.',
      phrase: 'data rate measured against {value}',
    },
    {
      names: ['--rateest-pps2', '--rateest-pps'],
      // The rate may be left out when two estimators are compared.
      optionalValue: true,
      arity: 1,
      value: u32,
      doc: 'Compare the packet rate; the value is the fixed rate to compare with, left out when comparing two estimators.',
      phrase: 'packet rate measured against {value} packets/s',
    },
    {
      names: ['--rateest-lt'],
      arity: 0,
      negatable: true,
      doc: 'Matches when the measured rate is lower than the one it is compared with.',
      phrase: 'the rate is {not}lower',
    },
    {
      names: ['--rateest-gt'],
      arity: 0,
      negatable: true,
      doc: 'Matches when the measured rate is higher than the one it is compared with.',
      phrase: 'the rate is {not}higher',
    },
    {
      names: ['--rateest-eq'],
      arity: 0,
      negatable: true,
      doc: 'Matches when the measured rate equals the one it is compared with.',
      phrase: 'the rate is {not}equal',
    },
  ],
};
