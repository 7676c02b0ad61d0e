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
