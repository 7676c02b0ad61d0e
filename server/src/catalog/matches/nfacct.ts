// nfacct: counts packets and bytes into a named accounting object kept by the kernel.
import type { ModuleSpec } from '../types';

export const nfacctMatch: ModuleSpec = {
  name: 'nfacct',
  kind: 'match',
  families: ['ipv4', 'ipv6'],
  summary: 'Adds each packet to a named traffic counter (extended accounting); always matches.',
  doc: [
    'Counts the packets and bytes that reach this rule into an accounting object, which several rules can share.',
    'It never filters anything: the match is always true.',
    'The object must already exist when the rules are loaded (`nfacct add NAME`), otherwise loading fails;',
    'read the counters with `nfacct list`.',
    '',
    'Example: count web traffic:',
    '`-A INPUT -p tcp --dport 80 -m nfacct --nfacct-name http-in`',
  ].join('\n'),
  external: 'The nfacct accounting object must exist on the machine before the rules are loaded (created with `nfacct add NAME`).',
  options: [
    {
      names: ['--nfacct-name'],
      arity: 1,
      // Longer names are cut to 31 bytes silently, so no length error here.
      value: { kind: 'string' },
      mandatory: true,
      doc: 'Name of the accounting object that receives the counts; it must already exist.',
      phrase: 'packets are counted in accounting object {value}',
    },
  ],
};
