// Re-analysis after an edit of a restore file (the edit is read by lineEdit.ts).
// One rule (changeOneRule): typing inside one rule (a port, an address, a comment) changes
// nothing that other lines depend on, as long as the rule keeps its chain,
// command and target and no finding of another line points into it: then only
// that line is parsed again and only its own checks and its chain's order checks
// run again.
// Any lines (rebindLines): any edit of the lines between table headers and COMMITs (lines
// added, deleted, rules moved to other chains): only the changed lines are parsed
// again, the lines below move, the chains are bound again and the document-wide
// checks run again, but rules and runs that had no findings and whose inputs are
// unchanged are not checked again.
// Lines that change no other rule's binding (spliceRules, ruleSplice.ts): blank and
// comment lines, rules added or deleted that append to a chain without -I/-D/-R and
// jump to a verdict, a target or such a chain, and `:NAME` lines: spliced into the
// model in place.
// patchQuickly tries all but rebindLines (on every keystroke), patchLines all of them.
// Anything else (table headers, COMMIT, CR LF, scripts) gets a full analysis.
import type { Family, LineNode, RuleNode } from '../syntax/ast';
import { commandOf, RestoreRule, targetOf } from '../syntax/restoreRule';
import type { Word } from '../syntax/word';
import { analyzeParsed, gatherFindings, type Analysis, type Reuse } from './analyze';
import { chainGraph, stopsEveryPacket } from './chainGraph';
import { forgetSignature } from './ruleSignature';
import { ruleCommands } from './checks/commands';
import { runKey } from './checks/lints';
import type { Finding } from './finding';
import { applyEdit, readEdit, type LineEdit } from './lineEdit';
import { spliceRules } from './ruleSplice';
import { inPlainTable } from './spliceLines';
import { familyOf, writtenBefore, type ChainSymbol, type DocumentModel, type FamilyChoice } from './model';

/**
 * What other lines see of a rule: the chain it goes to, the command, its operands,
 * where it jumps and whether it ends the chain for every packet.
 */
function bindingKey(rule: RuleNode, family: Family): string {
  const t = targetOf(rule);
  const chainFirst = !t || !rule.chain || writtenBefore(rule.chain, t.nameWord);
  return [
    rule.table,
    commandOf(rule),
    rule.chain?.text,
    rule.operands.map((w) => w.text).join(' '),
    t ? `${t.kind} ${t.extension} ${t.name}` : '',
    stopsEveryPacket(rule, family),
    chainFirst,
  ].join('\u0000');
}

/** A rule of a plain table (inPlainTable) whose command carries a rule only: no declarations, no rule numbers elsewhere depend on it. */
function eligible(rule: RuleNode): boolean {
  return inPlainTable(rule) && ruleCommands.has(commandOf(rule) ?? '');
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
  const oldTarget = targetOf(old);
  const freshTarget = targetOf(fresh);
  const swaps = new Map<Word, Word>();
  if (old.chain && fresh.chain) swaps.set(fresh.chain, old.chain);
  if (oldTarget && freshTarget) swaps.set(freshTarget.nameWord, oldTarget.nameWord);
  for (const [f, o] of swaps) becomes(o, f);
  const swap = (w: Word): Word => swaps.get(w) ?? w;
  if (fresh.chain) fresh.chain = swap(fresh.chain);
  if (freshTarget) freshTarget.nameWord = swap(freshTarget.nameWord);
  // A restore rule's options are read again from its text: only a plain node's options hold these words.
  if (!(fresh instanceof RestoreRule)) for (const option of fresh.options) option.args = option.args.map(swap);
}

/** Does a finding point at the line, by its range or a related place? */
function touches(f: Finding, line: number): boolean {
  return f.range.start.line <= line && f.range.end.line >= line || (f.related?.some((r) => !r.uri && r.range.start.line === line) ?? false);
}

/** One rule changed in place, keeping what other lines see of it: the patched analysis, or nothing. */
function changeOneRule(previous: Analysis, edit: LineEdit): Analysis | undefined {
  if (edit.delta !== 0 || edit.oldEnd - edit.first !== 1) return undefined;
  const { model, parts } = previous;
  const parsed = model.parsed;
  const line = edit.first;
  const n = parsed.nodeAtLine[line];
  const node = parsed.nodes[n];
  if (node?.kind !== 'rule' || !eligible(node)) return undefined;
  const fresh = edit.fresh[0];
  if (fresh.kind !== 'rule' || !eligible(fresh)) return undefined;
  const family = familyOf(node, model.family);
  if (bindingKey(fresh, family) !== bindingKey(node, family)) return undefined;
  const keyOf = runKey(model);
  const runs = model.references.filter((r) => r.node === n && parts.runs.has(keyOf(r))).map(keyOf);
  // Findings made elsewhere that point into this line (structure, loops, paths) would keep old places: start over.
  if (parts.structure.some((f) => touches(f, line)) || parts.jumps.some((f) => touches(f, line))) return undefined;
  for (const [rule, found] of parts.byRule) if (rule !== node && found.some((f) => touches(f, line))) return undefined;
  for (const [key, found] of parts.byRun) if (!runs.includes(key) && found.some((f) => touches(f, line))) return undefined;

  const oldProblems = new Set(node.problems);
  parts.lineProblems = parts.lineProblems.filter((p) => !oldProblems.has(p)).concat(fresh.problems);
  keepBindingWords(node, fresh);
  becomes(node, fresh);
  // The new line's details came along; they are read again when asked, like every rule's.
  if (node instanceof RestoreRule) node.forgetDetails();
  // The node is the same object with new content: a kept signature is stale.
  forgetSignature(node);
  (parsed as { lines: readonly string[] }).lines = edit.lines;
  for (const key of runs) parts.recheckRun(key);
  parts.recheckRule(node);
  return { model, findings: gatherFindings(parts), parts };
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** A chain in the analysis before an edit and after it (either may be missing). */
type ChainPair = readonly [ChainSymbol | undefined, ChainSymbol | undefined];
const noPair: ChainPair = [undefined, undefined];

/**
 * Does a per-rule check see the same around the rule as before the edit (see Reuse
 * in analyze.ts)? It reads whether the rule is live; for the rule's chain whether
 * it exists, is built in, is declared, and which built-in chains reach it; for its
 * target chain only whether it exists, is built in and is declared. Each chain is
 * compared once.
 */
function sameInputs(before: DocumentModel, now: DocumentModel): (rule: RuleNode) => boolean {
  const was = chainGraph(before);
  const is = chainGraph(now);
  const sameState = new Map<ChainSymbol, boolean>();
  const sameOrder = new Map<ChainSymbol, boolean>();
  // One pair per chain name, made once: every rule asks for two (its chain and its target's).
  const pairs = new Map<string, Map<string, ChainPair>>();
  const pair = (table: string, name: string | undefined): ChainPair => {
    if (name === undefined) return noPair;
    let byName = pairs.get(table);
    if (!byName) pairs.set(table, (byName = new Map()));
    let p = byName.get(name);
    if (!p) byName.set(name, (p = [before.chains.get(table)?.get(name), now.chains.get(table)?.get(name)]));
    return p;
  };
  const sameChain = ([a, b]: ChainPair): boolean => {
    if (!a || !b) return a === b;
    let same = sameState.get(b);
    if (same === undefined) {
      same = a.builtin === b.builtin && a.declarations.length > 0 === b.declarations.length > 0 && sameItems(was.entries(a), is.entries(b));
      sameState.set(b, same);
    }
    return same;
  };
  // A chain with the same rules and the same live count keeps every rule's liveness.
  const sameLiveness = ([a, b]: ChainPair, rule: RuleNode): boolean => {
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
  // Of the target chain a check reads only whether it is there (options.ts, opaqueTarget), not what reaches it:
  // a new jump into a chain that thousands of rules jump to must not re-check them all.
  const sameTarget = ([a, b]: ChainPair): boolean =>
    !a || !b ? a === b : a.builtin === b.builtin && a.declarations.length > 0 === b.declarations.length > 0;
  return (rule) => {
    const chain = pair(rule.table!, rule.chain?.text);
    return sameChain(chain) && sameLiveness(chain, rule) && sameTarget(pair(rule.table!, targetOf(rule)?.name));
  };
}

/**
 * Lines spliced in re-check every rule and run that has findings (their messages
 * may name lines): up to this many, still cheap enough for every keystroke.
 */
const quickRecheckLimit = 200;

/** One rule in place, or lines spliced in; `everyKeystroke` leaves costly re-checks to the general patch. */
function quickPatch(previous: Analysis, edit: LineEdit, everyKeystroke: boolean): Analysis | undefined {
  const { byRule, byRun } = previous.parts;
  const cheap = !everyKeystroke || byRule.size + byRun.size <= quickRecheckLimit;
  return changeOneRule(previous, edit) ?? (cheap ? spliceRules(previous, edit, everyKeystroke) : undefined);
}

/** Reads the edit and applies `patch` to it: the same analysis for the same text, nothing when no patch can carry it. */
function patchWith(previous: Analysis, text: string, choice: FamilyChoice, patch: (edit: LineEdit) => Analysis | undefined): Analysis | undefined {
  const edit = readEdit(previous, text, choice);
  return edit === 'same' ? previous : edit && patch(edit);
}

/** The patches cheap enough to run on every keystroke (all but rebindLines), or nothing. */
export function patchQuickly(previous: Analysis, text: string, choice: FamilyChoice): Analysis | undefined {
  return patchWith(previous, text, choice, (edit) => quickPatch(previous, edit, true));
}

/** Any patch (see the top of this file), or nothing when the edit needs a full analysis. */
export function patchLines(previous: Analysis, text: string, choice: FamilyChoice): Analysis | undefined {
  return patchWith(previous, text, choice, (edit) => quickPatch(previous, edit, false) ?? rebindLines(previous, edit));
}

/** The general patch: chains bound again, rules and runs checked again where their inputs changed. */
function rebindLines(previous: Analysis, edit: LineEdit): Analysis {
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
  return analyzeParsed(doc, parts.choice, reuse);
}
