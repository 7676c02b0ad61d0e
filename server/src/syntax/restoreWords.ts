// Splits an iptables-restore line into words exactly as iptables-restore does
// (xshared.c add_param_to_argv): double quotes group, a backslash escapes the
// next character only inside quotes, a closing quote always ends the word, and
// an unterminated quote runs to the end of the line.
import { rangeOnLine, type Range } from './position';
import type { Row, Word } from './word';

/**
 * A word on one line that keeps its row and two columns and builds its range
 * when asked: dumps hold millions of words, and most ranges are never looked at.
 * The words of a line share one row, so lines inserted above move them all at once.
 */
export class LineWord implements Word {
  // Declared only: most words never get these, and an own slot on each of 750k words is 12 MB.
  declare unterminated?: boolean;
  private declare moved?: Range;
  constructor(
    public text: string,
    readonly row: Row,
    readonly start: number,
    readonly end: number,
    public quoted: boolean,
  ) {}

  get range(): Range {
    return this.moved ?? rangeOnLine(this.row.line, this.start, this.end);
  }

  /** Callers that shift a word (heredoc tabs, completion) give it a range of its own. */
  set range(range: Range) {
    this.moved = range;
  }
}

/**
 * One shared string per common short word (`ACCEPT`, `DNAT`, `KUBE-MARK-MASQ`;
 * longer words are kept as they are) for the words a restore rule keeps
 * (restoreRule.ts): tens of thousands of rules would otherwise each keep a copy.
 * Bounded, so unique values cannot grow it.
 */
const shared = new Map<string, string>();
const sharedLimit = 4096;

export function share(word: string): string {
  if (word.length > 16) return word;
  const known = shared.get(word);
  if (known !== undefined) return known;
  if (shared.size < sharedLimit) shared.set(word, word);
  return word;
}

/** Part of a word (`--to=1.2.3.4` splits into option and value), on the same row when the word has one. */
export function subWord(word: Word, from: number, text: string): Word {
  if (word instanceof LineWord) {
    if (word.quoted) return new LineWord(text, word.row, word.start, word.end, true);
    return new LineWord(text, word.row, word.start + from, word.start + from + text.length, false);
  }
  const single = word.range.start.line === word.range.end.line && !word.quoted;
  const range: Range = single
    ? rangeOnLine(word.range.start.line, word.range.start.character + from, word.range.start.character + from + text.length)
    : word.range;
  return { ...word, text, range };
}

/**
 * Where a word stands, without its text: a word's text is a slice of the whole
 * file, which a kept word would keep alive. Restore words still follow their row.
 */
export function wordPlace(word: Word): { readonly range: Range } {
  return word instanceof LineWord ? new LineWord('', word.row, word.start, word.end, false) : { range: word.range };
}

/** A word of plain text between two columns of a row (table and chain lines, counters). */
export function plainWord(text: string, row: Row, start: number, end: number): Word {
  return new LineWord(text, row, start, end, false);
}

export function splitRestoreWords(text: string, row: Row, from = 0, to = text.length): Word[] {
  const words: Word[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) {
      i++;
      continue;
    }
    const start = i;
    let value = '';
    let quoted = false;
    let inQuote = false;
    let closed = false;
    let segment = i;
    while (i < to) {
      const ch = text[i];
      if (inQuote) {
        if (ch === '\\' && i + 1 < to) {
          value += text.slice(segment, i) + text[i + 1];
          i += 2;
          segment = i;
          continue;
        }
        if (ch === '"') {
          value += text.slice(segment, i);
          i++;
          inQuote = false;
          closed = true;
          break;
        }
        i++;
        continue;
      }
      if (ch === '"') {
        value += text.slice(segment, i);
        i++;
        segment = i;
        inQuote = true;
        quoted = true;
        continue;
      }
      if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') break;
      i++;
    }
    if (!closed) value += text.slice(segment, i);
    const word: Word = new LineWord(value, row, start, i, quoted);
    if (inQuote) word.unterminated = true;
    words.push(word);
  }
  return words;
}
