// connmark: the 32-bit mark stored on the packet's connection (set with -j CONNMARK).
import type { ModuleSpec } from '../types';
import { mark32 } from '../values/numbers';

export const connmarkMatch: ModuleSpec = {
  name: 'connmark',
  kind: 'match',
  families: ['ipv4', 'ipv6'],
  summary: 'Matches the mark stored on the packet\'s connection.',
  doc: [
    'A connection mark is a 32-bit number kept with the connection (set by `-j CONNMARK`), so every later packet of the connection can be recognised.',
    'With `/mask`, only the bits set in the mask are compared.',
    '',
    'Example: accept packets of connections marked 1 earlier:',
    '`-A FORWARD -m connmark --mark 0x1/0xff -j ACCEPT`',
  ].join('\n'),
  options: [
    {
      names: ['--mark'],
      arity: 1,
      value: mark32,
      negatable: true,
      mandatory: true,
      doc: 'The connection mark to compare with, as value or value/mask.',
      phrase: 'connection mark is {not}{value}',
    },
  ],
};
