// A fault found while reading the text, before any knowledge of modules is applied.
import type { Range } from './position';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface Problem {
  /** Stable identifier; the README lists every code. */
  code: string;
  message: string;
  range: Range;
  severity: Severity;
}

/** User text inside a message, cut short so a huge word cannot flood the output. */
export function quoteText(text: string, max = 60): string {
  const flat = text.replace(/[\r\n\t]/g, ' ');
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
