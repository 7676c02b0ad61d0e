// Edits on whole lines, shared by the fixes.
import type { Range } from '../../syntax/position';
import type { TextEditLike } from './types';

/** Deletes lines first..last, including the line break that ends them. */
export function deleteLines(first: number, last: number, lineCount: number): TextEditLike {
  const range: Range = last + 1 < lineCount
    ? { start: { line: first, character: 0 }, end: { line: last + 1, character: 0 } }
    : { start: { line: first, character: 0 }, end: { line: last, character: Number.MAX_SAFE_INTEGER } };
  return { range, newText: '' };
}

/** Inserts a new line of text before line `line`. */
export function insertLineBefore(line: number, text: string): TextEditLike {
  return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${text}\n` };
}

/** Inserts a new line of text after line `line` (whose length is given). */
export function insertLineAfter(line: number, length: number, text: string): TextEditLike {
  return { range: { start: { line, character: length }, end: { line, character: length } }, newText: `\n${text}` };
}
