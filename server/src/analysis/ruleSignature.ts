// What a rule tests and what it does, as comparable strings. Used to find
// duplicate and shadowed rules; later the packet tracer can reuse the split.
import type { OptionNode, RuleNode } from '../syntax/ast';
import { findMatch, findTarget } from '../catalog/modules';
import { findVerdict } from '../catalog/verdicts';

/** Options that neither test the packet nor act on it. */
const neutral = new Set(['--append', '--insert', '--replace', '--delete', '--check', '--table', '--set-counters', '--wait', '--wait-interval', '--verbose', '--numeric', '--exact', '--line-numbers', '--modprobe', '--ipv4', '--ipv6', '--jump', '--goto']);

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
}

export function ruleSignature(rule: RuleNode): RuleSignature {
  const conditions = new Set<string>();
  let stateful = false;
  for (const o of rule.options) {
    if (o.owner.kind === 'target' || neutral.has(o.name)) continue;
    // The module's options carry the condition; rule.matches below says whether it is stateful.
    if (o.name === '--match' || o.name === '--comment') continue;
    conditions.add(optionText(o));
  }
  for (const m of rule.matches) if (findMatch(m.name)?.stateful) stateful = true;
  const t = rule.target;
  const action = t ? `${t.kind} ${t.name}${t.options.map((o) => ` ${optionText(o)}`).join('')}` : '';
  return { conditions: [...conditions].sort(), action, stateful };
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
