// Option checks: what iptables (or the kernel, at commit) refuses about the
// options of one rule. Unknown options and matches, `!` where it is not
// allowed, options given twice or together when they exclude each other,
// missing mandatory options, and modules or options used without the
// protocol they need. Family mismatches (an ip6tables-only module in an IPv4
// file) are warnings, since the family itself may be a guess.
//
// Every rule here was measured with `iptables-legacy-restore` in a throw-away
// network namespace (see the tests for the cases).
import { coreDocs } from '../../catalog/coreDocs';
import type { Family, MatchNode, OptionNode, RuleNode, TargetNode } from '../../syntax/ast';
import { coreLongNames } from '../../syntax/coreOptions';
import type { Range } from '../../syntax/position';
import type { Word } from '../../syntax/word';
import { isDynamic } from '../../syntax/word';
import { allModules, findMatch, findTarget } from '../../catalog/modules';
import { findProtocol } from '../../catalog/protocols';
import { natPortProtocols } from '../../catalog/targets/common';
import type { ModuleSpec, OptionSpec } from '../../catalog/types';
import { findVerdict } from '../../catalog/verdicts';
import { makeFinding, type Finding } from '../finding';
import { suggest } from '../values/suggest';
import type { CheckContext, RuleCheck } from './context';
import { policyElementFindings } from './policyElements';
import { andList, capitalize, moduleLabel, orList } from './wording';
import { committedCommands, ruleCommands } from './commands';
import { findOptionWord } from './enumWords';
import { tcpFlags } from '../../catalog/values/tcpFlags';
import { listHasBits } from '../values/tcpFlags';
import { chainSymbol, familyOf } from '../model';
import { familyLabel, familyProgram } from '../../syntax/programs';

/** The SYN bit of the TCP header: `ALL` names it too. */
const synBit = tcpFlags.find((w) => w.word === 'SYN')!.value!;

// ---------------------------------------------------------------- knowledge

/** Option name (every spelling) -> the modules that have it. */
let optionIndex: Map<string, ModuleSpec[]> | undefined;
function modulesWithOption(name: string): ModuleSpec[] {
  if (!optionIndex) {
    optionIndex = new Map();
    for (const m of allModules) {
      for (const o of m.options) {
        for (const n of o.names) {
          let l = optionIndex.get(n);
          if (!l) optionIndex.set(n, (l = []));
          if (!l.includes(m)) l.push(m);
        }
      }
    }
  }
  return optionIndex.get(name) ?? [];
}

const matchNames = allModules.filter((m) => m.kind === 'match').map((m) => m.name);

// ---------------------------------------------------------------- helpers

type ModuleNode = { kind: 'match'; node: MatchNode; spec: ModuleSpec } | { kind: 'target'; node: TargetNode; spec: ModuleSpec };

interface Protocol {
  option: OptionNode;
  word: Word;
  /** Protocol number, when the word names a protocol we know. */
  number?: number;
  negated: boolean;
  index: number;
}

interface RuleFacts {
  rule: RuleNode;
  family: Family;
  protocol?: Protocol;
  /** The kernel sees the rule (append, insert, replace); -D and -C only run iptables' own checks. */
  committed: boolean;
}

const numberSets = new WeakMap<readonly string[], Set<number>>();

/** The protocol numbers of a catalog list, computed once per list. */
function protocolNumbers(names: readonly string[]): Set<number> {
  let out = numberSets.get(names);
  if (!out) {
    out = new Set<number>();
    for (const n of names) {
      const p = findProtocol(n)?.number;
      if (p !== undefined) out.add(p);
    }
    numberSets.set(names, out);
  }
  return out;
}

function pSpelling(names: readonly string[]): string {
  return orList(names.map((n) => `\`-p ${n}\``));
}

function familyName(f: Family): string {
  return `${familyLabel(f)} (${familyProgram(f)})`;
}

/** Where the checks find modules: the catalog, or a stand-in in tests. */
export interface ModuleLookup {
  match(name: string): ModuleSpec | undefined;
  target(name: string): ModuleSpec | undefined;
}

const catalogLookup: ModuleLookup = { match: findMatch, target: findTarget };

const mandatoryLists = new WeakMap<ModuleSpec, readonly OptionSpec[]>();

/** The options a module cannot go without, worked out once per module. */
function mandatoryOptions(spec: ModuleSpec): readonly OptionSpec[] {
  let list = mandatoryLists.get(spec);
  if (!list) mandatoryLists.set(spec, (list = spec.options.filter((o) => o.mandatory)));
  return list;
}

const optionMaps = new WeakMap<ModuleSpec, Map<string, OptionSpec>>();

/** The spec of an option of a module, by any of its spellings (one map per module, built on first use). */
function optionSpec(module: ModuleSpec, name: string): OptionSpec | undefined {
  let byName = optionMaps.get(module);
  if (!byName) {
    byName = new Map();
    for (const o of module.options) for (const n of o.names) byName.set(n, o);
    optionMaps.set(module, byName);
  }
  return byName.get(name);
}

function moduleNodes(rule: RuleNode, lookup: ModuleLookup): ModuleNode[] {
  const out: ModuleNode[] = [];
  for (const m of rule.matches) {
    const spec = lookup.match(m.name);
    if (spec) out.push({ kind: 'match', node: m, spec });
  }
  const t = rule.target;
  if (t && t.extension) {
    const spec = lookup.target(t.name);
    if (spec) out.push({ kind: 'target', node: t, spec });
  }
  return out;
}

function nameWordOf(m: ModuleNode): Word {
  return m.node.nameWord;
}

/** The common protocol matches first, so suggestions start with `-p tcp`. */
const popular = ['tcp', 'udp', 'icmp', 'icmp6'];
function byPopularity(modules: readonly ModuleSpec[]): ModuleSpec[] {
  const rank = (m: ModuleSpec): number => {
    const i = popular.indexOf(m.name);
    return i < 0 ? popular.length : i;
  };
  return [...modules].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}

// ---------------------------------------------------------------- the check

class OptionChecker {
  // The catalog's lookups are plain maps by name already: no cache of our own is needed.
  constructor(private readonly ctx: CheckContext, private readonly catalog: ModuleLookup) {}

  /** A module of the other family is refused for sure only when the family is stated, not guessed. */
  private get familySeverity(): Finding['severity'] {
    return this.ctx.familyCertain ? 'error' : 'warning';
  }

  private report(code: string, message: string, range: Range, severity: Finding['severity'] = 'error', related?: Finding['related'], extra?: { suggestion?: string; didYouMean?: string }): void {
    this.ctx.report(makeFinding(code, message, range, severity, { related, ...extra }));
  }

  /** Everything but what needs the bound chains: true when that is left for `later`. */
  rule(rule: RuleNode): true | undefined {
    this.currentRule = rule;
    const command = rule.command?.name;
    const facts = this.facts(rule);
    this.negations(facts);
    // Unknown options after a jump to a chain are judged by whether the chain exists: that needs the chains.
    const deferred = this.needsChains(rule);
    if (!deferred) this.unknownOptions(facts);
    if (command && ruleCommands.has(command)) this.modules(facts);
    return deferred || undefined;
  }

  /** What `rule` left for when the chains are bound. */
  later(rule: RuleNode): void {
    this.currentRule = rule;
    this.unknownOptions(this.facts(rule));
  }

  private modules(facts: RuleFacts): void {
    const rule = facts.rule;
    this.unknownMatches(facts);
    for (const m of moduleNodes(rule, this.catalog)) {
      if (!this.familyOfModule(facts, m)) continue; // the other family's module: its details do not matter
      this.duplicatesAndExclusions(m);
      if (m.kind === 'match' && m.spec.elementSeparator) for (const f of policyElementFindings(m.node, m.spec)) this.ctx.report(f);
      this.mandatory(m);
      this.moduleProtocol(facts, m);
      this.optionProtocols(facts, m);
    }
    this.tcpmssNeedsSyn(facts);
  }

  private facts(rule: RuleNode): RuleFacts {
    const facts: RuleFacts = {
      rule,
      family: familyOf(rule, this.ctx.family),
      committed: committedCommands.has(rule.command?.name ?? ''),
    };
    const p = rule.protocol;
    const word = p?.args[0];
    if (p && word && !isDynamic(word)) {
      facts.protocol = { option: p, word, number: findProtocol(word.text)?.number, negated: p.negation !== undefined, index: rule.options.indexOf(p) };
    }
    return facts;
  }

  // ------------------------------------------------------------ negation

  private negations(facts: RuleFacts): void {
    for (const o of facts.rule.options) {
      if (!o.negation || o.intraNegation) continue;
      const owner = o.owner;
      if (owner.kind === 'core') {
        if (owner.spec.negatable) continue;
        if (owner.spec.negation === 'ignored') {
          this.report('negation-not-allowed', `\`!\` before \`${o.written}\` has no effect: iptables ignores it.`, o.negation.range, 'warning');
          continue;
        }
        const instead = coreDocs[owner.spec.long].insteadOfNegation;
        const hint = instead ? ` ${instead}` : '';
        this.report('negation-not-allowed', `\`${o.written}\` cannot be negated with \`!\`; iptables refuses the rule.${hint}`, o.negation.range);
        continue;
      }
      if (owner.kind === 'unknown') continue;
      const module = owner.kind === 'match' ? this.catalog.match(owner.match.name) : this.catalog.target(owner.target.name);
      if (!module) continue;
      const spec = optionSpec(module, o.name);
      if (!spec || spec.negatable) continue;
      this.report('negation-not-allowed', `\`${o.written}\` of ${moduleLabel(module)} cannot be negated with \`!\`; iptables refuses the rule.`, o.negation.range);
    }
  }

  // ------------------------------------------------------------ unknown options

  private unknownOptions(facts: RuleFacts): void {
    const { rule } = facts;
    const ambiguous = rule.problems.length === 0 ? undefined : new Set(rule.problems.filter((p) => p.code === 'ambiguous-option').map((p) => `${p.range.start.line}:${p.range.start.character}`));
    let blurred = false; // after an unknown -m or -j, the options that follow probably belong to it
    let afterTarget = false;
    for (const o of rule.options) {
      if (o.owner.kind === 'core' && o.owner.spec.long === '--match' && o.args[0] && !this.catalog.match(o.args[0].text)) blurred = true;
      if (o.owner.kind === 'core' && (o.owner.spec.long === '--jump' || o.owner.spec.long === '--goto') && rule.target?.option === o) afterTarget = true;
      if (o.owner.kind !== 'unknown' || isDynamic(o.word) || blurred) continue;
      // Whether the target blurs what follows is asked only when something unknown follows it: most rules have nothing unknown.
      if (afterTarget && this.opaqueTarget(rule)) {
        blurred = true;
        continue;
      }
      if (ambiguous?.has(`${o.word.range.start.line}:${o.word.range.start.character}`)) continue;
      this.unknownOption(facts, o);
    }
  }

  /** Does judging the rule's unknown options need the chains (is there one, and could the target be a chain)? */
  private needsChains(rule: RuleNode): boolean {
    const t = rule.target;
    if (!t || t.extension || findVerdict(t.name) || isDynamic(t.nameWord)) return false;
    return rule.options.some((o) => o.owner.kind === 'unknown');
  }

  /** A target that is neither a verdict, an extension, nor a chain of the table: its options cannot be told apart. */
  private opaqueTarget(rule: RuleNode): boolean {
    const t = rule.target;
    if (!t || t.extension || findVerdict(t.name)) return false;
    if (isDynamic(t.nameWord)) return true;
    const chain = rule.table !== undefined ? chainSymbol(this.ctx.model, rule.table, t.name, rule.programFamily) : undefined;
    return !chain || (chain.declarations.length === 0 && !chain.builtin);
  }

  private unknownOption(facts: RuleFacts, o: OptionNode): void {
    const { rule, family } = facts;
    const at = facts.rule.options.indexOf(o);
    const name = o.written;
    const owners = name.startsWith('--') ? byPopularity(modulesWithOption(name)) : [];
    const here = owners.filter((m) => m.families.includes(family));
    // `-p $PROTO --dport 22`: the protocol, and so the match it loads, is known only at run time.
    if (rule.protocol && !facts.protocol && here.some((m) => m.implicitForProtocol)) return;

    // 1. A module that has it is loaded later in the rule: iptables reads left to right.
    for (const m of rule.matches) {
      const mo = m.option;
      if (!mo || m.implicit || facts.rule.options.indexOf(mo) < at) continue;
      if (here.some((s) => s.kind === 'match' && s.name === m.name)) {
        this.report('option-needs-module', `\`${name}\` belongs to the ${m.name} match, but \`-m ${m.name}\` comes only later in the rule; iptables reads left to right, so move \`${name}\` after it.`, o.word.range, 'error', [
          { range: m.nameWord.range, message: `the ${m.name} match is loaded here` },
        ]);
        return;
      }
    }
    const t = rule.target;
    if (t && t.extension && facts.rule.options.indexOf(t.option) > at && here.some((s) => s.kind === 'target' && s.name === t.name)) {
      this.report('option-needs-module', `\`${name}\` belongs to the ${t.name} target, but \`-j ${t.name}\` comes only later in the rule; iptables reads left to right, so move \`${name}\` after it.`, o.word.range, 'error', [
        { range: t.nameWord.range, message: `the ${t.name} target is loaded here` },
      ]);
      return;
    }
    const proto = facts.protocol;
    const protoMatch = proto ? here.find((s) => s.implicitForProtocol !== undefined && findProtocol(s.implicitForProtocol)?.number === proto.number) : undefined;
    if (proto && protoMatch && proto.index > at) {
      this.report('option-needs-module', `\`${name}\` comes before \`-p ${proto.word.text}\`: iptables reads left to right and only loads the ${protoMatch.name} match when it meets an option after \`-p\`. Move \`-p ${proto.word.text}\` before \`${name}\`.`, o.word.range, 'error', [
        { range: proto.word.range, message: 'the protocol is given here' },
      ]);
      return;
    }
    if (proto && protoMatch && proto.negated) {
      this.report('option-needs-module', `\`${name}\` belongs to the ${protoMatch.name} match, but \`! -p ${proto.word.text}\` loads no match (it means "any protocol but ${proto.word.text}"), so iptables does not know \`${name}\` here.`, o.word.range);
      return;
    }

    // 2. It belongs to modules that are not loaded at all.
    const matchOwners = here.filter((m) => m.kind === 'match');
    const targetOwners = here.filter((m) => m.kind === 'target');
    if (matchOwners.length) {
      const implicit = matchOwners.filter((m) => m.implicitForProtocol);
      const names = andList(matchOwners.map((m) => m.name));
      const plural = matchOwners.length > 1 ? 'matches' : 'match';
      let fix: string;
      if (implicit.length) {
        fix = `add ${pSpelling(implicit.map((m) => m.implicitForProtocol!))} before it`;
        const others = matchOwners.filter((m) => !m.implicitForProtocol);
        if (others.length) fix += ` (or ${orList(others.map((m) => `\`-m ${m.name}\``))})`;
      } else {
        fix = `add ${orList(matchOwners.map((m) => `\`-m ${m.name}\``))} before it`;
      }
      let why = '';
      if (proto && !proto.negated) {
        const loaded = rule.matches.find((m) => m.implicit);
        why = loaded
          ? ` This rule's \`-p ${proto.word.text}\` loads the ${loaded.name} match, which has no \`${name}\`.`
          : ` This rule's protocol \`${proto.word.text}\` has no options of its own.`;
      }
      this.ctx.report(makeFinding('option-needs-module', `\`${name}\` belongs to the ${names} ${plural}, which this rule does not load: ${fix}.${why}`, o.word.range, 'error', { loads: matchOwners.map((m) => m.name) }));
      return;
    }
    if (targetOwners.length) {
      const names = orList(targetOwners.map((m) => m.name));
      const fix = orList(targetOwners.map((m) => `\`-j ${m.name}\``));
      const current = t ? ` This rule's target is ${t.name}.` : '';
      this.report('option-needs-module', `\`${name}\` is an option of the ${names} target: it needs ${fix} before it.${current}`, o.word.range);
      return;
    }
    if (owners.length) {
      const only = owners.filter((m) => !m.families.includes(family));
      this.report('family-mismatch-module', `\`${name}\` belongs to ${andList(only.map(moduleLabel))}, which only ${only[0].families.map(familyProgram).join(' and ')} has; this file is checked as ${familyName(family)}.`, o.word.range, this.familySeverity);
      return;
    }

    // 3. Nobody has it: suggest the closest name iptables would know here.
    const candidates = new Set(coreLongNames);
    for (const m of rule.matches) {
      if (m.option && facts.rule.options.indexOf(m.option) > at) continue;
      for (const spec of this.catalog.match(m.name)?.options ?? []) for (const n of spec.names) candidates.add(n);
    }
    if (t && t.extension && facts.rule.options.indexOf(t.option) < at) for (const spec of this.catalog.target(t.name)?.options ?? []) for (const n of spec.names) candidates.add(n);
    const guess = name.startsWith('--') ? suggest(name, candidates) : undefined;
    // Only a bare option word can simply be replaced (`--foo=bar` would lose its value).
    const replace = guess && o.word.text === name ? guess : undefined;
    this.report('unknown-option', `Unknown option \`${name}\`: neither iptables nor the modules loaded before it know it.`, o.word.range, 'error', undefined, { suggestion: replace, didYouMean: guess });
  }

  // ------------------------------------------------------------ unknown matches

  private unknownMatches(facts: RuleFacts): void {
    for (const m of facts.rule.matches) {
      if (m.implicit || isDynamic(m.nameWord) || this.catalog.match(m.name)) continue;
      const name = m.name;
      let message: string;
      let replacement: string | undefined;
      let guess: string | undefined;
      if (this.catalog.match(name.toLowerCase())) {
        replacement = name.toLowerCase();
        message = `There is no match \`${name}\`: match names are lower case, write \`-m ${name.toLowerCase()}\`.`;
      } else if (this.catalog.target(name) || this.catalog.target(name.toUpperCase()) || findVerdict(name.toUpperCase())) {
        const target = this.catalog.target(name) ? name : name.toUpperCase();
        message = `\`${name}\` is a target, not a match: write \`-j ${target}\` to use it.`;
      } else {
        guess = suggest(name, matchNames);
        replacement = guess;
        message = `Unknown match \`${name}\`: iptables has no such module, so it refuses the rule.`;
      }
      this.report('unknown-match', message, m.nameWord.range, 'error', undefined, { suggestion: m.nameWord.quoted ? undefined : replacement, didYouMean: guess });
    }
  }

  // ------------------------------------------------------------ family

  /** False when the module itself does not exist in the rule's family. */
  private familyOfModule(facts: RuleFacts, m: ModuleNode): boolean {
    const { family } = facts;
    const spec = m.spec;
    if (!spec.families.includes(family)) {
      const only = spec.families.map(familyProgram).join(' and ');
      const other = this.counterpartHint(spec, family);
      const where = m.kind === 'match' && m.node.implicit ? m.node.options[0]?.word.range ?? m.node.nameWord.range : nameWordOf(m).range;
      this.report('family-mismatch-module', `${capitalize(moduleLabel(spec))} exists only in ${only}; this file is checked as ${familyName(family)}, where it is refused.${other}`, where, this.familySeverity);
      return false;
    }
    for (const o of m.node.options) {
      const os = optionSpec(spec, o.name);
      if (!os) continue;
      if (os.family && os.family !== family) {
        this.report('family-mismatch-module', `\`${o.written}\` of ${moduleLabel(spec)} exists only in ${familyProgram(os.family)}; this file is checked as ${familyName(family)}.`, o.word.range, this.familySeverity);
      }
    }
    return true;
  }

  /** " For IPv4 use `-p icmp` with `--icmp-type`.": the module that does the same in the rule's family. */
  private counterpartHint(spec: ModuleSpec, family: Family): string {
    const c = spec.counterpart ? (spec.kind === 'match' ? this.catalog.match(spec.counterpart) : this.catalog.target(spec.counterpart)) : undefined;
    if (!c || !c.families.includes(family)) return '';
    const use = c.kind === 'target'
      ? `\`-j ${c.name}\``
      : c.implicitForProtocol && c.protocols?.length && c.options.length
        ? `\`-p ${c.protocols[0]}\` with \`${c.options[0].names[0]}\``
        : `\`-m ${c.name}\``;
    return ` For ${familyLabel(family)} use ${use}.`;
  }

  // ------------------------------------------------------------ duplicates, exclusions, requirements

  private duplicatesAndExclusions(m: ModuleNode): void {
    const options = m.node.options;
    if (options.length === 0) return;
    if (options.length === 1) {
      // Most modules carry one option: nothing can repeat or clash, only its requirements remain.
      const spec = optionSpec(m.spec, options[0].name);
      if (spec?.requires) this.requirements(m, [{ node: options[0], spec }], (name) => name === spec.names[0]);
      return;
    }
    const seen = new Map<string, OptionNode>();
    const present: Array<{ node: OptionNode; spec: OptionSpec }> = [];
    for (const o of m.node.options) {
      const spec = optionSpec(m.spec, o.name);
      if (!spec) continue;
      const canonical = spec.names[0];
      const first = seen.get(canonical);
      if (first && !spec.repeatable) {
        this.report('duplicate-option', `\`${o.written}\` is given twice for ${moduleLabel(m.spec)}; iptables allows it once per ${m.kind === 'match' ? 'match' : 'target'}.${m.kind === 'match' ? ` To test two values, load the match again (\`-m ${m.spec.name} ${o.written} …\`) or write two rules.` : ''}`, o.word.range, 'error', [
          { range: first.word.range, message: 'first given here' },
        ]);
        continue;
      }
      if (!first) seen.set(canonical, o);
      for (const p of present) {
        if (p.spec === spec) continue;
        const clash = (spec.excludes ?? []).includes(p.spec.names[0]) || (p.spec.excludes ?? []).includes(canonical);
        if (!clash) continue;
        this.report('exclusive-options', `\`${o.written}\` cannot be combined with \`${p.node.written}\` in ${moduleLabel(m.spec)}; iptables refuses the rule. Keep one of them.`, o.word.range, 'error', [
          { range: p.node.word.range, message: `\`${p.node.written}\` is given here` },
        ]);
        break;
      }
      present.push({ node: o, spec });
    }
    this.requirements(m, present, (name) => seen.has(name));
  }

  /** Options that need others of the same module (`requires`), before them when `requiresBefore`. */
  private requirements(m: ModuleNode, present: ReadonlyArray<{ node: OptionNode; spec: OptionSpec }>, given: (canonical: string) => boolean): void {
    for (const p of present) {
      if (!p.spec.requires) continue;
      if (p.spec.requiresBefore) {
        this.requiredBefore(m, p.node, p.spec.requires);
        continue;
      }
      // Also accept the spelling bound elsewhere: the parser reads CLUSTERIP's `--new` as core `--new-chain`.
      const missing = p.spec.requires.filter((r) => !given(r) && !m.node.options.some((o) => o.written === r) && !this.writtenInRule(r));
      if (missing.length) {
        this.report('option-requires', `\`${p.node.written}\` of ${moduleLabel(m.spec)} needs ${andList(missing.map((n) => `\`${n}\``))} as well; iptables refuses it alone.`, p.node.word.range);
      }
    }
  }

  /** Measured: owner's `--suppl-groups` is refused unless `--gid-owner` came earlier in the same match. */
  private requiredBefore(m: ModuleNode, node: OptionNode, requires: readonly string[]): void {
    const options = m.node.options;
    const at = options.indexOf(node);
    const canonical = (o: OptionNode): string | undefined => optionSpec(m.spec, o.name)?.names[0];
    for (const r of requires) {
      if (options.slice(0, at).some((o) => canonical(o) === r)) continue;
      const later = options.slice(at + 1).find((o) => canonical(o) === r);
      if (later) {
        this.report('option-order', `\`${node.written}\` must come after \`${later.written}\`: iptables checks for \`${r}\` when it reads \`${node.written}\`, and refuses the rule. Move \`${node.written}\` after it.`, node.word.range, 'error', [
          { range: later.word.range, message: `\`${later.written}\` is given only here` },
        ]);
      } else {
        this.report('option-requires', `\`${node.written}\` of ${moduleLabel(m.spec)} needs \`${r}\` before it in the same match; iptables refuses it otherwise.`, node.word.range);
      }
    }
  }

  private currentRule?: RuleNode;

  private writtenInRule(name: string): boolean {
    return this.currentRule?.options.some((o) => o.written === name) ?? false;
  }

  private mandatory(m: ModuleNode): void {
    const mandatory = mandatoryOptions(m.spec);
    if (!m.spec.requiresOneOf && mandatory.length === 0) return;
    // An implicit match without options was loaded for an option it does not have: that is already an error.
    if (m.kind === 'match' && m.node.implicit && !m.node.options.some((o) => optionSpec(m.spec, o.name))) return;
    const head = m.kind === 'match' ? `\`-m ${m.spec.name}\`` : `\`-j ${m.spec.name}\``;
    // Plain loops: this runs for most modules of every rule (`-m comment` needs `--comment`).
    let missing: OptionSpec[] | undefined;
    for (const o of mandatory) if (!this.gives(m, o.names[0])) (missing ??= []).push(o);
    if (missing) {
      this.report('missing-mandatory-option', `${head} needs ${andList(missing.map((o) => `\`${o.names[0]}\``))}; iptables refuses ${moduleLabel(m.spec)} without ${missing.length > 1 ? 'them' : 'it'}.`, nameWordOf(m).range);
    }
    for (const group of m.spec.requiresOneOf ?? []) {
      if (group.some((n) => this.gives(m, n))) continue;
      this.report('requires-one-of', `${head} needs at least one of ${orList(group.map((n) => `\`${n}\``))}; iptables refuses ${moduleLabel(m.spec)} without one.`, nameWordOf(m).range);
    }
  }

  /** Does the module node give the option of this canonical name (in any spelling)? */
  private gives(m: ModuleNode, name: string): boolean {
    for (const o of m.node.options) if (optionSpec(m.spec, o.name)?.names[0] === name) return true;
    return false;
  }

  // ------------------------------------------------------------ protocols

  private moduleProtocol(facts: RuleFacts, m: ModuleNode): void {
    if (m.kind === 'match' && m.node.implicit) return; // -p itself loaded it
    const names = m.spec.protocolsFamily && m.spec.protocolsFamily !== facts.family ? undefined : m.spec.protocols;
    if (!names || names.length === 0) return;
    const readFirst = m.spec.protocolCheck === 'parse';
    if (!readFirst && !facts.committed) return; // only the kernel checks it, at commit
    const allowed = protocolNumbers(names);
    const proto = facts.protocol;
    const label = moduleLabel(m.spec);
    const where = nameWordOf(m).range;
    const need = pSpelling(names);
    if (facts.rule.protocol && !proto) return; // -p $VAR: unknown until run time
    if (!proto) {
      this.report('module-needs-protocol', `${capitalize(label)} only works on ${orList(names)} packets: the rule needs ${need}. Without it ${readFirst ? 'iptables' : 'the kernel'} refuses the rule.`, where);
      return;
    }
    if (proto.number === undefined) return; // a protocol name we do not know: cannot tell
    const related = [{ range: proto.option.range, message: 'the rule\'s protocol' }];
    if (proto.negated) {
      if (allowed.has(proto.number)) {
        this.report('negated-protocol-match', `\`! -p ${proto.word.text}\` means "any protocol except ${proto.word.text}", but ${label} only works on ${orList(names)} packets, so ${readFirst ? 'iptables' : 'the kernel'} refuses the rule.`, where, 'error', related);
      } else {
        this.report('module-needs-protocol', `${capitalize(label)} needs ${need}, not a negated protocol; ${readFirst ? 'iptables' : 'the kernel'} refuses the rule.`, where, 'error', related);
      }
      return;
    }
    if (!allowed.has(proto.number)) {
      this.report('module-needs-protocol', `${capitalize(label)} only works on ${orList(names)} packets, but this rule matches \`-p ${proto.word.text}\`; ${readFirst ? 'iptables' : 'the kernel'} refuses it.`, where, 'error', related);
      return;
    }
    const firstOption = m.node.options[0];
    if (readFirst && firstOption && proto.index > facts.rule.options.indexOf(firstOption)) {
      this.report('module-needs-protocol', `iptables checks the protocol of ${label} when it reads \`${firstOption.written}\`, and \`-p ${proto.word.text}\` only comes later; move \`-p ${proto.word.text}\` before \`${firstOption.written}\`.`, firstOption.word.range, 'error', related);
    }
  }

  private optionProtocols(facts: RuleFacts, m: ModuleNode): void {
    for (const o of m.node.options) {
      const spec = optionSpec(m.spec, o.name);
      if (!spec) continue;
      const need = this.protocolNeed(facts, m, spec, o);
      if (!need || need.names.length === 0) continue;
      const parseTime = m.spec.protocolCheck === 'parse-ignores-negation';
      if (!parseTime && !facts.committed) continue;
      this.protocolOfOption(facts, o, need.names, need.what, parseTime);
    }
  }

  /**
   * The protocols an option needs: its value word's (measured: the kernel
   * refuses `--reject-with tcp-reset`, or any leading part of it, unless the
   * rule matches -p tcp), its own, or a NAT port's. `what` names it in a message.
   */
  private protocolNeed(facts: RuleFacts, m: ModuleNode, spec: OptionSpec, o: OptionNode): { names: readonly string[]; what: () => string } | undefined {
    const word = o.args[0];
    const known = word !== undefined && !isDynamic(word);
    if (known) {
      const named = findOptionWord(spec, word.text, facts.family);
      if (named?.protocols) return { names: named.protocols, what: () => `\`${o.written} ${word.text}\`` };
    }
    if (spec.protocols) return { names: spec.protocols, what: () => `\`${o.written}\`` };
    const value = spec.value;
    if (known && m.spec.protocolCheck === 'parse-ignores-negation' && value && !Array.isArray(value) && value.kind === 'natRange' && hasNatPort(word.text, facts.family)) {
      return { names: natPortProtocols, what: () => `A port in \`${o.written}\`` };
    }
    return undefined;
  }

  private protocolOfOption(facts: RuleFacts, o: OptionNode, names: readonly string[], what: () => string, parseTime: boolean): void {
    const proto = facts.protocol;
    if (facts.rule.protocol && !proto) return;
    const allowed = protocolNumbers(names);
    const need = pSpelling(names);
    const who = parseTime ? 'iptables' : 'the kernel';
    const at = facts.rule.options.indexOf(o);
    if (!proto || (parseTime && proto.index > at)) {
      const late = proto ? ` \`-p ${proto.word.text}\` comes only after it, and iptables reads left to right.` : '';
      this.report('option-needs-protocol', `${what()} needs the rule to match ${need}; ${who} refuses it otherwise.${late}`, o.range, 'error', proto ? [{ range: proto.option.range, message: 'the protocol is given here' }] : undefined);
      return;
    }
    if (proto.number === undefined) return;
    const related = [{ range: proto.option.range, message: 'the rule\'s protocol' }];
    if (proto.negated && !parseTime) {
      this.report(allowed.has(proto.number) ? 'negated-protocol-match' : 'option-needs-protocol', `${what()} needs the rule to match ${need}, and \`! -p ${proto.word.text}\` is a negated protocol; ${who} refuses it.`, o.range, 'error', related);
      return;
    }
    if (!allowed.has(proto.number)) {
      this.report('option-needs-protocol', `${what()} needs ${need}, but this rule matches \`-p ${proto.word.text}\`; ${who} refuses it.`, o.range, 'error', related);
    }
  }

  /** Measured: TCPMSS needs a tcp match that only lets SYN packets through (`--syn` or `--tcp-flags … SYN`). */
  private tcpmssNeedsSyn(facts: RuleFacts): void {
    const t = facts.rule.target;
    if (!facts.committed || !t || !t.extension || t.name !== 'TCPMSS') return;
    const proto = facts.protocol;
    if (!proto || proto.negated || proto.number !== 6) return; // the missing protocol is reported already
    let unsure = false;
    for (const m of facts.rule.matches) {
      if (m.name !== 'tcp') continue;
      for (const o of m.options) {
        if (o.negation) continue;
        if (o.name === '--syn') return;
        if (o.name === '--tcp-flags') {
          const comp = o.args[1];
          if (!comp || isDynamic(comp)) unsure = true;
          else if (listHasBits(comp.text, synBit)) return;
        }
      }
    }
    if (unsure) return;
    this.report('tcpmss-needs-syn', 'TCPMSS only works on TCP handshake packets: the rule needs `--syn` (or `--tcp-flags SYN,RST SYN`) before `-j TCPMSS`, or the kernel refuses it.', t.nameWord.range);
  }
}

/** Does a NAT address value carry a port (`1.2.3.4:80`, `[::1]:80`)? */
function hasNatPort(text: string, family: Family): boolean {
  if (family === 'ipv6' || text.startsWith('[')) return /\]:/.test(text);
  return text.includes(':');
}

/** The option checks of one rule at a time (an edit re-checks only the rule it changed). */
export function optionRuleCheck(ctx: CheckContext, catalog: ModuleLookup = catalogLookup): RuleCheck<true> {
  const checker = new OptionChecker(ctx, catalog);
  return { now: (rule) => checker.rule(rule), later: (rule) => checker.later(rule) };
}
