// Checks every option argument against what its option takes (the catalog's
// ValueType), the way iptables 1.8.9 reads it, and reports on the exact part
// of the word that is wrong. Words holding shell variables are never checked:
// their value is only known when the script runs.
import { findMatch, findOptionSpec, valueTypeAt } from '../../catalog/modules';
import type { EnumWord, Family, ModuleSpec, ValueType } from '../../catalog/types';
import type { OptionNode, RuleNode } from '../../syntax/ast';
import { rangeOnLine, type Range } from '../../syntax/position';
import { isDynamic, type Word } from '../../syntax/word';
import { makeFinding } from '../finding';
import { familyOf } from '../model';
import { checkValue } from '../values/checkValue';
import { checkCounters } from '../values/counters';
import { canonicalProtocol, protocolNumber } from '../values/protocol';
import { noReading } from '../values/optionRules';
import { boundOptionsOf, checkRelations } from '../values/relations';
import { collectingSink, type ValueEnv, type ValueIssue } from '../values/sink';
import { flagsOutsideMask } from '../values/tcpFlags';
import { ruleCheck, type CheckContext, type RuleCheck } from './context';

const coreAddress: ValueType = { kind: 'address', list: true, mask: true };
const coreInterface: ValueType = { kind: 'interface' };
const coreProtocol: ValueType = { kind: 'protocol' };

/** Where offsets [start, end) of a word's text lie in the source; the whole word when that cannot be told. */
function rangeInWord(word: Word, start: number, end: number): Range {
  const r = word.range;
  if (r.start.line !== r.end.line || end <= start) return r;
  const width = r.end.character - r.start.character;
  const text = word.text.length;
  // Unquoted: one character per character. Fully quoted ("..."): shifted by the opening quote.
  const shift = width === text && !word.quoted ? 0 : width === text + 2 && word.quoted && !word.unterminated ? 1 : -1;
  if (shift < 0) return r;
  return rangeOnLine(r.start.line, r.start.character + shift + start, r.start.character + shift + Math.min(end, text));
}

interface RuleEnv {
  family: Family;
  familyCertain: boolean;
  protocol?: string;
  protocolDynamic: boolean;
}

function report(ctx: CheckContext, word: Word, issues: ValueIssue[]): void {
  for (const i of issues) ctx.report(makeFinding(i.code, i.message, rangeInWord(word, i.start, i.end), i.severity));
}

// One sink for the whole check: most words are fine, so nothing is allocated for them.
const pending: ValueIssue[] = [];
const sink = collectingSink(pending);

/** Checks one word; returns how many issues it had. */
function checkWord(ctx: CheckContext, type: ValueType, word: Word, env: ValueEnv): number {
  if (isDynamic(word)) return 0;
  pending.length = 0;
  checkValue(type, word.text, 0, env, sink);
  const count = pending.length;
  if (count > 0) report(ctx, word, pending);
  return count;
}

/** Made only for the core options whose values are checked (not for -A, -j, -m...), which are most of them. */
function coreEnv(option: OptionNode, rule: RuleEnv): ValueEnv {
  return { family: rule.family, familyCertain: rule.familyCertain, protocol: rule.protocol, protocolDynamic: rule.protocolDynamic, kind: 'core', rules: noReading, option: option.written };
}

function checkCore(ctx: CheckContext, option: OptionNode, rule: RuleEnv): void {
  if (option.owner.kind !== 'core') return;
  const long = option.owner.spec.long;
  const arg = option.args[0];
  switch (long) {
    case '--source':
    case '--destination':
      if (arg) checkWord(ctx, coreAddress, arg, coreEnv(option, rule));
      return;
    case '--in-interface':
    case '--out-interface':
      if (arg) checkWord(ctx, coreInterface, arg, coreEnv(option, rule));
      return;
    case '--protocol':
      if (!arg || isDynamic(arg)) return;
      if (checkWord(ctx, coreProtocol, arg, coreEnv(option, rule)) === 0 && option.negation && protocolNumber(arg.text) === 0) {
        ctx.report(makeFinding('bad-protocol', '`! -p all` matches no packet at all, and iptables refuses it. Leave -p out, or name the protocol to exclude.', option.range));
      }
      return;
    case '--set-counters':
      for (const w of option.args) {
        if (isDynamic(w)) continue;
        pending.length = 0;
        checkCounters(w.text, coreEnv(option, rule), sink);
        report(ctx, w, pending);
      }
      return;
  }
}

function checkExtension(ctx: CheckContext, option: OptionNode, module: Pick<ModuleSpec, 'kind' | 'name'>, rule: RuleEnv): void {
  const spec = findOptionSpec(module, option.name);
  if (!spec) return;
  const value = spec.value;
  if (!value || (Array.isArray(value) && value.length === 0)) return;
  const env: ValueEnv = {
    family: rule.family,
    familyCertain: rule.familyCertain,
    protocol: rule.protocol,
    protocolDynamic: rule.protocolDynamic,
    kind: module.kind,
    rules: spec.reading ?? noReading,
    option: option.written,
  };
  for (let k = 0; k < option.args.length; k++) checkWord(ctx, valueTypeAt(spec, k)!, option.args[k], env);
  if (spec.reading?.secondWithinFirst) {
    const first = valueTypeAt(spec, 0)!;
    if (first.kind === 'enum') checkSecondWithinFirst(ctx, option, first.values);
  }
}

/** MASK COMP (--tcp-flags) with a word in COMP that MASK leaves out can never match. */
function checkSecondWithinFirst(ctx: CheckContext, option: OptionNode, words: readonly EnumWord[]): void {
  const [mask, comp] = option.args;
  if (!mask || !comp || isDynamic(mask) || isDynamic(comp)) return;
  const outside = flagsOutsideMask(mask.text, comp.text, words);
  if (outside.length === 0) return;
  const message = `${outside.join(', ')} ${outside.length === 1 ? 'is' : 'are'} required set but not among the flags examined (${mask.text}), so this rule never matches. Add ${outside.join(',')} to the first list.`;
  ctx.report(makeFinding('tcp-flags-never-match', message, comp.range, 'warning'));
}

function checkRule(ctx: CheckContext, node: RuleNode): void {
  // A script line says its own family (ip6tables in an iptables script).
  const family = familyOf(node, ctx.family);
  const familyCertain = node.programFamily !== undefined || ctx.familyCertain;
  const protoWord = node.protocol?.args[0];
  const rule: RuleEnv = { family, familyCertain, protocolDynamic: protoWord !== undefined && isDynamic(protoWord) };
  if (protoWord && !rule.protocolDynamic) rule.protocol = canonicalProtocol(protoWord.text);
  for (const option of node.options) {
    const owner = option.owner;
    if (owner.kind === 'core') checkCore(ctx, option, rule);
    else if (owner.kind === 'match') checkExtension(ctx, option, { kind: 'match', name: owner.match.name }, rule);
    else if (owner.kind === 'target') checkExtension(ctx, option, { kind: 'target', name: owner.target.name }, rule);
  }
  for (const match of node.matches) {
    const spec = findMatch(match.name);
    if (!spec || boundOptionsOf(spec).length === 0) continue;
    for (const r of checkRelations(spec, match.options)) {
      ctx.report(makeFinding('number-out-of-range', r.message, r.word.range));
    }
  }
}

export function valueRuleCheck(ctx: CheckContext): RuleCheck {
  return ruleCheck((rule) => checkRule(ctx, rule));
}
