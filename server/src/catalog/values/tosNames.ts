// The old names of Type of Service values that `-m tos --tos` and `-j TOS
// --set-tos` take instead of a number (any case, and then without a /mask).
import type { EnumWord } from '../types';

export const tosNames: EnumWord[] = [
  { word: 'Minimize-Delay', value: 0x10, doc: 'Ask routers for low delay (0x10), as interactive traffic wants.' },
  { word: 'Maximize-Throughput', value: 0x08, doc: 'Ask for high throughput (0x08), as bulk transfers want.' },
  { word: 'Maximize-Reliability', value: 0x04, doc: 'Ask for reliable delivery (0x04).' },
  { word: 'Minimize-Cost', value: 0x02, doc: 'Ask for the cheapest path (0x02).' },
  { word: 'Normal-Service', value: 0x00, doc: 'No particular wish (0x00).' },
];

/** The names as a comma separated list, for hints and messages. */
export const tosNameList = tosNames.map((w) => w.word).join(', ');
