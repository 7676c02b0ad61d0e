// tcpmss: the Maximum Segment Size option announced in TCP SYN packets.
import type { ModuleSpec } from '../types';
import { u16Range } from '../values/numbers';

export const tcpmssMatch: ModuleSpec = {
  name: 'tcpmss',
  kind: 'match',
  families: ['ipv4', 'ipv6'],
  summary: 'Matches the maximum segment size (MSS) a TCP connection announces when it opens.',
  doc: [
    'When a TCP connection opens, each side says how large a segment it accepts (the MSS).',
    'This match compares that value; packets without the option (everything but SYN and SYN/ACK) do not match.',
    'Needs `-p tcp`.',
    '',
    'Example: clamp large MSS values on a PPPoE link:',
    '`-t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -m tcpmss --mss 1453:65535 -j TCPMSS --set-mss 1452`',
  ].join('\n'),
  protocols: ['tcp'],
  options: [
    {
      names: ['--mss'],
      arity: 1,
      reading: { reversedRefused: true },
      // first:last must not be reversed; either end may be left out.
      value: u16Range,
      negatable: true,
      mandatory: true,
      doc: 'The MSS value, or a range first:last.',
      phrase: 'announced MSS is {not}{value}',
    },
  ],
};
