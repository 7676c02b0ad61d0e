// A rule line of iptables-restore input that keeps only what other lines see of
// it (command, chain, operands, target, counters, problems) and reads its
// options and matches again from its text when asked. A dump holds tens of
// thousands of rules; keeping every option, match and word of each cost about
// 2 KB per rule and made the garbage collector copy them all (docs/performance.md).
// Reading a line again takes a few microseconds.
import type { CommandNode, CountersNode, Family, MatchNode, OptionNode, RuleNode, TargetNode } from './ast';
import type { ExtensionGrammar } from './extensionGrammar';
import { rangeOnLine, type Range } from './position';
import type { Problem } from './problem';
import { share, splitRestoreWords } from './restoreWords';
import { fit, parseRuleWords, type RuleParts } from './ruleParser';
import type { Row, Word } from './word';

/** What is read again on demand. */
interface Details {
  options: OptionNode[];
  protocol?: OptionNode;
  matches: MatchNode[];
}

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

const noWords: Word[] = [];
const noOptions: OptionNode[] = [];

function isFamilyMark(o: OptionNode): boolean {
  return o.name === '--ipv4' || o.name === '--ipv6';
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

/** The words a restore rule keeps from its first reading: their common texts (`-A`, `-j`, `ACCEPT`) are shared. */
function keptWords(parts: RuleParts): Word[] {
  const out: Word[] = [];
  if (parts.command) out.push(parts.command.option.word, ...parts.command.option.args);
  out.push(...parts.operands);
  if (parts.target) {
    out.push(parts.target.option.word, parts.target.nameWord);
    for (const o of parts.target.options) out.push(o.word, ...o.args);
  }
  return out;
}

/** The `-4` and `-6` options of a rule, in written order. */
export function familyMarksOf(rule: RuleNode): readonly OptionNode[] {
  return rule instanceof RestoreRule ? rule.familyMarks ?? noOptions : rule.options.filter(isFamilyMark);
}

/** plainConditionsOf for any rule, without reading a restore rule again. */
export function plainConditions(rule: RuleNode): readonly OptionNode[] | undefined {
  return rule instanceof RestoreRule ? rule.plainConditions : plainConditionsOf(rule.options, rule.matches);
}

export class RestoreRule implements RuleNode {
  declare readonly kind: 'rule';
  declare readonly origin: 'restore';
  declare readonly prefix: Word[];
  command?: CommandNode;
  chain?: Word;
  operands: Word[];
  target?: TargetNode;
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
    this.command = parts.command;
    if (parts.command) parts.command.option.args = fit(parts.command.option.args);
    this.chain = parts.chain;
    this.operands = fit(parts.operands);
    this.target = parts.target;
    if (parts.target) {
      parts.target.option.args = fit(parts.target.option.args);
      parts.target.options = fit(parts.target.options);
      for (const o of parts.target.options) o.args = fit(o.args);
    }
    for (const word of keptWords(parts)) word.text = share(word.text);
    const marks = parts.options.filter(isFamilyMark);
    if (marks.length) this.familyMarks = marks;
    this.plainConditions = plainConditionsOf(parts.options, parts.matches);
    if (this.plainConditions) this.plainConditions = fit(this.plainConditions);
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

  forgetDetails(): void {
    this.details = undefined;
  }

  /**
   * Reads the line again. The command, target and their words are the objects
   * kept since the first reading (references and jump edges hold them), so the
   * options list is given those instead of the new copies.
   */
  private read(): Details {
    if (this.details) return this.details;
    const parts = parseRuleWords(splitRestoreWords(this.text, this.row, this.from), { origin: 'restore', grammar: this.grammar, transient: true });
    const command = this.command?.option;
    const target = this.target;
    let targetOption = 0;
    const options = parts.options.map((o) => {
      if (o === parts.command?.option && command) return command;
      if (o === parts.target?.option && target) return target.option;
      if (o.owner.kind === 'target' && target) return target.options[targetOption++] ?? o;
      return o;
    });
    const details: Details = { options, protocol: parts.protocol, matches: parts.matches };
    this.details = details;
    keep(this);
    return details;
  }
}

Object.defineProperties(RestoreRule.prototype, {
  kind: { value: 'rule' },
  origin: { value: 'restore' },
  prefix: { value: noWords },
});
