// "Did you mean X?": the closest known word by edit distance, compared without
// regard to case. Cheap enough to run on every bad value: candidates whose
// length differs too much are skipped before any table is built.
import { didYouMeanSentence } from '../finding';

/** The two rows of the distance table, reused: suggestions over a dump's chain names compare tens of thousands of words. */
let prevRow = new Int32Array(64);
let curRow = new Int32Array(64);

/**
 * Levenshtein distance, giving up (returning limit + 1) once it must exceed `limit`.
 * A common start and end cost nothing and are skipped (a table's chain names share
 * `KUBE-SEP-`); with a limit only the cells within `limit` of the diagonal are
 * computed, since a path through any other cell costs more than the limit already.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (a === b) return 0;
  let from = 0;
  let aEnd = a.length;
  let bEnd = b.length;
  while (from < aEnd && from < bEnd && a.charCodeAt(from) === b.charCodeAt(from)) from++;
  while (aEnd > from && bEnd > from && a.charCodeAt(aEnd - 1) === b.charCodeAt(bEnd - 1)) {
    aEnd--;
    bEnd--;
  }
  const n = aEnd - from;
  const m = bEnd - from;
  if (n === 0 || m === 0) return Math.min(n + m, limit + 1);
  if (prevRow.length <= m + 1) {
    prevRow = new Int32Array(m + 2);
    curRow = new Int32Array(m + 2);
  }
  // Cells off the band read as more than the limit.
  const far = Math.min(limit + 1, n + m + 1);
  const band = Math.min(limit, Math.max(n, m));
  let prev = prevRow;
  let cur = curRow;
  for (let j = 0; j <= m; j++) prev[j] = j <= band ? j : far;
  prev[m + 1] = far;
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - band);
    const hi = Math.min(m, i + band);
    cur[lo - 1] = lo === 1 ? i : far;
    let rowMin = cur[lo - 1];
    const ca = a.charCodeAt(from + i - 1);
    for (let j = lo; j <= hi; j++) {
      const cost = ca === b.charCodeAt(from + j - 1) ? 0 : 1;
      const d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      cur[j] = d < far ? d : far;
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    // The next row reads one cell past this row's band.
    if (hi < m) cur[hi + 1] = far;
    if (rowMin > limit) return limit + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[m] > limit ? limit + 1 : prev[m];
}

/** How many edits still read as a typo of a word this long. */
function tolerance(length: number): number {
  return length <= 3 ? 1 : length <= 6 ? 2 : 3;
}

/** The closest of `candidates` (given again in lower case) within the word's tolerance; ties go to the first. */
function closest(word: string, candidates: readonly string[], lowered: readonly string[]): string | undefined {
  if (word.length === 0 || word.length > 64) return undefined;
  const w = word.toLowerCase();
  const limit = tolerance(w.length);
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (let i = 0; i < candidates.length; i++) {
    const d = editDistance(w, lowered[i], bestDistance - 1);
    if (d < bestDistance) {
      best = candidates[i];
      bestDistance = d;
      if (d === 0) break;
    }
  }
  return best;
}

/**
 * The candidate closest to `word` (case-insensitive), if it is close enough to
 * be a likely typo; ties go to the first candidate.
 */
export function suggest(word: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates];
  return closest(word, list, list.map((c) => c.toLowerCase()));
}

/**
 * Suggestions for one pass over a document, among lists that many words share (a
 * table's chain names). Each list is made and lowered once, each word looked up in
 * it once, and at most `left` comparisons are made in all (about 50 ns each):
 * after a cut of a thousand declarations of a 50k-rule dump, each rule of those
 * chains was compared with 18k chain names, and the lint took 67 s instead of 1.
 * Past the budget, words get no suggestion.
 */
export class Suggestions {
  private readonly lists = new Map<string, { names: readonly string[]; lowered: readonly string[] }>();
  private readonly guesses = new Map<string, string | undefined>();

  constructor(private left = 250_000) {}

  /** `key` names the list `candidates` makes: the same key must always make the same list. */
  suggest(word: string, key: string, candidates: () => Iterable<string>): string | undefined {
    const asked = `${key}\u0000${word}`;
    if (this.guesses.has(asked)) return this.guesses.get(asked);
    let list = this.lists.get(key);
    if (!list) {
      const names = [...candidates()];
      list = { names, lowered: names.map((n) => n.toLowerCase()) };
      this.lists.set(key, list);
    }
    let guess: string | undefined;
    if (list.names.length <= this.left) {
      this.left -= list.names.length;
      guess = closest(word, list.names, list.lowered);
    }
    this.guesses.set(asked, guess);
    return guess;
  }
}

/** " Did you mean `x`?" or an empty string. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  return didYouMeanSentence(suggest(word, candidates));
}
