// What a rule tests and what it does, as comparable strings. Used to find
// duplicate and shadowed rules; later the packet tracer can reuse the split.
// Signatures are kept only for rules of long runs (kube-proxy's KUBE-SERVICES):
// an edit re-checks its whole run, and building thousands again costs more than
// keeping them. Elsewhere a kept one costs more (memory, and a weak map the
// collector must trace) than building it again.
import type { OptionNode, RuleNode } from '../syntax/ast';
import { findMatch, findTarget } from '../catalog/modules';
import { findVerdict } from '../catalog/verdicts';
import { targetOf } from '../syntax/restoreRule';

function optionText(o: OptionNode): string {
  let text = o.negation ? `! ${o.name}` : o.name;
  for (const a of o.args) text += ` ${a.text}`;
  return text;
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

const kept = new WeakMap<RuleNode, RuleSignature>();

/** The rule's signature, kept for the next time (for rules of long runs). */
export function keptSignature(rule: RuleNode): RuleSignature {
  let sig = kept.get(rule);
  if (!sig) kept.set(rule, (sig = ruleSignature(rule)));
  return sig;
}

/** Drops the kept signature of a rule node whose content was replaced in place (an edit). */
export function forgetSignature(rule: RuleNode): void {
  kept.delete(rule);
}

/** Does the option test the packet? Core options say so themselves; --comment and -m only carry text or load. */
function isCondition(o: OptionNode): boolean {
  const owner = o.owner;
  if (owner.kind === 'core') return owner.spec.condition === true;
  if (owner.kind === 'target') return false;
  return o.name !== '--comment';
}

export function ruleSignature(rule: RuleNode): RuleSignature {
  // A rule tests a handful of options: a list beats a set here.
  const conditions: string[] = [];
  let stateful = false;
  // The module's options carry the condition; rule.matches below says whether it is stateful.
  for (const o of rule.options) {
    if (!isCondition(o)) continue;
    const text = optionText(o);
    if (!conditions.includes(text)) conditions.push(text);
  }
  for (const m of rule.matches) if (findMatch(m.name)?.stateful) stateful = true;
  const t = rule.target;
  let action = t ? `${t.kind} ${t.name}` : '';
  if (t) for (const o of t.options) action += ` ${optionText(o)}`;
  conditions.sort();
  return { conditions, action, stateful, full: `${conditions.join('\u0001')}\u0002${action}` };
}

/**
 * Does the rule end the packet's walk through this chain when it matches?
 * Verdicts, terminating targets and goto do; jumps to user chains and
 * non-terminating targets (LOG, MARK...) do not.
 */
export function endsChain(rule: RuleNode): boolean {
  const t = targetOf(rule);
  if (!t) return false;
  if (t.kind === 'goto') return true;
  if (findVerdict(t.name)) return true;
  return findTarget(t.name)?.terminating === true;
}
