// An edit of a restore file seen as lines: which lines it replaced, and those
// lines parsed again in the state iptables-restore has there. The patches in
// incremental.ts start from it; nothing changes until one of them applies it.
import { catalogGrammar } from '../catalog/grammar';
import type { LineNode, ParsedDocument } from '../syntax/ast';
import { assembleDocument, detectFormat, familyFromText, splitLines } from '../syntax/parse';
import type { Range } from '../syntax/position';
import { parseRestoreLine, RestoreChainLine, type RestoreState } from '../syntax/restoreLines';
import { RestoreRule } from '../syntax/restoreRule';
import type { Analysis } from './analyze';
import type { FamilyChoice } from './model';

function sameHint(a: ReturnType<typeof familyFromText>, b: ReturnType<typeof familyFromText>): boolean {
  return a?.family === b?.family && a?.reason === b?.reason && a?.guessed === b?.guessed;
}

function sameChoice(a: FamilyChoice, b: FamilyChoice): boolean {
  return a.forced === b.forced && a.fileName === b.fileName && a.external === b.external;
}

/** A copy, not a slice of the new text: the words live on in the model and would keep each version's whole text alive. */
function ownCopy(line: string): string {
  return [...line].join('');
}

function movedRange(r: Range, delta: number): Range {
  return { start: { line: r.start.line + delta, character: r.start.character }, end: { line: r.end.line + delta, character: r.end.character } };
}

/** Moves a restore line node: its words follow its row; the ranges it keeps are replaced, never changed in place (some are shared). */
function moveNode(node: LineNode, delta: number): void {
  if ('row' in node && node.row) node.row.line += delta;
  // Restore rules and chain lines work out their ranges from their row.
  const fromRow = node instanceof RestoreRule || node instanceof RestoreChainLine;
  if (!fromRow) node.range = movedRange(node.range, delta);
  for (const p of node.problems) p.range = movedRange(p.range, delta);
  if (node.kind === 'rule' && node.counters) node.counters.range = movedRange(node.counters.range, delta);
}

/** The table iptables-restore has open when it reaches line `at`. */
function tableAt(previous: Analysis, at: number): string | undefined {
  const { tables } = previous.model.parsed;
  for (let b = tables.length - 1; b >= 0; b--) {
    const block = tables[b];
    if (block.firstNode >= at) continue;
    return block.commit && block.lastNode < at ? undefined : block.name;
  }
  return undefined;
}

/** Lines an edit replaced: old lines [first, oldEnd) became new lines [first, newEnd), already parsed. */
export interface LineEdit {
  text: string;
  lines: string[];
  first: number;
  oldEnd: number;
  delta: number;
  fresh: LineNode[];
}

/** The edit, if a patch can carry it: nothing is changed yet. */
export function readEdit(previous: Analysis, text: string, choice: FamilyChoice): LineEdit | 'same' | undefined {
  const { model, parts } = previous;
  const parsed = model.parsed;
  if (parsed.format !== 'restore' || !sameChoice(parts.choice, choice)) return undefined;
  // splitLines drops a byte order mark: adding or removing one changes no line, but the file's faults.
  if ((text.charCodeAt(0) === 0xfeff) !== (parsed.byteOrderMark === true)) return undefined;
  const lines = splitLines(text);
  const old = parsed.lines;
  const shorter = Math.min(lines.length, old.length);
  let first = 0;
  while (first < shorter && lines[first] === old[first]) first++;
  if (first === lines.length && first === old.length) return 'same';
  let kept = 0;
  while (kept < shorter - first && lines[lines.length - 1 - kept] === old[old.length - 1 - kept]) kept++;
  // The last line stays as it was: it decides whether the file ends in a newline (and a last COMMIT's fault).
  if (kept < 1) return undefined;
  const oldEnd = old.length - kept;
  const newEnd = lines.length - kept;
  // A CR LF finding is shared by all such lines.
  for (let i = first; i < oldEnd; i++) if (old[i].endsWith('\r')) return undefined;
  for (let i = first; i < newEnd; i++) if (lines[i].endsWith('\r')) return undefined;
  if (detectFormat(lines) !== 'restore' || !sameHint(familyFromText(lines), parsed.familyHint)) return undefined;
  const nodes = parsed.nodes;
  // Table headers and COMMIT shape the blocks every other line is read in.
  for (let n = first; n < oldEnd; n++) if (nodes[n].kind === 'table' || nodes[n].kind === 'commit') return undefined;
  const state: RestoreState = { table: tableAt(previous, first) };
  const fresh: LineNode[] = [];
  for (let i = first; i < newEnd; i++) {
    const node = parseRestoreLine(ownCopy(lines[i]), i, state, catalogGrammar);
    if (node.kind === 'table' || node.kind === 'commit') return undefined;
    fresh.push(node);
  }
  return { text, lines, first, oldEnd, delta: newEnd - oldEnd, fresh };
}

/** The nodes after the edit: the ones below it moved to their new lines, the document assembled again. */
export function applyEdit(previous: Analysis, edit: LineEdit): ParsedDocument {
  const nodes = previous.model.parsed.nodes;
  const moved = nodes.slice(edit.oldEnd);
  if (edit.delta !== 0) for (const node of moved) moveNode(node, edit.delta);
  return assembleDocument('restore', nodes.slice(0, edit.first).concat(edit.fresh, moved), edit.lines, edit.text);
}
