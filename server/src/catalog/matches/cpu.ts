// cpu: which processor is handling the packet.
import type { ModuleSpec } from '../types';
import { u32 } from '../values/numbers';

export const cpuMatch: ModuleSpec = {
  name: 'cpu',
  kind: 'match',
  families: ['ipv4', 'ipv6'],
  summary: 'Matches by the number of the CPU processing the packet.',
  doc: [
    'CPUs are numbered from 0. Combined with network cards that spread packets over several CPUs (multiqueue or RPS),',
    'it can spread work over several local servers.',
    '',
    'Example: send web traffic handled by CPU 0 to port 8080:',
    '`-A PREROUTING -t nat -p tcp --dport 80 -m cpu --cpu 0 -j REDIRECT --to-ports 8080`',
  ].join('\n'),
  options: [
    {
      names: ['--cpu'],
      arity: 1,
      value: u32,
      negatable: true,
      mandatory: true,
      doc: 'The CPU number (starting at 0) that must be handling the packet.',
      phrase: 'the packet is {not}handled by CPU {value}',
    },
  ],
};
