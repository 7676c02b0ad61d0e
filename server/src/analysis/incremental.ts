// Re-analysis after an edit of a restore file, in two strengths.
// patchOneRule: typing inside one rule (a port, an address, a comment) changes
// nothing that other lines depend on, as long as the rule keeps its chain,
// command and target and no finding of another line points into it: then only
// that line is parsed again and only its own checks and its chain's order checks
// run again.
// patchLines: any edit of the lines between table headers and COMMITs (lines
// added, deleted, rules moved to other chains): only the changed lines are parsed
// again, the lines below move, the chains are bound again and the document-wide
// checks run again, but rules and runs that had no findings and whose inputs are
// unchanged are not checked again.
// Anything else (table headers, COMMIT, CR LF, scripts) gets a full analysis.
import { catalogGrammar } from '../catalog/grammar';
import type { Family, LineNode, ParsedDocument, RuleNode } from '../syntax/ast';
import { assembleDocument, detectFormat, familyFromText, splitLines } from '../syntax/parse';
import type { Range } from '../syntax/position';
import { parseRestoreLine, type RestoreState } from '../syntax/restoreLines';
import type { Word } from '../syntax/word';
import { analyzeParsed, gatherFindings, lineProblems, type Analysis, type Reuse } from './analyze';
import { chainGraph, stopsEveryPacket } from './chainGraph';
import { forgetSignature } from './ruleSignature';
import { ruleCommands } from './checks/commands';
import { runKey } from './checks/lints';
import type { Finding } from './finding';
import type { ChainSymbol, DocumentModel, FamilyChoice } from './model';

/**
 * What other lines see of a rule: the chain it goes to, the command, its operands,
 * where it jumps and whether it ends the chain for every packet.
 */
function bindingKey(rule: RuleNode, family: Family): string {
  const t = rule.target;
  const chainFirst = !t || !rule.chain || rule.chain.range.start.character < t.nameWord.range.start.character;
  return [
    rule.table,
    rule.command?.name,
    rule.chain?.text,
    rule.operands.map((w) => w.text).join(' '),
    t ? `${t.kind} ${t.extension} ${t.name}` : '',
    stopsEveryPacket(rule, family),
    chainFirst,
  ].join('\u0000');
}

function eligible(rule: RuleNode): boolean {
  return (
    rule.table !== undefined &&
    !rule.otherFamily &&
    // Commands that carry a rule only: no declarations, no rule numbers elsewhere depend on it.
    ruleCommands.has(rule.command?.name ?? '') &&
    // -4 / -6 decide whether iptables-restore reads the line at all.
    !rule.options.some((o) => o.name === '--ipv4' || o.name === '--ipv6')
  );
}

function sameHint(a: ReturnType<typeof familyFromText>, b: ReturnType<typeof familyFromText>): boolean {
  return a?.family === b?.family && a?.reason === b?.reason && a?.guessed === b?.guessed;
}

function sameChoice(a: FamilyChoice, b: FamilyChoice): boolean {
  return a.forced === b.forced && a.fileName === b.fileName && a.external === b.external;
}

/** Gives the old object the new one's content, so every holder of the old one sees the new content. */
function becomes<T extends object>(old: T, fresh: T): void {
  const o = old as Record<string, unknown>;
  for (const key of Object.keys(o)) if (!(key in fresh)) delete o[key];
  Object.assign(old, fresh);
}

/**
 * The chain and target words are held by references and jump edges: keep those
 * objects, with the new text and place, everywhere the new rule uses its own.
 */
function keepBindingWords(old: RuleNode, fresh: RuleNode): void {
  const swaps = new Map<Word, Word>();
  if (old.chain && fresh.chain) swaps.set(fresh.chain, old.chain);
  if (old.target && fresh.target) swaps.set(fresh.target.nameWord, old.target.nameWord);
  for (const [f, o] of swaps) becomes(o, f);
  const swap = (w: Word): Word => swaps.get(w) ?? w;
  if (fresh.chain) fresh.chain = swap(fresh.chain);
  if (fresh.target) fresh.target.nameWord = swap(fresh.target.nameWord);
  for (const option of fresh.options) option.args = option.args.map(swap);
}

/** Does a finding point at the line, by its range or a related place? */
function touches(f: Finding, line: number): boolean {
  return f.range.start.line <= line && f.range.end.line >= line || (f.related?.some((r) => !r.uri && r.range.start.line === line) ?? false);
}

/** The fast path alone: the patched analysis, or nothing when the edit needs a full analysis. */
export function patchOneRule(previous: Analysis, text: string, choice: FamilyChoice): Analysis | undefined {
  const { model, parts } = previous;
  const parsed = model.parsed;
  if (parsed.format !== 'restore' || !sameChoice(parts.choice, choice)) return undefined;
  const lines = splitLines(text);
  const old = parsed.lines;
  if (lines.length !== old.length) return undefined;
  let line = -1;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] === old[i]) continue;
    if (line >= 0) return undefined;
    line = i;
  }
  if (line < 0) return previous;
  const now = lines[line];
  // A CR LF finding is shared by all such lines; the format and family are read from the whole text.
  if (now.endsWith('\r') || old[line].endsWith('\r')) return undefined;
  if (detectFormat(lines) !== 'restore' || !sameHint(familyFromText(lines), parsed.familyHint)) return undefined;

  const n = parsed.nodeAtLine[line];
  const node = parsed.nodes[n];
  if (node?.kind !== 'rule' || !eligible(node)) return undefined;
  // A copy, not a slice of the new text: the words live on in the model and would keep each version's whole text alive.
  const fresh = parseRestoreLine([...now].join(''), line, { table: node.table }, catalogGrammar);
  if (fresh.kind !== 'rule' || !eligible(fresh)) return undefined;
  const family = node.programFamily ?? model.family;
  if (bindingKey(fresh, family) !== bindingKey(node, family)) return undefined;
  const keyOf = runKey(model);
  const runs = model.references.filter((r) => r.node === n && parts.runs.has(keyOf(r))).map(keyOf);
  // Findings made elsewhere that point into this line (structure, loops, paths) would keep old places: start over.
  if (parts.document.some((f) => touches(f, line))) return undefined;
  for (const [rule, found] of parts.byRule) if (rule !== node && found.some((f) => touches(f, line))) return undefined;
  for (const [key, found] of parts.byRun) if (!runs.includes(key) && found.some((f) => touches(f, line))) return undefined;

  const oldProblems = new Set(node.problems);
  parts.lineProblems = parts.lineProblems.filter((p) => !oldProblems.has(p)).concat(fresh.problems);
  keepBindingWords(node, fresh);
  becomes(node, fresh);
  // The node is the same object with new content: a kept signature is stale.
  forgetSignature(node);
  (parsed as { lines: readonly string[] }).lines = lines;
  for (const key of runs) {
    const found = parts.checkRun(parts.runs.get(key)!);
    if (found.length) parts.byRun.set(key, found);
    else parts.byRun.delete(key);
  }
  const found = parts.checkRule(node);
  if (found.length) parts.byRule.set(node, found);
  else parts.byRule.delete(node);
  return { model, findings: gatherFindings(parts), parts };
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
  node.range = movedRange(node.range, delta);
  for (const p of node.problems) p.range = movedRange(p.range, delta);
  if ((node.kind === 'rule' || node.kind === 'chain') && node.counters) node.counters.range = movedRange(node.counters.range, delta);
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

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * Does a per-rule check see the same around the rule as before the edit (see Reuse
 * in analyze.ts)? It reads whether the rule is live, and for the rule's chain and
 * its target: whether the chain exists, is built in, is declared, and which
 * built-in chains reach it. Each chain is compared once.
 */
function sameInputs(before: DocumentModel, now: DocumentModel): (rule: RuleNode) => boolean {
  const was = chainGraph(before);
  const is = chainGraph(now);
  const sameState = new Map<ChainSymbol, boolean>();
  const sameOrder = new Map<ChainSymbol, boolean>();
  const pair = (table: string, name: string | undefined): [ChainSymbol | undefined, ChainSymbol | undefined] =>
    name === undefined ? [undefined, undefined] : [before.chains.get(table)?.get(name), now.chains.get(table)?.get(name)];
  const sameChain = ([a, b]: [ChainSymbol | undefined, ChainSymbol | undefined]): boolean => {
    if (!a || !b) return a === b;
    let same = sameState.get(b);
    if (same === undefined) {
      same = a.builtin === b.builtin && a.declarations.length > 0 === b.declarations.length > 0 && sameItems(was.entries(a), is.entries(b));
      sameState.set(b, same);
    }
    return same;
  };
  // A chain with the same rules and the same live count keeps every rule's liveness.
  const sameLiveness = ([a, b]: [ChainSymbol | undefined, ChainSymbol | undefined], rule: RuleNode): boolean => {
    if (a && b) {
      let same = sameOrder.get(b);
      if (same === undefined) {
        same = was.liveRuleCount(a) === is.liveRuleCount(b) && sameItems(a.rules, b.rules);
        sameOrder.set(b, same);
      }
      if (same) return true;
    }
    return was.isLive(rule) === is.isLive(rule);
  };
  return (rule) => {
    // Appended rules know their chain without a lookup by name.
    const a = was.placeOf(rule)?.chain;
    const b = a && is.placeOf(rule)?.chain;
    const chain: [ChainSymbol | undefined, ChainSymbol | undefined] = a && b ? [a, b] : pair(rule.table!, rule.chain?.text);
    return sameChain(chain) && sameLiveness(chain, rule) && sameChain(pair(rule.table!, rule.target?.name));
  };
}

/** Lines an edit replaced: old lines [first, oldEnd) became new lines [first, newEnd), already parsed. */
interface LineEdit {
  text: string;
  lines: string[];
  first: number;
  oldEnd: number;
  delta: number;
  fresh: LineNode[];
}

/** The edit, if a patch can carry it: nothing is changed yet. */
function readEdit(previous: Analysis, text: string, choice: FamilyChoice): LineEdit | 'same' | undefined {
  const { model, parts } = previous;
  const parsed = model.parsed;
  if (parsed.format !== 'restore' || !sameChoice(parts.choice, choice)) return undefined;
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

/** Blank and comment lines bind nothing and no check reads them. */
function bindsNothing(node: LineNode): boolean {
  return node.kind === 'blank' || node.kind === 'comment';
}

function isQuiet(previous: Analysis, edit: LineEdit): boolean {
  const nodes = previous.model.parsed.nodes;
  for (let n = edit.first; n < edit.oldEnd; n++) if (!bindsNothing(nodes[n])) return false;
  return edit.fresh.every(bindsNothing);
}

/** The nodes after the edit: the ones below it moved to their new lines, the document assembled again. */
function applyEdit(previous: Analysis, edit: LineEdit): ParsedDocument {
  const nodes = previous.model.parsed.nodes;
  const moved = nodes.slice(edit.oldEnd);
  if (edit.delta !== 0) for (const node of moved) moveNode(node, edit.delta);
  return assembleDocument('restore', nodes.slice(0, edit.first).concat(edit.fresh, moved), edit.lines, edit.text);
}

/**
 * Blank or comment lines added, deleted or changed: the chains, jumps and runs
 * stay; the lines below move, and the findings that name places are made again
 * (rules and runs that have findings, and the document part).
 */
function moveQuietLines(previous: Analysis, edit: LineEdit): Analysis {
  const { model, parts } = previous;
  const doc = applyEdit(previous, edit);
  (model as { parsed: ParsedDocument }).parsed = doc;
  if (edit.delta !== 0) for (const ref of model.references) if (ref.node >= edit.oldEnd) ref.node += edit.delta;
  parts.lineProblems = lineProblems(doc);
  for (const rule of [...parts.byRule.keys()]) {
    const found = parts.checkRule(rule);
    if (found.length) parts.byRule.set(rule, found);
    else parts.byRule.delete(rule);
  }
  for (const key of [...parts.byRun.keys()]) {
    const found = parts.checkRun(parts.runs.get(key)!);
    if (found.length) parts.byRun.set(key, found);
    else parts.byRun.delete(key);
  }
  // Lines that bind nothing cannot make a structural finding appear; those that exist name places, so they are made again.
  if (parts.document.length) parts.document = parts.checkDocument();
  return { model, findings: gatherFindings(parts), parts };
}

/** Only edits of blank and comment lines (cheap enough to run on every keystroke), or nothing. */
export function patchQuietLines(previous: Analysis, text: string, choice: FamilyChoice): Analysis | undefined {
  const edit = readEdit(previous, text, choice);
  if (edit === 'same') return previous;
  return edit && isQuiet(previous, edit) ? moveQuietLines(previous, edit) : undefined;
}

/** The general patch (see the top of this file), or nothing when the edit needs a full analysis. */
export function patchLines(previous: Analysis, text: string, choice: FamilyChoice): Analysis | undefined {
  const edit = readEdit(previous, text, choice);
  if (edit === 'same') return previous;
  if (!edit) return undefined;
  if (isQuiet(previous, edit)) return moveQuietLines(previous, edit);
  const { model, parts } = previous;
  // From here on the old nodes move: the previous analysis is spent (its model and graph still answer sameInputs).
  chainGraph(model);
  const added = new Set<LineNode>(edit.fresh);
  const doc = applyEdit(previous, edit);
  let unchanged: ((rule: RuleNode) => boolean) | undefined;
  const reuse: Reuse = {
    quietRule(rule, now) {
      if (added.has(rule) || parts.byRule.has(rule)) return false;
      unchanged ??= sameInputs(model, now);
      return unchanged(rule);
    },
    quietRun(key, refs) {
      const was = parts.runs.get(key);
      return was !== undefined && !parts.byRun.has(key) && was.length === refs.length && was.every((r, i) => r.rule === refs[i].rule);
    },
  };
  return analyzeParsed(doc, choice, reuse);
}
