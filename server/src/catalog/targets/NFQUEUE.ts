// NFQUEUE: hands the packet to a user-space program, which decides its fate.
import type { ModuleSpec } from '../types';
import { u16, u16Range } from '../values/numbers';

export const nfqueueTarget: ModuleSpec = {
  name: 'NFQUEUE',
  kind: 'target',
  families: ['ipv4', 'ipv6'],
  summary: 'Hands the packet to a user-space program (such as an IPS) that decides whether it is accepted or dropped.',
  action: 'are handed to a user-space program that decides their fate',
  doc: [
    'The packet is held in a numbered queue until a program (Suricata, Snort, a custom netfilter_queue program...) returns a verdict. Rule traversal stops here.',
    'If no program is listening, the packet is dropped, unless `--queue-bypass` is given: then it moves on to the next rule as if this one were not there.',
    'Without options the packet goes to queue 0.',
  ].join('\n'),
  terminating: true,
  options: [
    {
      names: ['--queue-num'],
      arity: 1,
      value: u16,
      excludes: ['--queue-balance'],
      doc: 'Number of the queue to send packets to, 0-65535 (default 0).',
      phrase: 'through queue {value}',
    },
    {
      names: ['--queue-balance'],
      arity: 1,
      reading: { single: false, strictOrder: true, reversedRefused: true, spanMax: 65535 },
      // Must be first:last with first < last; iptables refuses a single number.
      // The kernel refuses 0:65535 (the count overflows).
      value: u16Range,
      excludes: ['--queue-num'],
      doc: 'Spread connections over the queues first:last (first lower than last); a connection always stays on one queue.',
      phrase: 'spread over queues {value}',
    },
    {
      names: ['--queue-bypass'],
      arity: 0,
      doc: 'If no program listens on the queue, let packets continue instead of dropping them.',
      phrase: 'skipping the queue when nobody listens',
    },
    {
      names: ['--queue-cpu-fanout'],
      requires: ['--queue-balance'],
      arity: 0,
      doc: 'With --queue-balance, choose the queue by the CPU handling the packet instead of by hashing the connection.',
      phrase: 'choosing the queue by CPU',
    },
  ],
};
