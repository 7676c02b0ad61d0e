// What every semantic check receives: the document's family, the bound model and a way to report.
import type { Finding } from '../finding';
import type { Family, RuleNode } from '../../syntax/ast';
import type { DocumentModel } from '../model';

export interface CheckContext {
  /** The document's family and whether it is stated (not guessed): known before any chain is bound. */
  family: Family;
  familyCertain: boolean;
  /** The bound chains: per-rule checks read it only in `later` (see RuleCheck). */
  model: DocumentModel;
  report(finding: Finding): void;
}

/** The context of a bound model. */
export function modelContext(model: DocumentModel, report: (finding: Finding) => void): CheckContext {
  return { family: model.family, familyCertain: model.familyCertain, model, report };
}

/**
 * A check of one rule on its own: the unit an edit re-runs. `now` reads only the
 * rule and the document's family, so a full analysis of restore input runs it
 * while the line's first reading is at hand, before any chain is bound. When part
 * of the rule needs the bound chains or the jump graph, it returns what `later`
 * will need of the rule (taken while the line is read: a restore rule would read
 * it again), and `later` gets it back; otherwise undefined.
 */
export interface RuleCheck<Left = unknown> {
  now(rule: RuleNode): Left | undefined;
  later?(rule: RuleNode, left: Left): void;
}

/** A check that needs nothing but the rule and the family. */
export function ruleCheck(check: (rule: RuleNode) => void): RuleCheck<never> {
  return {
    now(rule) {
      check(rule);
      return undefined;
    },
  };
}

/** Both parts of a check, one after the other, as an edit re-runs them. */
export function checkWhole<Left>(check: RuleCheck<Left>, rule: RuleNode): void {
  const left = check.now(rule);
  if (left !== undefined) check.later?.(rule, left);
}
