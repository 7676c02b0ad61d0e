// What the word being typed is, from the words before it, read by the same
// rule parser the analysis uses: a new option, a value of the last option, or
// an operand of the command (chain, policy...).
import { optionSpecOf } from '../../catalog/modules';
import type { CommandNode, OptionNode } from '../../syntax/ast';
import type { OperandKind } from '../../syntax/coreOptions';
import { samePosition } from '../../syntax/position';
import type { RuleParts } from '../../syntax/ruleParser';

export type Slot =
  /** A new option; after `!` only negatable ones. */
  | { kind: 'option'; negated: boolean }
  /** Argument `index` of `option`. */
  | { kind: 'value'; option: OptionNode; index: number }
  | { kind: 'operand'; command: CommandNode; operand: OperandKind }
  | { kind: 'none' };

/** How many values the option takes: a number, or 'optional' for values that may be left out. */
function arityOf(option: OptionNode): number | 'optional' | undefined {
  const owner = option.owner;
  const spec = owner.kind === 'core' ? owner.spec : optionSpecOf(option);
  if (!spec) return undefined;
  return spec.optionalValue ? 'optional' : spec.arity;
}

export function slotAfter(words: readonly OptionNode['word'][], parts: RuleParts, typed: string): Slot {
  const wantsOption = typed === '' || typed.startsWith('-');
  const last = words[words.length - 1];
  if (!last) return { kind: 'option', negated: false };
  if (last.text === '!' && !last.quoted) return { kind: 'option', negated: true };
  const option = parts.options[parts.options.length - 1];
  // The last words belong to no option (iptables would refuse them): only a new option makes sense.
  if (!option || !samePosition((option.args[option.args.length - 1] ?? option.word).range.end, last.range.end)) {
    return wantsOption ? { kind: 'option', negated: false } : { kind: 'none' };
  }

  const command = option.owner.kind === 'core' ? option.owner.spec.command : undefined;
  if (command && parts.command?.option === option) {
    const next = command.operands[option.args.length];
    if (!next) return { kind: 'option', negated: false };
    // An optional rule number has nothing to offer: new options are likelier.
    if (next.optional && (typed.startsWith('-') || (next.kind === 'rulenum' && typed === ''))) return { kind: 'option', negated: false };
    return { kind: 'operand', command: parts.command, operand: next.kind };
  }

  const arity = arityOf(option);
  if (arity === undefined) return wantsOption ? { kind: 'option', negated: false } : { kind: 'none' };
  if (arity === 'optional') {
    if (option.args.length === 0 && !wantsOption) return { kind: 'value', option, index: 0 };
    return { kind: 'option', negated: false };
  }
  if (option.args.length < arity) return { kind: 'value', option, index: option.args.length };
  return wantsOption ? { kind: 'option', negated: false } : { kind: 'none' };
}
