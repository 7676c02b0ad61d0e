// A rule line of iptables-restore input that keeps only what other lines see of
// it (its command's name, chain, operands, where it jumps, counters, problems)
// and reads its options, matches, command and target again from its text when
// asked. A dump holds tens of thousands of rules; keeping every option, match and
// word of each cost about 2 KB per rule and made the garbage collector copy them
// all (docs/performance.md). Reading a line again takes a few microseconds.
import type { CommandName } from './coreOptions';
import type { CommandNode, CountersNode, Family, MatchNode, OptionNode, RuleNode, TargetNode } from './ast';
import type { ExtensionGrammar } from './extensionGrammar';
import { rangeOnLine, type Range } from './position';
import type { Problem } from './problem';
import { share, splitRestoreWords } from './restoreWords';
import { fit, none } from './lists';
import { parseRuleWords, type RuleParts } from './ruleParser';
import type { Row, Word } from './word';

/** What is read again on demand. */
type Details = Pick<RuleParts, 'options' | 'protocol' | 'matches' | 'command' | 'target'>;

/** What binding and the jump graph read of a rule's target, for every rule. */
export type TargetSummary = Pick<TargetNode, 'kind' | 'name' | 'nameWord' | 'extension'>;

/**
 * Details are kept for the last few rules read: a check reads one rule's options
 * several times in a row. Nothing may hold a rule's option or match objects while
 * reading the details of many other rules: they may be read again as new objects.
 */
const keptCount = 64;
const kept: Array<RestoreRule | undefined> = new Array(keptCount);
let nextKept = 0;

function keep(rule: RestoreRule): void {
  const evicted = kept[nextKept];
  if (evicted && evicted !== rule) evicted.forgetDetails();
  kept[nextKept] = rule;
  nextKept = (nextKept + 1) % keptCount;
}

/** The family a `-4` or `-6` marks its rule for (coreOptions' marksFamily); undefined for any other option. */
export function markedFamily(o: OptionNode): Family | undefined {
  return o.owner.kind === 'core' ? o.owner.spec.marksFamily : undefined;
}

function isFamilyMark(o: OptionNode): boolean {
  return markedFamily(o) !== undefined;
}

/** Core conditions of a rule with no match and no negation; undefined when it has either (so it tests something). */
export function plainConditionsOf(options: readonly OptionNode[], matches: readonly MatchNode[]): OptionNode[] | undefined {
  if (matches.length > 0) return undefined;
  const out: OptionNode[] = [];
  for (const o of options) {
    if (o.owner.kind !== 'core' || o.negation) return undefined;
    if (o.owner.spec.condition) out.push(o);
  }
  return out;
}

/** The words a restore rule keeps from its first reading: their common texts (`ACCEPT`, `DNAT`) are shared. */
function keptWords(parts: RuleParts): Word[] {
  const out: Word[] = [...parts.operands];
  if (parts.target) out.push(parts.target.nameWord);
  return out;
}

/** The `-4` and `-6` options of a rule, in written order. */
export function familyMarksOf(rule: RuleNode): readonly OptionNode[] {
  return rule instanceof RestoreRule ? rule.familyMarks ?? none : rule.options.filter(isFamilyMark);
}

/** The command a rule runs, for passes over every rule: a restore rule answers without reading its line again. */
export function commandOf(rule: RuleNode): CommandName | undefined {
  return rule instanceof RestoreRule ? rule.commandName : rule.command?.name;
}

/** Where a rule jumps, for passes over every rule: a restore rule answers without reading its line again. */
export function targetOf(rule: RuleNode): TargetSummary | undefined {
  return rule instanceof RestoreRule ? rule.jump : rule.target;
}

/** plainConditionsOf for any rule, without reading a restore rule again. */
export function plainConditions(rule: RuleNode): readonly OptionNode[] | undefined {
  return rule instanceof RestoreRule ? rule.plainConditions : plainConditionsOf(rule.options, rule.matches);
}

export class RestoreRule implements RuleNode {
  declare readonly kind: 'rule';
  declare readonly origin: 'restore';
  declare readonly prefix: Word[];
  /** The command's name (`append` for -A): the command node itself is read again when asked. */
  commandName?: CommandName;
  chain?: Word;
  operands: Word[];
  /** Where the rule jumps or goes: the target node itself (with its options) is read again when asked. */
  jump?: TargetSummary;
  /** The `-4` and `-6` of the line, if any (binding reads them for every rule). */
  familyMarks?: OptionNode[];
  /** See plainConditionsOf: what decides whether the rule stops every packet, without reading it again. */
  plainConditions?: OptionNode[];
  declare counters?: CountersNode;
  declare otherFamily?: boolean;
  declare programFamily?: Family;
  private declare details?: Details;

  /** `text` is the line without a CR; its words start at `from` (after any counters). */
  constructor(
    private readonly text: string,
    private readonly from: number,
    private readonly grammar: ExtensionGrammar,
    readonly row: Row,
    readonly table: string | undefined,
    parts: RuleParts,
    public problems: Problem[],
  ) {
    // The first reading is transient too: only what is kept gets exact-size arrays.
    this.commandName = parts.command?.name;
    this.chain = parts.chain;
    this.operands = parts.operands.length ? fit(parts.operands) : none;
    const t = parts.target;
    if (t) this.jump = { kind: t.kind, name: t.name, nameWord: t.nameWord, extension: t.extension };
    for (const word of keptWords(parts)) word.text = share(word.text);
    const marks = parts.options.filter(isFamilyMark);
    if (marks.length) this.familyMarks = marks;
    this.plainConditions = plainConditionsOf(parts.options, parts.matches);
    if (this.plainConditions) this.plainConditions = fit(this.plainConditions);
    // The first reading stays at hand while the rule is recent: checks right after parsing need not read it again.
    this.remember(parts);
  }

  get range(): Range {
    return rangeOnLine(this.row.line, 0, this.text.length);
  }

  get options(): OptionNode[] {
    return this.read().options;
  }

  get protocol(): OptionNode | undefined {
    return this.read().protocol;
  }

  get matches(): MatchNode[] {
    return this.read().matches;
  }

  get command(): CommandNode | undefined {
    return this.read().command;
  }

  get target(): TargetNode | undefined {
    return this.read().target;
  }

  forgetDetails(): void {
    this.details = undefined;
  }

  /**
   * Reads the line again. All details come from one reading, so they agree with
   * each other by identity (`rule.target.option` is in `rule.options`); the kept
   * chain, operand and target words are other objects with the same text and place.
   */
  private read(): Details {
    if (this.details) return this.details;
    return this.remember(parseRuleWords(splitRestoreWords(this.text, this.row, this.from), { origin: 'restore', grammar: this.grammar, transient: true }));
  }

  private remember(parts: RuleParts): Details {
    const details: Details = { options: parts.options, protocol: parts.protocol, matches: parts.matches, command: parts.command, target: parts.target };
    this.details = details;
    keep(this);
    return details;
  }
}

Object.defineProperties(RestoreRule.prototype, {
  kind: { value: 'rule' },
  origin: { value: 'restore' },
  prefix: { value: none },
});
