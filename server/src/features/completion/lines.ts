// The lines completion reads, taken from the parsed model (the analysis cache
// brings it to the editor's version before any feature runs), and the parsed
// nodes around a line.
import type { DocumentModel } from '../../analysis/model';
import type { ParsedDocument, TableBlock } from '../../syntax/ast';

function stripCr(s: string): string {
  return s.endsWith('\r') ? s.slice(0, -1) : s;
}

/**
 * The parser drops a byte order mark from line 0, but the editor counts it in
 * its positions: it is put back so the cursor column means the same character.
 */
function byteOrderMark(parsed: ParsedDocument, line: number): string {
  return line === 0 && parsed.byteOrderMark ? '\uFEFF' : '';
}

/** The whole text of `line` without its line break, as the editor has it, or undefined past the end. */
export function lineText(parsed: ParsedDocument, line: number): string | undefined {
  if (!Number.isInteger(line) || line < 0 || line >= parsed.lines.length) return undefined;
  return byteOrderMark(parsed, line) + stripCr(parsed.lines[line]);
}

/** The text of `line` from its start up to (not including) `character`, or undefined past the end. */
export function linePrefix(parsed: ParsedDocument, line: number, character: number): string | undefined {
  const whole = lineText(parsed, line);
  if (whole === undefined || character < 0 || character > whole.length) return undefined;
  return whole.slice(0, character);
}

/**
 * The lines a shell command spans up to the cursor line: earlier lines are
 * included while they end in a backslash (line continuation). The last entry
 * is the cursor line cut at the cursor. `first` is the line number of entry 0.
 */
export function continuedLines(parsed: ParsedDocument, line: number, character: number, maxBack = 200): { first: number; lines: string[] } | undefined {
  const current = linePrefix(parsed, line, character);
  if (current === undefined) return undefined;
  const lines = [current];
  let first = line;
  while (first > 0 && line - first < maxBack) {
    const prev = lineText(parsed, first - 1)!;
    if (!prev.endsWith('\\')) break;
    lines.unshift(prev);
    first--;
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
