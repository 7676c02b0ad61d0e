// Fixtures with cursor positions marked inline, and the reverse: ranges shown
// back as marked text so a failing assertion reads like the file itself.
//
//   const { text, positions } = fixture('-A INPUT -j FO‸O\n');
//   // text: '-A INPUT -j FOO\n', positions: [{ line: 0, character: 14 }]
//
// The caret `‸` (U+2038) never occurs in iptables input, so it cannot clash.
import type { Position, Range } from '../../server/src/syntax/position';

const caret = '‸';
const open = '⟦';
const close = '⟧';

export interface Fixture {
  /** The text with every marker removed. */
  text: string;
  /** Marker positions in the clean text, in the order they are written. */
  positions: Position[];
}

export function fixture(marked: string): Fixture {
  const positions: Position[] = [];
  const lines = marked.split('\n').map((line, lineNumber) => {
    const parts = line.split(caret);
    let clean = parts[0];
    for (const part of parts.slice(1)) {
      positions.push({ line: lineNumber, character: clean.length });
      clean += part;
    }
    return clean;
  });
  return { text: lines.join('\n'), positions };
}

/**
 * The source text a range covers, across lines unless `oneLine` is set (then a
 * range spanning lines throws). `text` is the whole text or its lines.
 */
export function textAt(text: string | readonly string[], r: Range, opts: { oneLine?: boolean } = {}): string {
  const lines = typeof text === 'string' ? text.split('\n') : text;
  if (opts.oneLine && r.start.line !== r.end.line) throw new Error(`expected a one-line range, got lines ${r.start.line}-${r.end.line}`);
  const line = (n: number): string => {
    const l = lines[n];
    if (l === undefined) throw new Error(`range line ${n} is beyond the text's ${lines.length} lines`);
    return l;
  };
  if (r.start.line === r.end.line) return line(r.start.line).slice(r.start.character, r.end.character);
  const parts = [line(r.start.line).slice(r.start.character)];
  for (let l = r.start.line + 1; l < r.end.line; l++) parts.push(line(l));
  parts.push(line(r.end.line).slice(0, r.end.character));
  return parts.join('\n');
}

/** The position of the only marker; throws unless there is exactly one. */
export function onlyPosition(f: Fixture): Position {
  if (f.positions.length !== 1) throw new Error(`expected one ${caret} marker, found ${f.positions.length}`);
  return f.positions[0];
}

/**
 * The lines a range covers, the range wrapped in ⟦ ⟧, each prefixed with its
 * line number: `3: -A INPUT -j ⟦FOO⟧`.
 */
export function showRange(text: string, range: Range): string {
  return showRanges(text, [range]).join('\n');
}

/** Several ranges at once; ranges on the same line are shown on one line. Sorted by position. */
export function showRanges(text: string, ranges: readonly Range[]): string[] {
  const lines = text.split('\n');
  const marks = new Map<number, Array<{ at: number; mark: string }>>();
  const mark = (line: number, at: number, m: string): void => {
    if (!marks.has(line)) marks.set(line, []);
    marks.get(line)!.push({ at, mark: m });
  };
  for (const r of ranges) {
    // An empty range (a completion at the cursor) shows as ⟦⟧ at its spot.
    if (r.start.line === r.end.line && r.start.character === r.end.character) {
      mark(r.start.line, r.start.character, open + close);
      continue;
    }
    mark(r.start.line, r.start.character, open);
    for (let l = r.start.line + 1; l <= r.end.line; l++) mark(l, -1, ''); // show the lines in between
    mark(r.end.line, r.end.character, close);
  }
  return [...marks.keys()].sort((a, b) => a - b).map((line) => {
    let s = lines[line] ?? '';
    // Insert from the right so earlier offsets stay valid; a close sorts after an open at the same spot.
    const ms = marks.get(line)!.filter((m) => m.mark).sort((a, b) => b.at - a.at || (a.mark === close ? 1 : -1));
    for (const m of ms) s = s.slice(0, m.at) + m.mark + s.slice(m.at);
    return `${line}: ${s}`;
  });
}

export interface Edit {
  range: Range;
  newText: string;
}

/** Applies non-overlapping edits, as an editor would. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const lines = text.split('\n');
  const offset = (p: Position): number => {
    let o = 0;
    for (let l = 0; l < p.line; l++) o += lines[l].length + 1;
    return o + p.character;
  };
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}
