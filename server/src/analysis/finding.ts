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

/** What a finding may carry besides its code, message, range and severity. */
export interface FindingExtras {
  related?: RelatedPlace[];
  suggestion?: string;
  /** The word the user probably meant: the message gets the one "Did you mean" sentence. */
  didYouMean?: string;
  loads?: readonly string[];
  tags?: Array<'unnecessary' | 'deprecated'>;
}

/** " Did you mean `x`?" (with its leading space), or nothing when there is no guess. */
export function didYouMeanSentence(guess: string | undefined): string {
  return guess !== undefined ? ` Did you mean \`${guess}\`?` : '';
}

/** The one way to build a finding: empty `related` lists and absent extras are left out. */
export function makeFinding(code: string, message: string, range: Range, severity: Finding['severity'] = 'error', extra?: FindingExtras): Finding {
  const f: Finding = { code, message: extra?.didYouMean !== undefined ? message + didYouMeanSentence(extra.didYouMean) : message, range, severity };
  if (!extra) return f;
  if (extra.related && extra.related.length) f.related = extra.related;
  if (extra.suggestion) f.suggestion = extra.suggestion;
  if (extra.loads) f.loads = extra.loads;
  if (extra.tags) f.tags = extra.tags;
  return f;
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
