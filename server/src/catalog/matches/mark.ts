// mark: the packet's firewall mark (nfmark), set earlier by -j MARK, CONNMARK --restore-mark or routing rules.
import type { ModuleSpec } from '../types';
import { mark32 } from '../values/numbers';

export const markMatch: ModuleSpec = {
  name: 'mark',
  kind: 'match',
  families: ['ipv4', 'ipv6'],
  summary: 'Matches the firewall mark carried by the packet inside this machine.',
  doc: [
    'A mark is a 32-bit number attached to a packet while it travels through this machine; it never leaves the host.',
    'It is set by `-j MARK` (or restored from the connection with `CONNMARK`) and can steer routing or later rules.',
    'With a mask, only the bits of the mask are compared.',
    '',
    'Example: accept packets whose low byte of the mark is 1:',
    '`-A FORWARD -m mark --mark 0x1/0xff -j ACCEPT`',
  ].join('\n'),
  options: [
    {
      names: ['--mark'],
      arity: 1,
      value: mark32,
      negatable: true,
      mandatory: true,
      doc: 'The mark value to compare, optionally followed by /mask to compare only some bits.',
      phrase: 'packet mark is {not}{value}',
    },
  ],
};
