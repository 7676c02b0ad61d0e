// RATEEST: measures the rate of the packets reaching it, for the rateest match.
import type { ModuleSpec, ValueType } from '../types';

// A time: a decimal number, optionally followed by s/sec/secs, ms/msec/msecs or us/usec/usecs (any case); default seconds.
const time: ValueType = { kind: 'other', reader: 'estimatorTime', hint: 'time such as 250ms, 1s or 0.5 (seconds); units us, ms, s' };

export const rateestTarget: ModuleSpec = {
  name: 'RATEEST',
  kind: 'target',
  families: ['ipv4', 'ipv6'],
  summary: 'Keeps a named, running estimate of the packet and byte rate of the traffic reaching the rule.',
  action: 'are counted in a rate estimator and continue to the next rule',
  doc: [
    'Every packet reaching the rule is counted into a named estimator; the `rateest` match can then compare its rate with a value or with another estimator.',
    'All three options are required. The interval must be at most 8 seconds, and the averaging time must be longer than the interval.',
    'The packet continues with the next rule.',
    '',
    'Example: `-j RATEEST --rateest-name wan --rateest-interval 250ms --rateest-ewmalog 1s`.',
  ].join('\n'),
  options: [
    {
      names: ['--rateest-name'],
      arity: 1,
      // Stored in 16 bytes; longer names are cut silently.
      value: { kind: 'string', maxLength: 15 },
      mandatory: true,
      doc: 'Name of the estimator, up to 15 characters; rules with the same name feed the same estimator.',
      phrase: 'named {value}',
    },
    {
      names: ['--rateest-interval'],
      arity: 1,
      value: time,
      mandatory: true,
      doc: 'How often the rate is measured, such as 250ms; at most 8 seconds.',
      phrase: 'measured every {value}',
    },
    {
      names: ['--rateest-ewmalog'],
      arity: 1,
      value: time,
      mandatory: true,
      doc: 'Over roughly how long the measurements are averaged, such as 1s; longer than the interval.',
      phrase: 'averaged over {value}',
    },
  ],
};
