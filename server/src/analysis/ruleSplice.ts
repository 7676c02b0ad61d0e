// Lines added or deleted that change no other rule's binding (spliceRules): rule
// lines that append to a chain with no -I/-D/-R in it (or to a new one) and jump
// to a verdict, an extension target or such a user chain; `:NAME` lines, a
// built-in chain's policy line too. Every other rule stays bound to the same
// chains: the model is updated in place (references and rules spliced in, the
// lines below moved, chains that appear or go put in or taken out, in the order of
// their first mention). Without new or lost jumps, rules that decide every packet
// or chains that appear or go, the jump graph only renumbers the chains' rules and
// only the new rules and their chains' runs are checked; with them, the changed
// chains' jumps are read again, the walk from the built-in chains is made again,
// and the rules of chains now reached otherwise or whose live rules changed are
// checked too. The structure checks run again when a new rule names a chain not
// declared above it, when a declaration concerns a chain other lines name, or when
// they had found something (their findings name places); the rules in and jumping
// to a chain declared or undeclared are checked again. A declaration of a chain
// nothing else names brings only its own line's checks and the unused chains.
// Blank and comment lines alone are the simplest case: only the lines below move.
// Cheap enough for every keystroke (but see keystrokeRuleLimit).
import type { ParsedDocument, RuleNode } from '../syntax/ast';
import { none } from '../syntax/lists';
import { gatherFindings, lineProblems, type Analysis } from './analyze';
import { lonelyChainLineFindings } from './structure';
import { chainGraph, ruleLine } from './chainGraph';
import { runKey } from './checks/lints';
import { applyEdit, type LineEdit } from './lineEdit';
import { familyScopes, visitChainWords, writtenBefore, type ChainReference, type ChainSymbol, type DocumentModel } from './model';
import { takenLines, type Plain } from './spliceLines';

/**
 * Lines a splice takes at most; a bigger paste is bound again. Measured at 50k rules
 * (in process): 1,024 copied rules spliced in 0.23 s against 0.51 s bound again,
 * 1,024 lines of new chains 0.17 against 0.32 s; at 4,096 lines of new chains the
 * splice loses (0.46 against 0.34 s: each new chain is placed among the table's).
 */
export const spliceLimit = 1024;

/** The lines below an edit move: their references' node indexes, found by binary search (they are in node order). */
function shiftReferences(model: DocumentModel, from: number, delta: number): void {
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

/**
 * Chains are kept in the order of their first reference (bindDocument): a chain
 * that has just been declared, or whose first reference the edit changed, takes its
 * place again, and the chains first named below it move after it.
 */
function placeByFirstReference(model: DocumentModel, chain: ChainSymbol): void {
  const byName = model.chains.get(chain.table)!;
  byName.delete(chain.name);
  const first = chain.references[0];
  const below: ChainSymbol[] = [];
  // A rule line names two chains (`-A X -j Y`): the binder meets them in written order.
  for (const c of byName.values()) {
    const other = c.references[0];
    if (other.node > first.node || (other.node === first.node && writtenBefore(first.word, other.word))) below.push(c);
  }
  for (const c of below) byName.delete(c.name);
  byName.set(chain.name, chain);
  for (const c of below) byName.set(c.name, c);
}

/** The binder gives a built-in chain the last of its `:NAME POLICY` lines. */
function policyFromLastLine(doc: ParsedDocument, chain: ChainSymbol): void {
  for (let k = chain.declarations.length - 1; k >= 0; k--) {
    const node = doc.nodes[chain.declarations[k].node];
    if (node.kind === 'chain') {
      chain.policyLine = node;
      return;
    }
  }
  delete chain.policyLine;
}

/** The references binding makes for a plain rule, in the same order (visitChainWords): the chain it appends to and the one it jumps to. */
function referencesOf(p: Plain, node: number, out: ChainReference[]): void {
  visitChainWords(p.rule, (kind, word) => out.push({ kind, word, table: p.chain.table, node, chain: kind === 'append' ? p.chain : p.jumpTo, rule: p.rule }));
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

/**
 * From this many rules on, a splice that walks the jump graph or runs the structure
 * checks again waits for a pause in typing like the general patch, rather than
 * running on every keystroke. Measured here while a chain name is typed over a
 * jump: 55 ms a keystroke at 50k rules, 110 ms at 100k, 350 ms at 200k.
 */
const keystrokeRuleLimit = 60_000;

/**
 * Plain rule lines, lonely declarations and quiet lines added, deleted or replaced:
 * the patched analysis, or nothing. `chainsChanged` tells the workspace index to look again.
 */
export function spliceRules(previous: Analysis, edit: LineEdit, everyKeystroke = false): Analysis | undefined {
  const { model, parts } = previous;
  if (model.otherFamily) return undefined;
  const gone = takenLines(model, model.parsed.nodes.slice(edit.first, edit.oldEnd), edit.first);
  const goingNames = new Set(gone?.declared.flatMap((d) => (d.chain && d.lonely ? [d.chain.name] : [])));
  const come = gone && takenLines(model, edit.fresh, edit.first, goingNames);
  if (!gone || !come || gone.rules.length + come.rules.length + gone.declared.length + come.declared.length + gone.unbound.length + come.unbound.length > spliceLimit) return undefined;
  // The old lines' references (the chain a rule appends to and a jump, a declaration) sit together, in node order.
  const at = firstFrom(model.references, edit.first);
  const goneCount = gone.rules.reduce((n, p) => n + (p.jumpTo ? 2 : 1), 0) + gone.declared.filter((d) => d.chain).length;
  const goneRules = new Set([...gone.rules.map((p) => p.rule), ...gone.unbound]);
  const goneChains = new Set(gone.declared.flatMap((d) => (d.chain ? [d.chain] : [])));
  const goneRefs = new Set(model.references.slice(at, at + goneCount));
  if (goneRefs.size !== goneCount || [...goneRefs].some((r) => (r.rule ? !goneRules.has(r.rule) : !goneChains.has(r.chain!)))) return undefined;
  // New or lost jumps change the table's jump graph, and so do a rule that decides
  // every packet (the rules after it are never reached, nor the chains they jump to)
  // and a chain that appears or goes.
  const plain = [...gone.rules, ...come.rules];
  const chains = new Set(plain.flatMap((p) => (p.jumpTo ? [p.chain, p.jumpTo] : [p.chain])));
  const staying = new Set(come.rules.flatMap((p) => (p.jumpTo ? [p.chain, p.jumpTo] : [p.chain])));
  const emptied = [...chains].filter((c) => !staying.has(c) && c.references.every((r) => goneRefs.has(r)));
  const jumpsChanged = plain.some((p) => p.jumpTo);
  const stopping = plain.filter((p) => p.stops).map((p) => p.chain);
  // A user chain that comes or goes without jumps is reached from nowhere; a built-in one is where packets enter.
  const chainsComeOrGo = [...come.naming.made!.values(), ...emptied].some((c) => c.builtin);
  // A built-in chain that comes or goes with its `:NAME POLICY` line is where packets enter.
  const entriesComeOrGo = [...gone.declared, ...come.declared].flatMap((d) => (d.chain?.builtin && d.lonely ? [d.chain] : []));
  let walkAgain = jumpsChanged || stopping.length > 0 || chainsComeOrGo || entriesComeOrGo.length > 0;
  // New rules whose chain or target is neither built in nor declared above have
  // structural findings; existing ones (old rules' among them) name places, which
  // move; the lines naming a chain declared or undeclared are judged again.
  const namedElsewhere = [...gone.declared, ...come.declared].some((d) => d.chain && !d.lonely);
  const structureAgain = come.naming.structure || parts.structure.length > 0 || namedElsewhere;
  if (everyKeystroke && (walkAgain || structureAgain) && model.rules.length > keystrokeRuleLimit) return undefined;
  const graph = chainGraph(model);
  const runsBefore = new Set([...goneRefs].filter((r) => r.kind === 'append').map(runKey(model)));

  // The nodes below move; the model's lists lose the old lines' references and rules and gain the new ones.
  const doc: ParsedDocument = applyEdit(previous, edit);
  (model as { parsed: ParsedDocument }).parsed = doc;
  if (edit.delta !== 0) shiftReferences(model, edit.oldEnd, edit.delta);
  const plainOf = new Map(come.rules.map((p) => [p.rule, p]));
  const declaredOf = new Map(come.declared.map((d) => [d.line, d]));
  const added: ChainReference[] = [];
  for (let n = edit.first; n < edit.first + edit.fresh.length; n++) {
    const node = doc.nodes[n];
    const p = node.kind === 'rule' ? plainOf.get(node) : undefined;
    if (p) referencesOf(p, n, added);
    const d = node.kind === 'chain' ? declaredOf.get(node) : undefined;
    if (d?.chain) added.push({ kind: 'declaration', word: d.line.name, table: d.chain.table, node: n, chain: d.chain });
  }
  if (goneCount || added.length) {
    const refs = model.references;
    (model as { references: ChainReference[] }).references = refs.slice(0, at).concat(added, refs.slice(at + goneCount));
  }
  const comeRules = [...come.rules.map((p) => p.rule), ...come.unbound];
  if (goneRules.size || comeRules.length) (model as { rules: RuleNode[] }).rules = splicedByLine(model.rules, goneRules, comeRules, ruleLine);
  const declaredChains = new Set([...goneChains, ...come.declared.flatMap((d) => (d.chain ? [d.chain] : []))]);
  const moved: ChainSymbol[] = [];
  // Grouped once: a pasted block names thousands of chains.
  const addedTo = new Map<ChainSymbol | undefined, ChainReference[]>();
  for (const r of added) {
    const list = addedTo.get(r.chain);
    if (list) list.push(r);
    else addedTo.set(r.chain, [r]);
  }
  for (const chain of new Set([...chains, ...declaredChains])) {
    const adds = addedTo.get(chain) ?? none;
    const first = chain.references[0];
    chain.references = splicedByLine(chain.references, goneRefs, adds, (r) => r.node);
    chain.rules = splicedByLine(chain.rules, goneRules, adds.filter((r) => r.kind === 'append').map((r) => r.rule!), ruleLine);
    if (declaredChains.has(chain)) chain.declarations = splicedByLine(chain.declarations, goneRefs, adds.filter((r) => r.kind === 'declaration'), (r) => r.node);
    // A chain only the old lines named is no chain of the document any more.
    if (chain.references.length === 0) model.chains.get(chain.table)?.delete(chain.name);
    // A new chain, or one now named first elsewhere, takes its place.
    else if (chain.references[0] !== first) {
      placeByFirstReference(model, chain);
      if (first) moved.push(chain);
    }
  }
  // The jumps into a chain are listed in chain order: a chain that moved and jumps somewhere is read again.
  const reordered = moved.filter((c) => graph.outgoing(c).length > 0);
  if (reordered.length) walkAgain = true;
  // Chains that only a declaration names come and go with it: all the graph keeps of them is a live count.
  const lonely = [...gone.declared, ...come.declared].flatMap((d) => (d.chain && d.lonely ? [d.chain] : []));
  graph.rulesMoved(lonely);
  // A built-in chain's policy is read from its last `:NAME POLICY` line (bindDocument).
  for (const chain of declaredChains) if (chain.builtin) policyFromLastLine(doc, chain);
  // The changed chains are read again, and the rules of chains reached otherwise and
  // of chains whose live rules changed are checked again.
  const reread = new Set([...chains, ...reordered, ...entriesComeOrGo]);
  const reachedOtherwise = walkAgain ? graph.rulesChanged([...reread][0].table, reread) : [];
  if (!walkAgain) graph.rulesMoved(chains);

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
  // Findings name places, which moved: everything that found something is checked again.
  // A chain declared or undeclared: its rules' checks and those of rules jumping to it read that.
  const declaredOrNot = [...declaredChains].filter((c) => !lonely.includes(c)).flatMap((c) => c.references.flatMap((r) => (r.rule ? [r.rule] : [])));
  const recheck = new Set([...parts.byRule.keys(), ...comeRules, ...reachedOtherwise.flatMap((c) => c.rules), ...[...new Set(stopping)].flatMap((c) => c.rules), ...declaredOrNot]);
  for (const rule of recheck) parts.recheckRule(rule);
  for (const key of new Set([...parts.byRun.keys(), ...keys])) if (parts.runs.has(key)) parts.recheckRun(key);
  // Rules on built-in chains or chains declared above, jumping to chains declared
  // above, add no structural finding and take none away. A declaration nothing
  // names can only find something on its own line, but the messages about
  // undeclared chains elsewhere name declared chains.
  const declarations = gone.declared.length + come.declared.length > 0;
  if (structureAgain) parts.structure = parts.checkStructure();
  else if (declarations) parts.structure = come.declared.flatMap((d) => lonelyChainLineFindings(model, d.line));
  // Live jumps and declarations decide loops and unused chains.
  if (walkAgain || declarations || parts.jumps.length) parts.jumps = parts.checkJumps();
  return { model, findings: gatherFindings(parts), parts, chainsChanged: jumpsChanged || declaredChains.size > 0 };
}
