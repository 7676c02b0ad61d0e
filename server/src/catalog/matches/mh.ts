// mh: IPv6 Mobility Header message types (protocol 135).
import type { ModuleSpec } from '../types';

export const mhMatch: ModuleSpec = {
  name: 'mh',
  kind: 'match',
  families: ['ipv6'],
  summary: 'Matches the message type of an IPv6 Mobility Header (Mobile IPv6 signalling).',
  doc: [
    'Mobile IPv6 uses its own header (protocol 135) to tell a home agent where a roaming device is.',
    'This match looks at the message type in that header. The rule needs `-p mh` (or `-p ipv6-mh`, `-p 135`);',
    'with `-p mh` the match is loaded without writing `-m mh`.',
    '',
    'Type names: binding-refresh-request (brr), home-test-init (hoti), careof-test-init (coti), home-test (hot),',
    'careof-test (cot), binding-update (bu), binding-acknowledgement (ba), binding-error (be); numbers 0-255 work too.',
    '',
    'Example: drop binding updates:',
    '`-A INPUT -p mh --mh-type binding-update -j DROP`',
  ].join('\n'),
  protocols: ['mh'],
  implicitForProtocol: 'mh',
  options: [
    {
      names: ['--mh-type'],
      arity: 1,
      // name-or-number[:name-or-number]; names may be abbreviated and any case; either end of a range may be empty.
      value: {
        kind: 'other', reader: 'mhTypeRange',
        hint: 'a Mobility Header type name (binding-update, bu, home-test...) or number 0-255, or a range first:last',
      },
      negatable: true,
      doc: 'The Mobility Header message type, or a range of types written first:last.',
      phrase: 'mobility header type is {not}{value}',
    },
  ],
};
