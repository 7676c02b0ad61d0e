// Raw-text helpers for completion: the line under the cursor (and the lines a
// shell command continues from with a trailing backslash), found without
// splitting the whole document, and the parsed nodes around that line.
export { nodesOnLine } from '../chainAt';
import type { DocumentModel } from '../../analysis/model';
import type { TableBlock } from '../../syntax/ast';

/** Offset of the first character of `line`, or -1 when the text has fewer lines. */
export function lineStartOffset(text: string, line: number): number {
  if (!Number.isInteger(line) || line < 0) return -1;
  let start = 0;
  for (let l = 0; l < line; l++) {
    const nl = text.indexOf('\n', start);
    if (nl < 0) return -1;
    start = nl + 1;
  }
  return start;
}

function stripCr(s: string): string {
  return s.endsWith('\r') ? s.slice(0, -1) : s;
}

/** The whole text of `line` without its line break, or undefined past the end. */
export function lineText(text: string, line: number): string | undefined {
  const start = lineStartOffset(text, line);
  if (start < 0) return undefined;
  let end = text.indexOf('\n', start);
  if (end < 0) end = text.length;
  return stripCr(text.slice(start, end));
}

/** The text of `line` from its start up to (not including) `character`, or undefined past the end. */
export function linePrefix(text: string, line: number, character: number): string | undefined {
  const whole = lineText(text, line);
  if (whole === undefined || character < 0 || character > whole.length) return undefined;
  return whole.slice(0, character);
}

/**
 * The lines a shell command spans up to the cursor line: earlier lines are
 * included while they end in a backslash (line continuation). The last entry
 * is the cursor line cut at the cursor. `first` is the line number of entry 0.
 */
export function continuedLines(text: string, line: number, character: number, maxBack = 200): { first: number; lines: string[] } | undefined {
  const start = lineStartOffset(text, line);
  if (start < 0) return undefined;
  let end = text.indexOf('\n', start);
  if (end < 0) end = text.length;
  const current = stripCr(text.slice(start, end));
  if (character < 0 || character > current.length) return undefined;
  const lines = [current.slice(0, character)];
  let first = line;
  let cursor = start; // offset of the start of the earliest line taken so far
  while (cursor > 0 && line - first < maxBack) {
    const prevEnd = cursor - 1; // the '\n' ending the previous line
    const prevStart = text.lastIndexOf('\n', prevEnd - 1) + 1;
    const prev = stripCr(text.slice(prevStart, prevEnd));
    if (!prev.endsWith('\\')) break;
    lines.unshift(prev);
    first--;
    cursor = prevStart;
  }
  return { first, lines };
}

/** Index of the first node covering `line`, or of the nearest node above it; -1 when none. */
export function nodeIndexAtOrBefore(model: DocumentModel, line: number): number {
  const at = model.parsed.nodeAtLine;
  for (let l = Math.min(line, at.length - 1); l >= 0; l--) if (at[l] >= 0) return at[l];
  return -1;
}

/**
 * The restore table block open at `line`: the block whose header is above the
 * line and whose COMMIT (if any) is not above it. Blocks are few, so a scan is fine.
 */
export function openBlockAt(model: DocumentModel, line: number): TableBlock | undefined {
  const index = nodeIndexAtOrBefore(model, line);
  if (index < 0) return undefined;
  for (const block of model.parsed.tables) {
    if (index < block.firstNode || index > block.lastNode) continue;
    // Below the block's COMMIT line the block is closed; on that line it is still being typed.
    if (block.commit && block.commit.range.start.line < line) return undefined;
    return block;
  }
  return undefined;
}
