// Which lines of an edit the splice (ruleSplice.ts) can take, read against the
// analysis before the edit: rule lines that append to a plain chain (or a new one)
// and jump to a verdict, a target or a plain user chain; rule lines still being
// typed; `:NAME` lines. What each line names is gathered on the way (`Naming`):
// chains made for new names, declarations, whether the structure checks will have
// something to say.
import type { ChainNode, LineNode, RuleNode } from '../syntax/ast';
import { commandOf, targetOf } from '../syntax/restoreRule';
import { findTable } from '../catalog/tables';
import { findVerdict } from '../catalog/verdicts';
import { stopsEveryPacket } from './chainGraph';
import { familyOf, marksFamily, namesChain, newChain, type ChainSymbol, type DocumentModel, type ReferenceKind } from './model';

/** Kinds of reference a chain may have for its rule count and order not to matter elsewhere (no -I/-D/-R N, no -F). */
const plainKinds = new Set<ReferenceKind>(['declaration', 'append', 'jump', 'goto', 'policy']);

/** Blank and comment lines bind nothing and no check reads them. */
function bindsNothing(node: LineNode): boolean {
  return node.kind === 'blank' || node.kind === 'comment';
}

/** A rule line the splice can take: the chain it appends to, the user chain it jumps to, if any, and whether it decides every packet. */
export interface Plain {
  rule: RuleNode;
  chain: ChainSymbol;
  jumpTo?: ChainSymbol;
  stops: boolean;
}

/** A user chain of the document declared above the edit, in the edit's table block (each block starts without user chains). */
function declaredAbove(model: DocumentModel, chain: ChainSymbol | undefined, first: number): chain is ChainSymbol {
  if (!chain || chain.builtin) return false;
  const block = model.parsed.tables.find((b) => b.firstNode <= first && first <= b.lastNode);
  return block !== undefined && chain.declarations.some((d) => d.node < first && d.node >= block.firstNode);
}

/**
 * Rule numbers and order do not matter elsewhere for the chain (no -I/-D/-R N, no -F).
 * Judged once per chain and edit: a pasted block's rules jump to a few chains with thousands of references.
 */
function plainChain(chain: ChainSymbol, naming: Naming): boolean {
  let plain = naming.judged.get(chain);
  if (plain === undefined) naming.judged.set(chain, (plain = chain.references.every((r) => plainKinds.has(r.kind))));
  return plain;
}

/** A rule of a known table, of the document's family, with no `-4`/`-6` of its own (they decide whether iptables-restore reads the line at all). */
export function inPlainTable(rule: RuleNode): boolean {
  return rule.table !== undefined && !rule.otherFamily && !marksFamily(rule) && findTable(rule.table) !== undefined;
}

/**
 * No target, or one binding makes no chain of (namesChain). A goto to an extension
 * target is such a one that the structure checks refuse: noted in `naming`.
 */
function targetsNoChain(rule: RuleNode, naming: Naming): boolean {
  const target = targetOf(rule);
  if (!target) return true;
  if (namesChain(target)) return false;
  if (!findVerdict(target.name) && !target.extension) naming.structure = true;
  return true;
}

/**
 * A rule of the table that names no chain: no command or no chain after it yet (the
 * line is being typed), and no target or one that is no chain. The binder keeps it
 * among the rules, with no reference; the structure checks pass it by.
 */
function bindsNoChain(rule: RuleNode, naming: Naming): boolean {
  return inPlainTable(rule) && !(commandOf(rule) !== undefined && rule.chain) && targetsNoChain(rule, naming);
}

/** What the lines of one side of an edit name, besides the lines themselves. */
export interface Naming {
  /** Coming lines only: the chains made for names the table has no chain of yet, shared by the edit's lines. */
  made?: Map<string, ChainSymbol>;
  /** Names the coming `:NAME` lines declare, and the new chains among them (a rule below in the edit may append to one). */
  declaring: Set<string>;
  declaredNew: Map<string, ChainSymbol>;
  /** A rule's chain or target is neither built in nor declared above it: the structure checks have something to say. */
  structure: boolean;
  /** Chains of the table already judged by plainChain. */
  judged: Map<ChainSymbol, boolean>;
}

/** The chain of that name, if plain; on the coming side a new one (as the binder makes it) when the table has none. */
function plainOrMade(model: DocumentModel, table: string, name: string, naming: Naming): ChainSymbol | undefined {
  const found = model.chains.get(table)?.get(name) ?? naming.made?.get(name) ?? naming.declaredNew.get(name);
  if (found) return plainChain(found, naming) ? found : undefined;
  if (!naming.made) return undefined;
  const chain = newChain(table, name, model.family);
  naming.made.set(name, chain);
  return chain;
}

/**
 * The rule line as the splice takes it (see the top of this file), or undefined:
 * an append to a plain chain (or a new one), to a verdict, an extension target or
 * a plain user chain (or a new one). `first` is the edit's first node.
 */
function plainAppend(model: DocumentModel, rule: RuleNode, first: number, naming: Naming): Plain | undefined {
  const table = rule.table!;
  if (!inPlainTable(rule) || !model.chains.has(table)) return undefined;
  if (commandOf(rule) !== 'append' || !rule.chain || rule.operands.length > 0) return undefined;
  const chain = plainOrMade(model, table, rule.chain.text, naming);
  if (!chain) return undefined;
  if (!chain.builtin && !declaredAbove(model, chain, first)) naming.structure = true;
  const stops = stopsEveryPacket(rule, familyOf(rule, model.family));
  if (targetsNoChain(rule, naming)) return { rule, chain, stops };
  const target = targetOf(rule)!;
  const jumpTo = plainOrMade(model, table, target.name, naming);
  if (!jumpTo || jumpTo.builtin) return undefined;
  if (!declaredAbove(model, jumpTo, first)) naming.structure = true;
  return { rule, chain, jumpTo, stops };
}

/**
 * A `:NAME` line of a user chain, or a `:` line without a name. Such a line changes
 * no rule's binding, only the structure checks, what the checks of the chain's
 * rules and of the rules jumping to it read (whether it is declared), the unused
 * chains and what other files see.
 */
export interface Declared {
  line: ChainNode;
  /** The chain it declares; none for a line without a name. */
  chain?: ChainSymbol;
  /** Nothing else names the chain: it comes or goes with the line. */
  lonely: boolean;
}

/** What an edit removes or adds, in line order, if the splice can take every line; quiet lines are skipped. */
export interface Taken {
  rules: Plain[];
  declared: Declared[];
  /** Rule lines still being written (no command or no chain yet): they bind nothing. */
  unbound: RuleNode[];
}

/** The chain a going `:NAME` line declares. */
function goingDeclaration(model: DocumentModel, line: ChainNode): Declared | undefined {
  if (!line.name.text) return { line, lonely: true };
  const chain = model.chains.get(line.table!)?.get(line.name.text);
  return chain ? { line, chain, lonely: chain.references.length === 1 } : undefined;
}

/**
 * A coming `:NAME` line: for a chain of the table, or a new one when the table has
 * none of that name (`going`: names whose only declaration the edit removes).
 */
function comingDeclaration(model: DocumentModel, line: ChainNode, going: ReadonlySet<string>, naming: Naming): Declared | undefined {
  const table = line.table!;
  const name = line.name.text;
  if (!name) return { line, lonely: true };
  const byName = model.chains.get(table);
  if (!byName || naming.declaring.has(name)) return undefined;
  naming.declaring.add(name);
  // A chain a rule above in the edit made, or one of the table.
  const existing = naming.made?.get(name) ?? (going.has(name) ? undefined : byName.get(name));
  if (existing) return { line, chain: existing, lonely: false };
  const chain = newChain(table, name, model.family);
  naming.declaredNew.set(name, chain);
  return { line, chain, lonely: true };
}

/** The lines an edit removes (`going` undefined) or adds, if the splice can take every one. */
export function takenLines(model: DocumentModel, nodes: readonly LineNode[], first: number, going?: ReadonlySet<string>): (Taken & { naming: Naming }) | undefined {
  const naming: Naming = { made: going && new Map(), declaring: new Set(), declaredNew: new Map(), structure: false, judged: new Map() };
  const out = { rules: [] as Plain[], declared: [] as Declared[], unbound: [] as RuleNode[], naming };
  for (const node of nodes) {
    if (bindsNothing(node)) continue;
    if (node.kind === 'chain') {
      if (node.table === undefined || !findTable(node.table)) return undefined;
      const d = going ? comingDeclaration(model, node, going, naming) : goingDeclaration(model, node);
      if (!d) return undefined;
      out.declared.push(d);
      continue;
    }
    if (node.kind !== 'rule') return undefined;
    const plain = plainAppend(model, node, first, naming);
    if (plain) out.rules.push(plain);
    else if (bindsNoChain(node, naming)) out.unbound.push(node);
    else return undefined;
  }
  return out;
}
