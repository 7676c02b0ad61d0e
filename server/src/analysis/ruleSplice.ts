// Rule lines added or deleted that change nothing other lines see (spliceRules):
// each appends to a chain that exists and is declared above it, jumps to no
// chain and does not decide every packet. Then no chain appears or goes, no jump
// is made or lost and the same rules stay live: the model is updated in place
// (references and rules spliced in, the lines below moved), the jump graph only
// renumbers the chains' rules, and only the new rules and their chains' runs are
// checked. Cheap enough for every keystroke: pasting or deleting a rule in a dump.
import type { LineNode, ParsedDocument, RuleNode } from '../syntax/ast';
import { commandOf, targetOf } from '../syntax/restoreRule';
import { findTable } from '../catalog/tables';
import { findTarget } from '../catalog/modules';
import { findVerdict } from '../catalog/verdicts';
import { gatherFindings, lineProblems, type Analysis } from './analyze';
import { chainGraph, ruleLine, stopsEveryPacket } from './chainGraph';
import { runKey } from './checks/lints';
import { applyEdit, type LineEdit } from './lineEdit';
import { familyOf, familyScopes, marksFamily, type ChainReference, type ChainSymbol, type DocumentModel, type ReferenceKind } from './model';

/** Each rule is spliced into lists of the whole document: a big paste is cheaper bound again. */
const spliceLimit = 64;

/** Kinds of reference a chain may have for its rule count and order not to matter elsewhere (no -I/-D/-R N, no -F). */
const plainKinds = new Set<ReferenceKind>(['declaration', 'append', 'jump', 'goto', 'policy']);

/** The lines below an edit move: their references' node indexes, found by binary search (they are in node order). */
export function shiftReferences(model: DocumentModel, from: number, delta: number): void {
  for (const scope of familyScopes(model)) {
    const refs = scope.references;
    for (let i = firstFrom(refs, from); i < refs.length; i++) refs[i].node += delta;
  }
}

/** The first reference of node `from` or later. */
function firstFrom(refs: readonly ChainReference[], from: number): number {
  let lo = 0;
  let hi = refs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (refs[mid].node < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Blank and comment lines bind nothing and no check reads them. */
export function bindsNothing(node: LineNode): boolean {
  return node.kind === 'blank' || node.kind === 'comment';
}

/**
 * The chain a rule line appends to, when the line changes nothing other lines see
 * (see the top of this file); undefined otherwise. `first` is the edit's first node.
 */
function plainAppend(model: DocumentModel, rule: RuleNode, first: number): ChainSymbol | undefined {
  const table = rule.table;
  if (table === undefined || rule.otherFamily || marksFamily(rule) || !findTable(table)) return undefined;
  if (commandOf(rule) !== 'append' || !rule.chain || rule.operands.length > 0) return undefined;
  const target = targetOf(rule);
  if (target && !(findVerdict(target.name) || (target.kind === 'jump' && findTarget(target.name)))) return undefined;
  if (stopsEveryPacket(rule, familyOf(rule, model.family))) return undefined;
  const chain = model.chains.get(table)?.get(rule.chain.text);
  if (!chain || chain.references.some((r) => !plainKinds.has(r.kind))) return undefined;
  if (chain.builtin) return chain;
  // A user chain declared above the edit, in the edit's table block (each block starts without user chains).
  const block = model.parsed.tables.find((b) => b.firstNode <= first && first <= b.lastNode);
  return block && chain.declarations.some((d) => d.node < first && d.node >= block.firstNode) ? chain : undefined;
}

/** The rule lines an edit removes or adds, with their chains, if every one is a plain append; quiet lines are skipped. */
function plainRules(model: DocumentModel, nodes: readonly LineNode[], first: number): Array<[RuleNode, ChainSymbol]> | undefined {
  const out: Array<[RuleNode, ChainSymbol]> = [];
  for (const node of nodes) {
    if (bindsNothing(node)) continue;
    const chain = node.kind === 'rule' ? plainAppend(model, node, first) : undefined;
    if (!chain) return undefined;
    out.push([node as RuleNode, chain]);
  }
  return out;
}

/** Items in line order with some removed and some added (both in line order), as a new list. */
function splicedByLine<T>(items: readonly T[], removed: ReadonlySet<T>, added: readonly T[], lineOf: (item: T) => number): T[] {
  const kept = removed.size ? items.filter((x) => !removed.has(x)) : items.slice();
  for (const item of added) {
    const line = lineOf(item);
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (lineOf(kept[mid]) <= line) lo = mid + 1;
      else hi = mid;
    }
    kept.splice(lo, 0, item);
  }
  return kept;
}

/** Plain rule lines (and quiet lines) added, deleted or replaced: the patched analysis, or nothing. */
export function spliceRules(previous: Analysis, edit: LineEdit): Analysis | undefined {
  const { model, parts } = previous;
  if (model.otherFamily) return undefined;
  const gone = plainRules(model, model.parsed.nodes.slice(edit.first, edit.oldEnd), edit.first);
  const come = gone && plainRules(model, edit.fresh, edit.first);
  if (!gone || !come || gone.length + come.length === 0 || gone.length + come.length > spliceLimit) return undefined;
  // The old rules' references (one each: the chain they append to) sit together, in node order.
  const at = firstFrom(model.references, edit.first);
  const goneRules = new Set(gone.map(([rule]) => rule));
  const goneRefs = new Set(model.references.slice(at, at + gone.length));
  if ([...goneRefs].some((r) => !r.rule || !goneRules.has(r.rule) || r.kind !== 'append')) return undefined;
  const graph = chainGraph(model);
  const runsBefore = new Set([...goneRefs].map(runKey(model)));

  // The nodes below move; the model's lists lose the old rules and gain the new ones.
  const doc: ParsedDocument = applyEdit(previous, edit);
  (model as { parsed: ParsedDocument }).parsed = doc;
  const refs = model.references;
  for (let i = at + gone.length; i < refs.length; i++) refs[i].node += edit.delta;
  const added: ChainReference[] = come.map(([rule, chain]) => ({ kind: 'append', word: rule.chain!, table: chain.table, node: doc.nodes.indexOf(rule, edit.first), chain, rule }));
  (model as { references: ChainReference[] }).references = refs.slice(0, at).concat(added, refs.slice(at + gone.length));
  (model as { rules: RuleNode[] }).rules = splicedByLine(model.rules, goneRules, come.map(([rule]) => rule), ruleLine);

  const chains = new Set([...gone, ...come].map(([, chain]) => chain));
  for (const chain of chains) {
    const adds = added.filter((r) => r.chain === chain);
    chain.references = splicedByLine(chain.references, goneRefs, adds, (r) => r.node);
    chain.rules = splicedByLine(chain.rules, goneRules, adds.map((r) => r.rule!), ruleLine);
    // A built-in chain only the old rules named is no chain of the document any more.
    if (chain.references.length === 0) model.chains.get(chain.table)?.delete(chain.name);
  }
  graph.rulesMoved(chains);

  // The runs of the chains that changed, made again from their references (block starts have moved: new keys).
  const keyOf = runKey(model);
  const keys = new Set(runsBefore);
  for (const chain of chains) for (const ref of chain.references) if (ref.kind === 'append') keys.add(keyOf(ref));
  for (const key of keys) parts.runs.delete(key);
  for (const chain of chains) {
    for (const ref of chain.references) {
      if (ref.kind !== 'append') continue;
      const key = keyOf(ref);
      const run = parts.runs.get(key);
      if (run) run.push(ref);
      else parts.runs.set(key, [ref]);
    }
  }
  for (const rule of goneRules) parts.byRule.delete(rule);
  for (const key of keys) parts.byRun.delete(key);
  parts.lineProblems = lineProblems(doc);
  // Findings name places, which moved: everything that found something is checked again (as for quiet lines).
  for (const rule of [...parts.byRule.keys()]) parts.recheckRule(rule);
  for (const [rule] of come) parts.recheckRule(rule);
  for (const key of new Set([...parts.byRun.keys(), ...keys])) if (parts.runs.has(key)) parts.recheckRun(key);
  if (parts.document.length) parts.document = parts.checkDocument();
  return { model, findings: gatherFindings(parts), parts };
}
