// Warnings and hints: what iptables accepts but is almost surely wrong or dated.
import type { RuleNode } from '../../syntax/ast';
import { findMatch } from '../../catalog/modules';
import type { ModuleSpec } from '../../catalog/types';
import { enteredByJumps, familyScopes, type ChainReference, type ChainSymbol, type DocumentModel } from '../model';
import { endsChain, keptSignature, ruleSignature, type RuleSignature } from '../ruleSignature';
import { makeFinding } from '../finding';
import { ruleCheck, type CheckContext, type RuleCheck } from './context';
import { targetOf } from '../../syntax/restoreRule';

/** The restore table block (or 0 in scripts) a node belongs to: user chains restart with each block. */
function blockIndex(model: DocumentModel): (node: number) => number {
  const starts = model.parsed.tables.map((t) => t.firstNode);
  return (node) => {
    let lo = 0;
    let hi = starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] <= node) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
}

interface Entry {
  rule: RuleNode;
  sig: RuleSignature;
}

/** Where a finding about the rule points; asked only when there is one (a restore rule reads its line again for it). */
function ruleWord(rule: RuleNode) {
  return rule.command?.option.word ?? rule.chain ?? rule.program ?? { range: rule.range };
}

/** Which run of appended rules a reference belongs to: its block, table and chain. */
export function runKey(model: DocumentModel): (ref: ChainReference) => string {
  const blockOf = blockIndex(model);
  // One key string per chain and block, not one per reference: a dump has a few keys and many references.
  const made = new Map<ChainSymbol, { block: number; key: string }>();
  return (ref) => {
    const block = blockOf(ref.node);
    const known = ref.chain && made.get(ref.chain);
    if (known && known.block === block) return known.key;
    // The other family's chains of a script are other chains of the same name.
    const family = ref.chain && ref.chain.family !== model.family ? `\u0000${ref.chain.family}` : '';
    const key = `${block}\u0000${ref.table}\u0000${ref.word.text}${family}`;
    if (ref.chain) made.set(ref.chain, { block, key });
    return key;
  };
}

/**
 * The appends of each chain, per table block, in file order: the runs whose
 * order is the chain's real order. A chain with -I, -D, -R or -F is left out,
 * because its final order is not the file order.
 */
export function chainRuns(model: DocumentModel): Map<string, ChainReference[]> {
  const keyOf = runKey(model);
  const runs = new Map<string, ChainReference[]>();
  const unordered = new Set<string>();
  for (const scope of familyScopes(model)) {
    for (const ref of scope.references) {
      // Jumps, declarations and the like are no part of a run: no key is made for them.
      if (!ref.rule || !(ref.kind === 'append' || ref.kind === 'insert' || ref.kind === 'delete' || ref.kind === 'replace' || ref.kind === 'flush')) continue;
      const key = keyOf(ref);
      if (ref.kind === 'append') {
        const list = runs.get(key);
        if (list) list.push(ref);
        else runs.set(key, [ref]);
      } else {
        unordered.add(key);
      }
    }
  }
  for (const key of unordered) runs.delete(key);
  return runs;
}

/** From this many rules on, a run keeps its rules' signatures for the next edit (see ruleSignature.ts). */
const longRun = 1000;
/** Up to this many rules, a run files its final rules without counting how common each condition is. */
const shortRun = 16;

/**
 * Within one run, in order: exact duplicates, rules after an unconditional
 * verdict, and rules whose every condition an earlier final rule already tests.
 */
export function checkRun(ctx: CheckContext, refs: readonly ChainReference[]): void {
  if (refs.length < 2 || !mayHaveFindings(refs)) return;
  const signature = refs.length >= longRun ? keptSignature : ruleSignature;
  const entries: Entry[] = refs.map((r) => ({ rule: r.rule!, sig: signature(r.rule!) }));
  // Each final rule is filed under its rarest condition, so a condition most rules
  // share (`! -i docker0`) does not make every later rule compare with all of them.
  // Any of its conditions would do for correctness: short runs (most chains) skip the count.
  const frequency = refs.length > shortRun ? new Map<string, number>() : undefined;
  if (frequency) for (const e of entries) for (const c of e.sig.conditions) frequency.set(c, (frequency.get(c) ?? 0) + 1);
  const rarest = (conditions: readonly string[]): string =>
    frequency ? conditions.reduce((best, c) => (frequency.get(c)! < frequency.get(best)! ? c : best), conditions[0]) : conditions[0];
  const seen = new Map<string, RuleNode>();
  let unconditional: RuleNode | undefined;
  /** Earlier final rules with pure conditions, indexed by their rarest condition. */
  const finals = new Map<string, Entry[]>();
  for (const e of entries) {
    if (unconditional) {
      ctx.report(makeFinding(
        'unreachable-rule',
        `No packet reaches this rule: the rule on line ${unconditional.range.start.line + 1} decides every packet of this chain before it (${targetOf(unconditional)?.name}).`,
        ruleWord(e.rule).range,
        'warning',
        { tags: ['unnecessary'], related: [{ range: unconditional.range, message: 'this rule matches every packet and ends the chain' }] },
      ));
      continue;
    }
    const twin = seen.get(e.sig.full);
    if (twin) {
      ctx.report(makeFinding(
        'duplicate-rule',
        `This rule repeats the rule on line ${twin.range.start.line + 1} exactly.`,
        ruleWord(e.rule).range,
        'warning',
        { tags: ['unnecessary'], related: [{ range: twin.range, message: 'first written here' }] },
      ));
      continue;
    }
    seen.set(e.sig.full, e.rule);
    const shadow = findShadow(e, finals);
    if (shadow) {
      ctx.report(makeFinding(
        'shadowed-rule',
        `This rule can never match: every packet it tests is already decided by the rule on line ${shadow.rule.range.start.line + 1}, which tests less (${shadow.sig.conditions.length ? shadow.sig.conditions.join(', ') : 'nothing'}) and ends with ${targetOf(shadow.rule)?.name}.`,
        ruleWord(e.rule).range,
        'warning',
        { tags: ['unnecessary'], related: [{ range: shadow.rule.range, message: 'decides these packets first' }] },
      ));
      continue;
    }
    if (!endsChain(e.rule) || e.sig.stateful) continue;
    if (e.sig.conditions.length === 0) {
      unconditional = e.rule;
      continue;
    }
    const key = rarest(e.sig.conditions);
    const list = finals.get(key);
    if (list) list.push(e);
    else finals.set(key, [e]);
  }
}

/**
 * Without two rules of the same action there is no duplicate, and without a rule
 * that may end the chain before the last one nothing is shadowed or unreachable:
 * most chains of a kube-proxy dump need no signatures at all.
 */
function mayHaveFindings(refs: readonly ChainReference[]): boolean {
  const jumps = new Set<string>();
  const gotos = new Set<string>();
  for (let i = 0; i < refs.length; i++) {
    const rule = refs[i].rule!;
    const t = targetOf(rule);
    const seen = t?.kind === 'goto' ? gotos : jumps;
    const name = t ? t.name : '';
    if (seen.has(name)) return true;
    seen.add(name);
    if (i < refs.length - 1 && endsChain(rule)) return true;
  }
  return false;
}

/** An earlier final rule whose conditions are all among this rule's conditions. */
function findShadow(e: Entry, finals: Map<string, Entry[]>): Entry | undefined {
  if (finals.size === 0) return undefined;
  // A rule tests a handful of conditions: a list beats a set here.
  const mine = e.sig.conditions;
  for (const c of mine) {
    for (const earlier of finals.get(c) ?? []) {
      if (earlier.sig.conditions.every((x) => mine.includes(x))) return earlier;
    }
  }
  return undefined;
}

export function checkUnusedChains(ctx: CheckContext): void {
  const model = ctx.model;
  for (const scope of familyScopes(model)) {
    for (const byName of scope.chains.values()) for (const chain of byName.values()) {
      if (chain.builtin || chain.declarations.length === 0) continue;
      if (chain.declarations[0].word.variables || chain.declarations[0].word.substitution) continue;
      if (enteredByJumps(chain)) continue;
      if (model.external?.referenced(chain.table, chain.name)) continue;
      const decl = chain.declarations[0];
      ctx.report(makeFinding(
        'unused-chain',
        `No rule in this file jumps or goes to chain \`${chain.name}\`, so no packet enters it${chain.rules.length ? ` and its ${chain.rules.length} rule${chain.rules.length === 1 ? '' : 's'} never run` : ''} (unless another file jumps to it).`,
        decl.word.range,
        'hint',
        { tags: ['unnecessary'] },
      ));
    }
  }
}

/** ` (\`--state\` becomes \`--ctstate\`, same values)`: the options the replacement spells differently, from the catalog. */
function renamedOptions(spec: ModuleSpec): string {
  const renamed = spec.options.filter((o) => o.replacedBy).map((o) => `\`${o.names[0]}\` becomes \`${o.replacedBy}\``);
  return renamed.length ? ` (${renamed.join(', ')}, same values)` : '';
}

/** `-m state --state X` works but conntrack replaces it. */
export function deprecatedRuleCheck(ctx: CheckContext): RuleCheck {
  return ruleCheck((rule) => {
    for (const m of rule.matches) {
      if (m.implicit) continue;
      const spec = findMatch(m.name);
      if (!spec?.deprecatedBy) continue;
      ctx.report(makeFinding(
        'deprecated-match',
        `The ${m.name} match is an old alias: write \`-m ${spec.deprecatedBy}\` instead${renamedOptions(spec)}.`,
        m.nameWord.range,
        'hint',
        { tags: ['deprecated'] },
      ));
    }
  });
}
