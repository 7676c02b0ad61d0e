// Units a rate estimator's rate may carry (rateest --rateest-bps1/2), compared
// in any case. `bit` units count bits per second, `bps` units bytes per
// second; `ki`/`mi`... are powers of 1024, `k`/`m`... powers of 1000.
import type { EnumWord } from '../types';

function unit(word: string, doc: string): EnumWord {
  return { word, doc };
}

export const rateUnits: EnumWord[] = [
  unit('bit', 'Bits per second.'),
  unit('kibit', '1024 bits per second.'),
  unit('kbit', '1000 bits per second.'),
  unit('mibit', '1024² bits per second.'),
  unit('mbit', 'One million bits per second.'),
  unit('gibit', '1024³ bits per second.'),
  unit('gbit', 'One billion bits per second.'),
  unit('tibit', '1024⁴ bits per second.'),
  unit('tbit', '10¹² bits per second.'),
  unit('bps', 'Bytes per second.'),
  unit('kibps', '1024 bytes per second.'),
  unit('kbps', '1000 bytes per second.'),
  unit('mibps', '1024² bytes per second.'),
  unit('mbps', 'One million bytes per second.'),
  unit('gibps', '1024³ bytes per second.'),
  unit('gbps', 'One billion bytes per second.'),
  unit('tibps', '1024⁴ bytes per second.'),
  unit('tbps', '10¹² bytes per second.'),
];
