// A diagnostic in the analysis layer's own terms (converted to LSP in server.ts, to text/JSON in cli.ts).
import type { Problem } from '../syntax/problem';
import type { Range } from '../syntax/position';

export interface RelatedPlace {
  range: Range;
  message: string;
  /** Another document, when the place is not in the one analysed. */
  uri?: string;
}

export interface Finding extends Problem {
  related?: RelatedPlace[];
  /**
   * A replacement for the text at `range` that fixes the fault (a did-you-mean
   * spelling, the modern form of an option...). Offered as the preferred quick fix.
   */
  suggestion?: string;
  /**
   * For an option no loaded module knows: the matches that have it (this family's,
   * most common first). The quick fix offers to load one; set only when loading
   * one is the fix (not when the module is loaded too late or `-p` is negated).
   */
  loads?: readonly string[];
  /** Editors fade `unnecessary` code and strike through `deprecated` code. */
  tags?: Array<'unnecessary' | 'deprecated'>;
}

/** Messages quote the user's text; a 1 MB word must not make a 1 MB message. */
export const maxMessageLength = 400;

export function boundedMessage(message: string): string {
  return message.length <= maxMessageLength ? message : `${message.slice(0, maxMessageLength - 1)}…`;
}

/**
 * The finding with its message and related messages bounded; the same object
 * when none is too long. Meant to be applied once, where all findings are
 * gathered, so no consumer has to remember it.
 */
export function boundedFinding(f: Finding): Finding {
  const tooLong = (m: string) => m.length > maxMessageLength;
  if (!tooLong(f.message) && !f.related?.some((r) => tooLong(r.message))) return f;
  const bounded: Finding = { ...f, message: boundedMessage(f.message) };
  if (f.related) bounded.related = f.related.map((r) => (tooLong(r.message) ? { ...r, message: boundedMessage(r.message) } : r));
  return bounded;
}
