// ipcomp: the IP Payload Compression header (protocol 108), by its CPI.
import type { ModuleSpec } from '../types';
import { u32Range } from '../values/numbers';

export const ipcompMatch: ModuleSpec = {
  name: 'ipcomp',
  kind: 'match',
  families: ['ipv4', 'ipv6'],
  summary: 'Matches IPComp (IP payload compression, used with IPsec) packets by their compression parameter index.',
  doc: [
    'IPComp compresses packet contents, usually inside IPsec; each compressed flow is named by a number (the CPI).',
    'The rule needs `-p ipcomp`; with it `--ipcompspi` works even without `-m ipcomp`.',
    '',
    'Example: accept one compressed flow:',
    '`-A INPUT -p ipcomp -m ipcomp --ipcompspi 0x1000 -j ACCEPT`',
  ].join('\n'),
  protocols: ['ipcomp'],
  implicitForProtocol: 'ipcomp',
  options: [
    {
      names: ['--ipcompspi'],
      arity: 1,
      // Decimal or 0x hex; either end may be empty; a reversed range is accepted.
      value: u32Range,
      negatable: true,
      doc: 'The compression parameter index, or a range first:last, the header must carry.',
      phrase: 'IPComp index is {not}{value}',
    },
    {
      // Accepted by iptables 1.8.9 though `--help` does not list it.
      names: ['--compres'],
      arity: 0,
      doc: 'Also require the reserved field of the IPComp header to be zero (not listed by --help).',
      phrase: 'IPComp reserved field is zero',
    },
  ],
};
