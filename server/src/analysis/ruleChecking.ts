// The semantic checks of one document: per rule (in two parts, see RuleCheck),
// per run of a chain's rules, and over the whole document. The context knows the
// family before any chain is bound, so a full analysis of restore input can run
// the first part of each rule's checks while the rule is being parsed (analyze.ts).
import type { Family, RuleNode } from '../syntax/ast';
import { none } from '../syntax/lists';
import type { CheckContext, RuleCheck } from './checks/context';
import { coreOptionUseCheck } from './checks/coreOptionUse';
import { checkRun, checkUnusedChains, deprecatedRuleCheck } from './checks/lints';
import { optionRuleCheck } from './checks/options';
import { placementChecks } from './checks/placement';
import { valueRuleCheck } from './checks/values';
import type { Finding } from './finding';
import type { ChainReference, DocumentModel } from './model';
import { structureFindings } from './structure';

export class RuleChecking {
  private readonly ctx: CheckContext;
  private bucket: Finding[] = [];
  private readonly scratch: Finding[] = [];
  private readonly placement: ReturnType<typeof placementChecks>;
  private readonly perRule: RuleCheck[];
  /** Rules whose `now` left something for `later`: which checks did, and what they left. */
  private readonly due = new Map<RuleNode, Array<{ check: RuleCheck; left: unknown }>>();

  constructor(readonly family: Family, readonly familyCertain: boolean) {
    // No model until bind(): a check that reads it in `now` fails loudly.
    this.ctx = { family, familyCertain, model: undefined as unknown as DocumentModel, report: (f) => void this.bucket.push(f) };
    this.placement = placementChecks(this.ctx);
    this.perRule = [optionRuleCheck(this.ctx), coreOptionUseCheck(this.ctx), valueRuleCheck(this.ctx), this.placement.rule, deprecatedRuleCheck(this.ctx)];
  }

  bind(model: DocumentModel): void {
    this.ctx.model = model;
  }

  private collect(run: () => void): Finding[] {
    const saved = this.bucket;
    this.bucket = [];
    try {
      run();
      return this.bucket;
    } finally {
      this.bucket = saved;
    }
  }

  /**
   * The first part of the rule's checks (no chains needed); the rest is remembered
   * for ruleLater. Runs for every rule while a dump is parsed, so it reports into
   * one reused list and copies only what was found (most rules find nothing).
   */
  ruleNow(rule: RuleNode): Finding[] {
    const saved = this.bucket;
    const found = this.scratch;
    found.length = 0;
    this.bucket = found;
    let due: Array<{ check: RuleCheck; left: unknown }> | undefined;
    try {
      for (const check of this.perRule) {
        const left = check.now(rule);
        if (left !== undefined) (due ??= []).push({ check, left });
      }
    } finally {
      this.bucket = saved;
    }
    if (due) this.due.set(rule, due);
    return found.length ? found.slice() : none;
  }

  /** The rest of the rule's checks, after binding, added to what ruleNow found. */
  ruleLater(rule: RuleNode, found: Finding[]): Finding[] {
    const due = this.due.get(rule);
    if (!due) return found;
    this.due.delete(rule);
    return found.concat(this.collect(() => {
      for (const { check, left } of due) check.later?.(rule, left);
    }));
  }

  /** Both parts, in the order a full analysis gives them (every `now`, then every `later`). */
  whole(rule: RuleNode): Finding[] {
    return this.ruleLater(rule, this.ruleNow(rule));
  }

  /** Comparing the rules of one run of a chain (duplicates, shadows). */
  run(refs: readonly ChainReference[]): Finding[] {
    return this.collect(() => checkRun(this.ctx, refs));
  }

  /** Declarations, the chains commands need, targets, rule numbers (structure.ts). */
  structure(): Finding[] {
    return structureFindings(this.ctx.model);
  }

  /** What the jump graph shows: jump loops, unused chains. */
  jumps(): Finding[] {
    return this.collect(() => {
      this.placement.loops();
      checkUnusedChains(this.ctx);
    });
  }
}
