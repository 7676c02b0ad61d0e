// What a rule tests and what it does, as comparable strings. Used to find
// duplicate and shadowed rules; later the packet tracer can reuse the split.
// Signatures are kept per rule node: an edit re-checks the whole chain run, and
// only the edited rule's signature changes (forget it before re-checking).
import type { OptionNode, RuleNode } from '../syntax/ast';
import { findMatch, findTarget } from '../catalog/modules';
import { findVerdict } from '../catalog/verdicts';

function optionText(o: OptionNode): string {
  return `${o.negation ? '! ' : ''}${o.name}${o.args.map((a) => ` ${a.text}`).join('')}`;
}

export interface RuleSignature {
  /** Each condition once, sorted: two rules with the same set test the same packets. */
  conditions: string[];
  /** The target and its options. */
  action: string;
  /** A condition depends on history (rate limits, counters, random sampling), not just the packet. */
  stateful: boolean;
  /** Conditions and action in one string: two rules with the same `full` are exact duplicates. */
  full: string;
}

const cache = new WeakMap<RuleNode, RuleSignature>();

/** The rule's signature, computed once per rule node. */
export function ruleSignature(rule: RuleNode): RuleSignature {
  let sig = cache.get(rule);
  if (!sig) cache.set(rule, (sig = computeSignature(rule)));
  return sig;
}

/** Drops the kept signature of a rule node whose content was replaced in place (an edit). */
export function forgetSignature(rule: RuleNode): void {
  cache.delete(rule);
}

/** Does the option test the packet? Core options say so themselves; --comment and -m only carry text or load. */
function isCondition(o: OptionNode): boolean {
  const owner = o.owner;
  if (owner.kind === 'core') return owner.spec.condition === true;
  if (owner.kind === 'target') return false;
  return o.name !== '--comment';
}

function computeSignature(rule: RuleNode): RuleSignature {
  const conditions = new Set<string>();
  let stateful = false;
  // The module's options carry the condition; rule.matches below says whether it is stateful.
  for (const o of rule.options) if (isCondition(o)) conditions.add(optionText(o));
  for (const m of rule.matches) if (findMatch(m.name)?.stateful) stateful = true;
  const t = rule.target;
  const action = t ? `${t.kind} ${t.name}${t.options.map((o) => ` ${optionText(o)}`).join('')}` : '';
  const sorted = [...conditions].sort();
  return { conditions: sorted, action, stateful, full: `${sorted.join('\u0001')}\u0002${action}` };
}

/**
 * Does the rule end the packet's walk through this chain when it matches?
 * Verdicts, terminating targets and goto do; jumps to user chains and
 * non-terminating targets (LOG, MARK...) do not.
 */
export function endsChain(rule: RuleNode): boolean {
  const t = rule.target;
  if (!t) return false;
  if (t.kind === 'goto') return true;
  if (findVerdict(t.name)) return true;
  return findTarget(t.name)?.terminating === true;
}
