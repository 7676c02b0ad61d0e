// Placement checks: where a rule may stand. Targets and matches that the
// kernel accepts only in some tables or built-in chains, interfaces a chain
// cannot have, DROP in the nat table, and jump loops.
//
// What was measured with the real iptables (legacy, commit in a throw-away
// namespace):
// - iptables itself refuses `-i` in a chain named OUTPUT or POSTROUTING and
//   `-o` in PREROUTING or INPUT (by the name, in any table); a user chain is
//   not checked, whoever jumps to it.
// - iptables refuses `-j DROP` (and `-P … DROP` on a command line) in nat, in
//   any chain; a `:CHAIN DROP` line in restore input passes.
// - The kernel checks a module's table on every rule, reached or not; its
//   chains only for rules reached from a built-in chain, through jumps,
//   stopping at an unconditional ACCEPT/DROP/RETURN/QUEUE (see chainGraph).
//   Modules bound to hooks only (owner, mac, SYNPROXY...) have no table
//   restriction at all: their `allowedIn` covers every table with those chains.
// - A loop of jumps reached from a built-in chain makes the commit fail.
import type { OptionNode, RuleNode } from '../../syntax/ast';
import type { Range } from '../../syntax/position';
import type { Word } from '../../syntax/word';
import { isDynamic } from '../../syntax/word';
import { findMatch, findOptionSpec, findTarget } from '../../catalog/modules';
import { builtinChainNamed, findTable, type ChainInfo } from '../../catalog/tables';
import { allowedAt, placeNames, placesOf, type Places } from '../../catalog/places';
import { findVerdict, type VerdictInfo } from '../../catalog/verdicts';
import type { EnumWord, ModuleSpec, OptionSpec } from '../../catalog/types';
import { chainGraph, describePath, type ChainGraph, type JumpEdge } from '../chainGraph';
import { makeFinding, type Finding, type RelatedPlace } from '../finding';
import { chainSymbol, familyOf, familyScopes, type ChainSymbol } from '../model';
import type { CheckContext, RuleCheck } from './context';
import { capitalize, moduleLabel, orList } from './wording';
import { enumValue, findOptionWord } from './enumWords';
import { committedCommands, ruleCommands } from './commands';

/** "nat POSTROUTING or nat OUTPUT" for messages; with a table, the places in it come first. */
function describePlaces(p: Places, table?: string): string {
  return orList(placeNames(p, table));
}

/** `-i` or `-o` for an option that tests an interface (the catalog's chains name them so in noInterface). */
function interfaceFlag(option: OptionNode): '-i' | '-o' | undefined {
  return option.name === '--in-interface' ? '-i' : option.name === '--out-interface' ? '-o' : undefined;
}

function isInterfaceOption(option: OptionNode): boolean {
  return interfaceFlag(option) !== undefined;
}

/** The built-in chain (by name) whose packets cannot have the interface this option tests. */
function lacksInterface(option: OptionNode, chainName: string): ChainInfo | undefined {
  const short = interfaceFlag(option);
  const chain = short && builtinChainNamed(chainName);
  return chain && chain.noInterface?.option === short ? chain : undefined;
}

/** A verdict iptables refuses in this table (DROP in nat). */
function refusedVerdict(name: string | undefined, table: string): VerdictInfo | undefined {
  const v = name === undefined ? undefined : findVerdict(name);
  return v?.refusedIn?.tables.includes(table) ? v : undefined;
}

interface Placed {
  code: 'target-not-allowed-here' | 'match-not-allowed-here';
  /** `the MASQUERADE target`, `the owner match`, `` `--dir in` of the policy match ``: lower case, capitalized at a sentence start. */
  what: string;
  word: Word | Range;
  places: Places;
}

/** Modules by name with whether anything in them has a narrower place; a plain map keeps the per-rule lookups cheap. */
interface Restricted {
  spec: ModuleSpec;
  restricted: boolean;
}
const matchCache = new Map<string, Restricted | null>();
const targetCache = new Map<string, Restricted | null>();

function restricted(kind: 'match' | 'target', name: string): Restricted | null {
  const cache = kind === 'match' ? matchCache : targetCache;
  let r = cache.get(name);
  if (r === undefined) {
    const spec = kind === 'match' ? findMatch(name) : findTarget(name);
    r = spec ? { spec, restricted: spec.allowedIn !== undefined || spec.options.some((o) => o.allowedIn !== undefined || enumWords(o).some((w) => w.allowedIn)) } : null;
    cache.set(name, r);
  }
  return r;
}

/** Does a module or target of the rule have a narrower place than "anywhere" (some of its options may)? */
function usesRestricted(rule: RuleNode): boolean {
  for (const m of rule.matches) if (restricted('match', m.name)?.restricted) return true;
  const t = rule.target;
  return t !== undefined && t.extension && restricted('target', t.name)?.restricted === true;
}

function enumWords(o: OptionSpec): readonly EnumWord[] {
  return enumValue(o)?.values ?? [];
}


function rangeOf(w: Word | Range): Range {
  return 'range' in w ? w.range : w;
}

/** What a rule's `later` judges, taken by its `now`. */
interface Waiting {
  placed: Placed[];
  hasInterface: boolean;
}

class PlacementChecker {
  constructor(private readonly ctx: CheckContext) {}

  /** The jump graph of the chain's family (a script may set up both). */
  private graphOf(chain: ChainSymbol): ChainGraph {
    return chainGraph(this.ctx.model, chain.family);
  }

  private report(code: string, message: string, range: Range, severity: Finding['severity'] = 'error', related?: RelatedPlace[]): void {
    this.ctx.report(makeFinding(code, message, range, severity, { related }));
  }

  /** What needs no chains: verdicts refused in the table, interfaces the built-in chain lacks. What `later` has left to judge, if anything. */
  rule(rule: RuleNode): Waiting | undefined {
    const table = rule.table;
    const command = rule.command?.name;
    if (table === undefined || !findTable(table) || !command) return undefined;
    if (command === 'policy') {
      this.policy(rule, table);
      return undefined;
    }
    if (!ruleCommands.has(command)) return undefined;
    const chainWord = rule.chain;
    const chainName = chainWord && !isDynamic(chainWord) ? chainWord.text : undefined;

    const refused = refusedVerdict(rule.target?.name, table);
    if (refused) {
      this.report('target-not-allowed-here', `iptables refuses ${refused.name} in the ${table} table, in every chain: ${refused.refusedIn!.instead}.`, rule.target!.nameWord.range);
    }
    if (chainName) this.interfacesByName(rule, chainName);
    if (!committedCommands.has(command) || !chainName) return undefined;
    // Most rules use no restricted module and no interface: they need neither their chain nor the jump graph.
    const hasInterface = rule.options.some(isInterfaceOption);
    if (!usesRestricted(rule) && !hasInterface) return undefined;
    // Taken now, while its matches are read: a dump's restore rules would read them again.
    return { placed: this.placed(rule), hasInterface };
  }

  /** Restricted modules and interfaces, judged by the chains that packets reach the rule from. */
  later(rule: RuleNode, { placed, hasInterface }: Waiting): void {
    const table = rule.table!;
    const chainName = rule.chain!.text;
    const chain = chainSymbol(this.ctx.model, table, chainName, rule.programFamily);
    if (!chain) return;
    const builtin = chain.builtin;
    const interfaces = !builtin && hasInterface;
    if (!placed.length && !interfaces) return;
    const graph = this.graphOf(chain);
    const live = graph.isLive(rule);
    const entries = live ? (builtin ? [chainName] : graph.entries(chain)) : [];
    for (const p of placed) this.placement(table, chain, builtin, entries, p);
    if (interfaces && entries.length) this.interfacesByReach(rule, table, chain, entries);
  }

  /** `iptables -t nat -P PREROUTING DROP` is refused like `-j DROP`. */
  private policy(rule: RuleNode, table: string): void {
    const policy = rule.operands[0];
    const refused = policy && refusedVerdict(policy.text, table);
    if (refused) {
      this.report('target-not-allowed-here', `iptables refuses a ${refused.name} policy in the ${table} table (from the command line; restore input accepts \`:CHAIN ${refused.name}\`): ${refused.refusedIn!.instead}.`, policy!.range);
    }
  }

  /** The modules, targets and options of the rule that have a narrower place than "anywhere". */
  private placed(rule: RuleNode): Placed[] {
    const out: Placed[] = [];
    const family = familyOf(rule, this.ctx.family);
    const add = (spec: ModuleSpec, word: Word, options: readonly OptionNode[]): void => {
      const code = spec.kind === 'target' ? 'target-not-allowed-here' : 'match-not-allowed-here';
      const label = moduleLabel(spec);
      if (spec.allowedIn) out.push({ code, what: label, word, places: placesOf(spec.allowedIn) });
      for (const o of options) {
        const os = findOptionSpec(spec, o.name);
        if (os?.allowedIn) out.push({ code, what: `\`${o.written}\` of ${label}`, word: o.word, places: placesOf(os.allowedIn) });
        const arg = o.args[0];
        // The enum word the value names, when it carries a place of its own (policy's `--dir in`).
        const w = os && arg && !isDynamic(arg) ? findOptionWord(os, arg.text, family) : undefined;
        if (w?.allowedIn) out.push({ code, what: `\`${o.written} ${arg!.text}\` of ${label}`, word: arg!, places: placesOf(w.allowedIn) });
      }
    };
    for (const m of rule.matches) {
      const r = restricted('match', m.name);
      if (r?.restricted) add(r.spec, m.implicit ? m.options[0]?.word ?? m.nameWord : m.nameWord, m.options);
    }
    const t = rule.target;
    if (t && t.extension) {
      const r = restricted('target', t.name);
      if (r?.restricted) add(r.spec, t.nameWord, t.options);
    }
    return out;
  }

  private placement(table: string, chain: ChainSymbol, builtin: boolean, entries: readonly string[], p: Placed): void {
    const { places } = p;
    const range = rangeOf(p.word);
    if (!places.hookOnly && !places.tables.has(table)) {
      const even = builtin ? '' : ', even in a chain nothing jumps to';
      this.report(p.code, `${capitalize(p.what)} only works in ${describePlaces(places)}; the kernel refuses it in the ${table} table${even}.`, range);
      return;
    }
    const bad = entries.filter((e) => !allowedAt(places, table, e));
    if (bad.length) {
      if (builtin) {
        this.report(p.code, `${capitalize(p.what)} only works in ${describePlaces(places, table)}, not in ${table} ${chain.name}; the kernel refuses the rule.`, range);
        return;
      }
      const related: RelatedPlace[] = [];
      const routes = bad.map((entry) => {
        const path = this.graphOf(chain).pathFrom(entry, chain) ?? [];
        if (related.length < 8) for (const e of path) if (related.length < 8) related.push(jumpPlace(e, entry));
        return path.length > 1 ? `${table} ${entry} (via ${describePath(path)})` : `${table} ${entry} (directly)`;
      });
      this.report(p.code, `${capitalize(p.what)} only works in ${describePlaces(places, table)}, but packets reach chain ${chain.name} from ${routes.join(' and ')}; the kernel refuses the rule there.`, range, 'error', related);
      return;
    }
    if (!builtin && entries.length === 0 && this.graphOf(chain).entries(chain).length === 0) {
      const table_ = findTable(table)!;
      const restricted = table_.chains.some((c) => !allowedAt(places, table, c.name));
      if (restricted) {
        this.report('placement-not-checked', `No packet reaches chain ${chain.name} from a built-in chain yet, so the kernel accepts ${p.what} here; it will refuse it once packets reach ${chain.name} from anywhere other than ${describePlaces(places, table)}.`, range, 'hint');
      }
    }
  }

  /** iptables' own check, by the chain's name only. */
  private interfacesByName(rule: RuleNode, chainName: string): void {
    for (const o of rule.options) {
      const chain = lacksInterface(o, chainName);
      if (!chain) continue;
      const other = chain.noInterface!.option === '-i' ? '`-o` for the outgoing' : '`-i` for the incoming';
      this.report('interface-not-allowed-here', `iptables refuses \`${o.written}\` in ${chainName}: ${chain.noInterface!.why}. Use ${other} interface.`, o.range);
    }
  }

  /** In a user chain iptables checks nothing, but an interface the packets cannot have never matches. */
  private interfacesByReach(rule: RuleNode, table: string, chain: ChainSymbol, entries: readonly string[]): void {
    for (const o of rule.options) {
      if (!entries.every((e) => lacksInterface(o, e))) continue;
      const dir = o.name === '--in-interface' ? 'incoming' : 'outgoing';
      const path = this.graphOf(chain).pathFrom(entries[0], chain) ?? [];
      const outcome = o.negation ? 'always matches' : 'never matches';
      const via = path.length > 1 ? ` (via ${describePath(path)})` : '';
      this.report('interface-never-matches', `\`${o.written}\` ${outcome} here: packets reach chain ${chain.name} only from ${entries.map((e) => `${table} ${e}`).join(' and ')}${via}, where they have no ${dir} interface.`, o.range, 'warning', path.map((e) => jumpPlace(e, entries[0])));
    }
  }

  loops(): void {
    for (const graph of familyScopes(this.ctx.model).map((scope) => chainGraph(this.ctx.model, scope.family))) this.loopsOf(graph);
  }

  private loopsOf(graph: ChainGraph): void {
    for (const loop of graph.loops()) {
      const entry = graph.entries(loop.chains[0])[0];
      const start = entry ? ` (packets from ${loop.table} ${entry} enter it)` : '';
      for (const edge of loop.edges) {
        const { start: spelled, length } = graph.loopStart(edge) ?? { start: [edge], length: 1 };
        // The chains of the walk: where the jump starts, where each jump lands, and so back at the start.
        const landed = spelled.map((e) => e.to.name);
        const shown = length > 7 ? [edge.from.name, ...landed.slice(0, 5), '…', edge.from.name] : [edge.from.name, ...landed];
        const related = spelled.slice(1).map((e) => ({ range: e.word.range, message: `${e.from.name} ${e.kind === 'goto' ? 'goes' : 'jumps'} to ${e.to.name} here` }));
        const outcome = edge.rule.origin === 'command'
          ? 'the command that closes the circle fails'
          : `the whole ${loop.table} table fails to load`;
        this.report('jump-loop', `This ${edge.kind === 'goto' ? 'goto' : 'jump'} is part of a loop: ${shown.join(' -> ')}${start}. The kernel refuses jumps that can go round in a circle, so ${outcome}.`, edge.word.range, 'error', related);
      }
    }
  }
}

function jumpPlace(e: JumpEdge, entry: string): RelatedPlace {
  return { range: e.word.range, message: `on the way from ${e.from.table} ${entry}: ${e.from.name} ${e.kind === 'goto' ? 'goes' : 'jumps'} to ${e.to.name}` };
}

/** Per rule (against its family's jump graph), and the loops of each family's graph once. */
export function placementChecks(ctx: CheckContext): { rule: RuleCheck<Waiting>; loops: () => void } {
  const checker = new PlacementChecker(ctx);
  return { rule: { now: (r) => checker.rule(r), later: (r, left) => checker.later(r, left) }, loops: () => checker.loops() };
}
