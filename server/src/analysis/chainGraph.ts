// The jump graph of a document, per table: which user chains each chain jumps
// or goes to, which built-in chains send packets into each chain and by which
// path, and the jump loops the kernel refuses. Built once per family's chains (memoised)
// in time linear in rules and jumps; hover, placement checks and a packet
// tracer all read it.
//
// Reachability follows the kernel's own walk (measured with the real
// iptables): a rule that comes after an unconditional ACCEPT, DROP, RETURN or
// QUEUE in its chain is never reached, so its jumps do not count, and a loop
// or a misplaced target there is accepted.
import type { Family, RuleNode } from '../syntax/ast';
import type { Word } from '../syntax/word';
import { isDynamic } from '../syntax/word';
import { commandOf, plainConditions, targetOf } from '../syntax/restoreRule';
import { findProtocol } from '../catalog/protocols';
import { findTable } from '../catalog/tables';
import { findVerdict } from '../catalog/verdicts';
import { chainsOf, namesChain, type ChainSymbol, type DocumentModel } from './model';
import { maskBits } from './values/address';
import { fit, none, pushAll } from '../syntax/lists';

export interface JumpEdge {
  from: ChainSymbol;
  to: ChainSymbol;
  rule: RuleNode;
  /** Position of the rule in `from.rules`. */
  index: number;
  kind: 'jump' | 'goto';
  /** The chain name after -j / -g. */
  word: Word;
  /** Packets can reach the rule: no unconditional verdict stands before it in its chain. */
  live: boolean;
}

/** Chains that jump into each other, reached from a built-in chain: the kernel refuses the table. */
export interface JumpLoop {
  table: string;
  /** The chains of the loop (a strongly connected group), in discovery order. */
  chains: ChainSymbol[];
  /** The live jumps between them. */
  edges: JumpEdge[];
}

/** `-s x/0` and `-d x/0` (also `/00`, `/0x0`, `/0.0.0.0`) match every address, and the kernel stores them as no condition at all. */
function isZeroPrefix(text: string, family: Family): boolean {
  const slash = text.lastIndexOf('/');
  return slash >= 0 && maskBits(text, family, slash + 1) === 0;
}

/**
 * True when the rule ends the walk through its chain for every packet: an
 * ACCEPT, DROP, RETURN or QUEUE with no condition at all. Measured: `-p all`
 * counts as no condition in IPv4 only, `-s 0/0` in both families, a
 * `-m comment` or `-i +` makes the rule conditional.
 */
export function stopsEveryPacket(rule: RuleNode, family: Family): boolean {
  const target = targetOf(rule);
  // Every built-in verdict (ACCEPT, DROP, RETURN, QUEUE) ends the walk.
  if (!target || target.kind !== 'jump' || !findVerdict(target.name)) return false;
  const conditions = plainConditions(rule);
  if (!conditions) return false;
  for (const o of conditions) {
    const value = o.args[0]?.text;
    if (value === undefined || isDynamic(o.args[0])) return false;
    if ((o.name === '--source' || o.name === '--destination') && isZeroPrefix(value, family)) continue;
    if (o.name === '--protocol' && family === 'ipv4' && findProtocol(value)?.number === 0) continue;
    return false;
  }
  return true;
}

interface RulePlace {
  chain: ChainSymbol;
  index: number;
}

interface LoopIndex {
  loop: JumpLoop;
  /** From the loop's first chain, the jump that reached each chain first. */
  forward: Map<ChainSymbol, JumpEdge>;
  /** For each chain, the jump that leads one step closer back to the first chain. */
  back: Map<ChainSymbol, JumpEdge>;
  /** Jumps from the first chain to each chain along `forward`, and back to it along `back`. */
  forwardDepth: Map<ChainSymbol, number>;
  backDepth: Map<ChainSymbol, number>;
  /** The chain's ancestor along `forward` at most `spelledJumps` jumps from the first chain (the chain itself when nearer). */
  near: Map<ChainSymbol, ChainSymbol>;
}

/** How many jumps of a loop loopStart spells out. */
export const spelledJumps = 9;

/** How many of the chain's first rules packets can reach: up to the first that decides every packet. */
function liveRules(rules: readonly RuleNode[], family: Family): number {
  // An -I or -R in a script reorders the chain; without the real order, keep every rule reachable.
  if (!rules.every((r) => commandOf(r) === 'append')) return rules.length;
  for (let i = 0; i < rules.length; i++) if (stopsEveryPacket(rules[i], family)) return i + 1;
  return rules.length;
}

class TableGraph {
  readonly outgoing = new Map<ChainSymbol, JumpEdge[]>();
  readonly incoming = new Map<ChainSymbol, JumpEdge[]>();
  readonly liveCount = new Map<ChainSymbol, number>();
  /** Bit k set: built-in chain `entryNames[k]` reaches the chain. */
  readonly reach = new Map<ChainSymbol, number>();
  /** Per built-in chain, the jump by which the shortest path enters each chain. */
  readonly parents: Array<Map<ChainSymbol, JumpEdge>> = [];
  readonly entryNames: string[];
  readonly loops: JumpLoop[] = [];
  readonly loopOfChain = new Map<ChainSymbol, LoopIndex>();

  constructor(readonly table: string, readonly chains: ReadonlyMap<string, ChainSymbol>, readonly family: Family) {
    this.entryNames = (findTable(table)?.chains ?? []).map((c) => c.name);
    for (const chain of chains.values()) {
      for (const edge of this.readJumps(chain)) {
        let into = this.incoming.get(edge.to);
        if (!into) this.incoming.set(edge.to, (into = []));
        into.push(edge);
      }
    }
    for (const [to, into] of this.incoming) this.incoming.set(to, fit(into));
    this.walk();
  }

  /**
   * After rules that neither jump to a chain nor stop every packet were added to
   * or removed from the chain (ruleSplice.ts): its jumps are the same, at other
   * positions, and the same rules are live, so only positions and counts change.
   * A user chain such rules made or emptied is reached from nowhere.
   */
  rulesMoved(chain: ChainSymbol): void {
    // A chain gone from the table, without jumps (else the graph is made again): nothing to keep.
    if (this.chains.get(chain.name) !== chain) {
      this.outgoing.delete(chain);
      this.liveCount.delete(chain);
      return;
    }
    const rules = chain.rules;
    const out = this.outgoing.get(chain) ?? none;
    let j = 0;
    for (let i = 0; i < rules.length && j < out.length; i++) if (rules[i] === out[j].rule) out[j++].index = i;
    this.liveCount.set(chain, liveRules(rules, this.family));
  }

  /**
   * After rules that jump to chains or decide every packet were added to or removed
   * from `changed` in place (ruleSplice.ts): those chains' jumps are read again and take their
   * place in their targets' incoming lists (new lists, for the hover's cache);
   * the walk from the built-in chains and the loops are made again. The result
   * equals a graph built anew, which costs reading every rule's target again.
   */
  rulesChanged(changed: ReadonlySet<ChainSymbol>): void {
    const arriving = new Map<ChainSymbol, JumpEdge[]>();
    for (const chain of changed) {
      for (const edge of this.outgoing.get(chain) ?? none) if (!arriving.has(edge.to)) arriving.set(edge.to, []);
      this.outgoing.delete(chain);
      this.liveCount.delete(chain);
      // A built-in chain that lost its only rule is gone from the table.
      if (this.chains.get(chain.name) !== chain) continue;
      for (const edge of this.readJumps(chain)) {
        const into = arriving.get(edge.to);
        if (into) into.push(edge);
        else arriving.set(edge.to, [edge]);
      }
    }
    // Incoming lists are in chain order, then rule order, as the constructor makes them.
    let order: Map<ChainSymbol, number> | undefined;
    const rank = (c: ChainSymbol): number => {
      if (!order) {
        order = new Map();
        for (const x of this.chains.values()) order.set(x, order.size);
      }
      return order.get(c)!;
    };
    for (const [to, fresh] of arriving) {
      const into = (this.incoming.get(to) ?? none).filter((e) => !changed.has(e.from));
      for (let i = 0; i < fresh.length; ) {
        const from = fresh[i].from;
        let end = i + 1;
        while (end < fresh.length && fresh[end].from === from) end++;
        const r = rank(from);
        let lo = 0;
        let hi = into.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (rank(into[mid].from) < r) lo = mid + 1;
          else hi = mid;
        }
        into.splice(lo, 0, ...fresh.slice(i, end));
        i = end;
      }
      if (into.length) this.incoming.set(to, into);
      else this.incoming.delete(to);
    }
    this.reach.clear();
    this.parents.length = 0;
    this.loops.length = 0;
    this.loopOfChain.clear();
    this.walk();
  }

  /** The chain's jumps to user chains (kept as its outgoing list) and its live count. */
  private readJumps(chain: ChainSymbol): readonly JumpEdge[] {
    const rules = chain.rules;
    const live = liveRules(rules, this.family);
    this.liveCount.set(chain, live);
    let out: JumpEdge[] | undefined;
    for (let i = 0; i < rules.length; i++) {
      const rule = rules[i];
      const target = targetOf(rule);
      // The chains binding made a reference to (namesChain); extension jumps, most targets, are passed first.
      if (target && !target.extension && !isDynamic(target.nameWord) && namesChain(target)) {
        const to = this.chains.get(target.name);
        if (to && !to.builtin) (out ??= []).push({ from: chain, to, rule, index: i, kind: target.kind, word: target.nameWord, live: i < live });
      }
    }
    // Most chains jump nowhere: they keep no list.
    if (out) this.outgoing.set(chain, fit(out));
    return out ?? none;
  }

  private walk(): void {
    this.walkFromEntries();
    this.findLoops();
  }

  private walkFromEntries(): void {
    this.entryNames.forEach((name, k) => {
      const parent = new Map<ChainSymbol, JumpEdge>();
      this.parents.push(parent);
      const start = this.chains.get(name);
      if (!start) return;
      const bit = 1 << k;
      this.reach.set(start, (this.reach.get(start) ?? 0) | bit);
      const queue: ChainSymbol[] = [start];
      for (let q = 0; q < queue.length; q++) {
        for (const edge of this.outgoing.get(queue[q]) ?? none) {
          if (!edge.live) continue;
          const seen = this.reach.get(edge.to) ?? 0;
          if (seen & bit) continue;
          this.reach.set(edge.to, seen | bit);
          parent.set(edge.to, edge);
          queue.push(edge.to);
        }
      }
    });
  }

  /** Tarjan's strongly connected components over live jumps among reached chains, without recursion. */
  private findLoops(): void {
    const order = new Map<ChainSymbol, number>();
    const low = new Map<ChainSymbol, number>();
    const onStack = new Set<ChainSymbol>();
    const stack: ChainSymbol[] = [];
    let counter = 0;
    const liveOut = (c: ChainSymbol): JumpEdge[] => (this.outgoing.get(c) ?? none).filter((e) => e.live);
    for (const root of this.reach.keys()) {
      if (order.has(root)) continue;
      const frames: Array<{ chain: ChainSymbol; edges: JumpEdge[]; next: number }> = [];
      const open = (c: ChainSymbol): void => {
        order.set(c, counter);
        low.set(c, counter++);
        stack.push(c);
        onStack.add(c);
        frames.push({ chain: c, edges: liveOut(c), next: 0 });
      };
      open(root);
      while (frames.length) {
        const f = frames[frames.length - 1];
        if (f.next < f.edges.length) {
          const to = f.edges[f.next++].to;
          if (!order.has(to)) open(to);
          else if (onStack.has(to)) low.set(f.chain, Math.min(low.get(f.chain)!, order.get(to)!));
          continue;
        }
        frames.pop();
        if (frames.length) {
          const up = frames[frames.length - 1].chain;
          low.set(up, Math.min(low.get(up)!, low.get(f.chain)!));
        }
        if (low.get(f.chain) !== order.get(f.chain)) continue;
        const group: ChainSymbol[] = [];
        let c: ChainSymbol;
        do {
          c = stack.pop()!;
          onStack.delete(c);
          group.push(c);
        } while (c !== f.chain);
        this.recordLoop(group.reverse(), liveOut);
      }
    }
  }

  private recordLoop(group: ChainSymbol[], liveOut: (c: ChainSymbol) => JumpEdge[]): void {
    const members = new Set(group);
    const edges: JumpEdge[] = [];
    for (const c of group) for (const e of liveOut(c)) if (members.has(e.to)) edges.push(e);
    if (edges.length === 0) return; // a single chain that does not jump to itself
    const loop: JumpLoop = { table: this.table, chains: group, edges };
    this.loops.push(loop);
    const root = group[0];
    // Shortest jumps out from the first chain and back to it, to spell a loop through any jump.
    const forward = new Map<ChainSymbol, JumpEdge>();
    const back = new Map<ChainSymbol, JumpEdge>();
    const into = new Map<ChainSymbol, JumpEdge[]>();
    for (const e of edges) {
      let l = into.get(e.to);
      if (!l) into.set(e.to, (l = []));
      l.push(e);
    }
    const forwardDepth = new Map<ChainSymbol, number>([[root, 0]]);
    const near = new Map<ChainSymbol, ChainSymbol>([[root, root]]);
    const queueF = [root];
    for (let q = 0; q < queueF.length; q++) {
      const from = queueF[q];
      for (const e of liveOut(from)) {
        if (!members.has(e.to) || forwardDepth.has(e.to)) continue;
        const depth = forwardDepth.get(from)! + 1;
        forwardDepth.set(e.to, depth);
        near.set(e.to, depth <= spelledJumps ? e.to : near.get(from)!);
        forward.set(e.to, e);
        queueF.push(e.to);
      }
    }
    const backDepth = new Map<ChainSymbol, number>([[root, 0]]);
    const queueB = [root];
    for (let q = 0; q < queueB.length; q++) {
      const to = queueB[q];
      for (const e of into.get(to) ?? []) {
        if (backDepth.has(e.from)) continue;
        backDepth.set(e.from, backDepth.get(to)! + 1);
        back.set(e.from, e);
        queueB.push(e.from);
      }
    }
    const index: LoopIndex = { loop, forward, back, forwardDepth, backDepth, near };
    for (const c of group) this.loopOfChain.set(c, index);
  }
}

/** A rule's line, from its row when it has one (a restore rule's range is made on each ask). */
export function ruleLine(rule: RuleNode): number {
  return rule.row ? rule.row.line : rule.range.start.line;
}

/** Where the rule is in `rules` (kept in line order), found by its line: -1 when it is not there or not in order. */
function indexByLine(rules: readonly RuleNode[], rule: RuleNode): number {
  const line = ruleLine(rule);
  let lo = 0;
  let hi = rules.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ruleLine(rules[mid]) < line) lo = mid + 1;
    else hi = mid;
  }
  // A script line may hold several rules.
  for (let i = lo; i < rules.length && ruleLine(rules[i]) === line; i++) if (rules[i] === rule) return i;
  return -1;
}

/** The jump graph of one document's chains of one family, all tables. Get it with `chainGraph(model, family)`. */
export class ChainGraph {
  private readonly tables = new Map<string, TableGraph>();
  /** Every rule's place, made only when a rule is not where its line says (see placeOf). */
  private places?: Map<RuleNode, RulePlace>;

  constructor(chains: ReadonlyMap<string, ReadonlyMap<string, ChainSymbol>>, family: Family) {
    for (const [table, byName] of chains) this.tables.set(table, new TableGraph(table, byName, family));
  }

  private graphOf(chain: ChainSymbol): TableGraph | undefined {
    return this.tables.get(chain.table);
  }

  /** The jumps and gotos written in the chain's rules, in rule order (dead ones included, see `live`). */
  outgoing(chain: ChainSymbol): readonly JumpEdge[] {
    return this.graphOf(chain)?.outgoing.get(chain) ?? [];
  }

  /** Every rule that jumps or goes to the chain, in file order per source chain. */
  incoming(chain: ChainSymbol): readonly JumpEdge[] {
    return this.graphOf(chain)?.incoming.get(chain) ?? [];
  }

  /** How many of the chain's first rules packets can reach (the rest follow an unconditional verdict). */
  liveRuleCount(chain: ChainSymbol): number {
    return this.graphOf(chain)?.liveCount.get(chain) ?? chain.rules.length;
  }

  /** The chain holding the rule and its position there, for rules that were appended, inserted or replaced. */
  placeOf(rule: RuleNode): RulePlace | undefined {
    if (rule.table === undefined || !rule.chain) return undefined;
    const chain = this.tables.get(rule.table)?.chains.get(rule.chain.text);
    if (!chain) return undefined;
    const index = indexByLine(chain.rules, rule);
    if (index >= 0) return { chain, index };
    // A chain's rules are in line order, except in the graph of an analysis whose
    // lines an edit has since moved (incremental.ts compares it with the new one).
    return this.allPlaces().get(rule);
  }

  /**
   * After jumps or rules that decide every packet were added to or removed from the
   * `changed` chains of `table` in place (ruleSplice.ts, see TableGraph.rulesChanged).
   * The chains whose entries changed (which built-in chains reach them) are
   * returned, for their rules' checks.
   */
  rulesChanged(table: string, changed: ReadonlySet<ChainSymbol>): ChainSymbol[] {
    this.places = undefined;
    const g = this.tables.get(table);
    if (!g) return [];
    const before = new Map(g.reach);
    g.rulesChanged(changed);
    const moved: ChainSymbol[] = [];
    for (const chain of g.chains.values()) if ((before.get(chain) ?? 0) !== (g.reach.get(chain) ?? 0)) moved.push(chain);
    return moved;
  }

  /** See TableGraph.rulesMoved: the chains' positions and live counts again (chains that came or went without jumps too). */
  rulesMoved(chains: Iterable<ChainSymbol>): void {
    this.places = undefined;
    for (const chain of chains) this.graphOf(chain)?.rulesMoved(chain);
  }

  private allPlaces(): Map<RuleNode, RulePlace> {
    if (this.places) return this.places;
    this.places = new Map();
    for (const g of this.tables.values()) for (const chain of g.chains.values()) chain.rules.forEach((rule, index) => this.places!.set(rule, { chain, index }));
    return this.places;
  }

  /** Packets entering the rule's chain can get to the rule (no unconditional verdict before it). */
  isLive(rule: RuleNode): boolean {
    const p = this.placeOf(rule);
    return p !== undefined && p.index < this.liveRuleCount(p.chain);
  }

  /**
   * The built-in chains whose packets reach this chain through live jumps, in
   * the order a packet meets them. A built-in chain reaches itself; a user
   * chain nothing reaches gets [] (the kernel does not check its rules' places).
   */
  entries(chain: ChainSymbol): string[] {
    const g = this.graphOf(chain);
    if (!g) return [];
    const bits = g.reach.get(chain) ?? 0;
    return g.entryNames.filter((_, k) => (bits & (1 << k)) !== 0);
  }

  /** The shortest list of live jumps from the built-in chain `entry` to `chain` ([] when chain is entry). */
  pathFrom(entry: string, chain: ChainSymbol): JumpEdge[] | undefined {
    const g = this.graphOf(chain);
    if (!g) return undefined;
    const k = g.entryNames.indexOf(entry);
    if (k < 0 || ((g.reach.get(chain) ?? 0) & (1 << k)) === 0) return undefined;
    const parent = g.parents[k];
    const path: JumpEdge[] = [];
    for (let c = chain, e = parent.get(c); e; c = e.from, e = parent.get(c)) path.push(e);
    return path.reverse();
  }

  /** Every jump loop reached from a built-in chain, over all tables. */
  loops(): JumpLoop[] {
    const all: JumpLoop[] = [];
    for (const g of this.tables.values()) pushAll(all, g.loops);
    return all;
  }

  /** The loop a chain belongs to, if any. */
  loopOf(chain: ChainSymbol): JumpLoop | undefined {
    return this.graphOf(chain)?.loopOfChain.get(chain)?.loop;
  }

  /**
   * A closed walk of live jumps that starts with `edge` and comes back to its
   * source chain: its first `spelledJumps` jumps and how many it has in all, or
   * undefined when the edge is in no loop. Messages spell only the start, and a
   * loop through thousands of chains would have as many jumps to walk per edge.
   */
  loopStart(edge: JumpEdge): { start: JumpEdge[]; length: number } | undefined {
    const g = this.graphOf(edge.from);
    const idx = g?.loopOfChain.get(edge.from);
    if (!idx || g!.loopOfChain.get(edge.to) !== idx || !edge.live) return undefined;
    if (edge.to === edge.from) return { start: [edge], length: 1 };
    const root = idx.loop.chains[0];
    // This jump, then back to the first chain, then out again to where the jump started.
    const length = 1 + idx.backDepth.get(edge.to)! + idx.forwardDepth.get(edge.from)!;
    const start: JumpEdge[] = [edge];
    for (let c = edge.to; c !== root && start.length < spelledJumps; ) {
      const e = idx.back.get(c)!;
      start.push(e);
      c = e.to;
    }
    if (start.length < spelledJumps) {
      // The way out begins as the way to the start's ancestor near the first chain.
      const out: JumpEdge[] = [];
      for (let c = idx.near.get(edge.from)!; c !== root; ) {
        const e = idx.forward.get(c)!;
        out.push(e);
        c = e.from;
      }
      start.push(...out.reverse().slice(0, spelledJumps - start.length));
    }
    return { start, length };
  }
}

/** Per chains map: a patch that keeps the model keeps its graph, a new binding gets a new one. */
const cache = new WeakMap<object, ChainGraph>();
const noChains = new Map<string, Map<string, ChainSymbol>>();

/** The jump graph of the model's chains of `family` (the document's own when absent), built on first use. */
export function chainGraph(model: DocumentModel, family: Family = model.family): ChainGraph {
  const chains = chainsOf(model, family) ?? noChains;
  let g = cache.get(chains);
  if (!g) cache.set(chains, (g = new ChainGraph(chains, family)));
  return g;
}

/** `KUBE-SERVICES -> KUBE-SVC-X`: the chains a path enters, for messages; long paths keep both ends. */
export function describePath(path: readonly JumpEdge[], max = 6): string {
  const names = path.map((e) => e.to.name);
  if (names.length > max) names.splice(max - 2, names.length - max + 1, '…');
  return names.join(' -> ');
}
