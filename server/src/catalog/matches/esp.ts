// esp: the IPsec Encapsulating Security Payload header, by SPI.
import type { ModuleSpec } from '../types';
import { u32Range } from '../values/numbers';

export const espMatch: ModuleSpec = {
  name: 'esp',
  kind: 'match',
  families: ['ipv4', 'ipv6'],
  summary: 'Matches IPsec ESP packets by their SPI (security association number).',
  doc: [
    'IPsec encrypts traffic in "security associations", each named by a 32-bit number, the SPI, which ESP packets (protocol 50) carry in clear.',
    'The rule needs `-p esp`; with it `--espspi` works even without `-m esp`. Without `--espspi` every ESP packet matches.',
    '',
    'Example: accept ESP traffic of one association:',
    '`-A INPUT -p esp -m esp --espspi 0x1000 -j ACCEPT`',
  ].join('\n'),
  protocols: ['esp'],
  implicitForProtocol: 'esp',
  options: [
    {
      names: ['--espspi'],
      arity: 1,
      // Decimal or 0x hex; either end may be empty; a reversed range is accepted.
      value: u32Range,
      negatable: true,
      doc: 'The SPI number, or a range first:last, that the ESP header must carry.',
      phrase: 'ESP SPI is {not}{value}',
    },
  ],
};
