// A word of a rule: what iptables receives as one argv entry, with where it came from.
import type { Range } from './position';

/** A line number that lines inserted or deleted above can move (restore lines share one per line). */
export interface Row {
  line: number;
}

export interface VariableRef {
  /** Variable name without `$`/braces; positional and special names too (`1`, `@`). */
  name: string;
  range: Range;
}

export interface Word {
  /** The value iptables sees: quotes removed, escapes resolved. */
  text: string;
  /** Exact source range, quotes included. */
  range: Range;
  /** Some part was quoted. */
  quoted: boolean;
  /** A quote opened in this word was never closed (the rest of the line became the word). */
  unterminated?: boolean;
  /** Shell expansions inside the word; when present the real value is unknown until run time. */
  variables?: VariableRef[];
  /** Command substitution (`$(...)` or backquotes) inside the word: value unknown. */
  substitution?: boolean;
}

/** A word whose value is only known when the shell runs (it holds a variable or a substitution). */
export function isDynamic(word: Word): boolean {
  return word.variables !== undefined || word.substitution === true;
}
