// The bound model of a document: user and built-in chains per table, with
// their declarations, rules and every reference to them. Built in one pass.
import type { ChainNode, Family, LineNode, OptionNode, ParsedDocument, RuleNode } from '../syntax/ast';
import { comparePositions, type Range } from '../syntax/position';
import { programFamilyOf } from '../syntax/programFamily';
import { LineWord } from '../syntax/restoreWords';
import { commandOf, familyMarksOf, markedFamily, targetOf, type TargetSummary } from '../syntax/restoreRule';
import { appended, none } from '../syntax/lists';
import type { Word } from '../syntax/word';
import { builtinChain } from '../catalog/tables';
import { findVerdict } from '../catalog/verdicts';
import { findTarget } from '../catalog/modules';

export type ReferenceKind =
  | 'declaration' | 'jump' | 'goto' | 'append' | 'insert' | 'delete' | 'replace' | 'check'
  | 'policy' | 'flush' | 'zero' | 'list' | 'delete-chain' | 'rename';

export interface ChainReference {
  kind: ReferenceKind;
  word: Word;
  table: string;
  /** The chain this reference resolves to, if it resolves. */
  chain?: ChainSymbol;
  rule?: RuleNode;
  /** Index of the node holding the reference. */
  node: number;
}

export interface ChainSymbol {
  table: string;
  name: string;
  /** The family whose chains it is among: a script may set up both (iptables and ip6tables lines). */
  family: Family;
  builtin: boolean;
  /** `:NAME` lines or `-N NAME` commands (several for repeated table blocks). */
  declarations: ChainReference[];
  /** Rules appended, inserted or replaced into this chain, in file order. */
  rules: RuleNode[];
  /** Every reference (declarations included), in file order. */
  references: ChainReference[];
  /** The `:NAME POLICY` line of a built-in chain. */
  policyLine?: ChainNode;
}

export interface DocumentModel {
  parsed: ParsedDocument;
  external?: ExternalChains;
  family: Family;
  familyReason: string;
  /** The family was stated (settings, header, program name, file name), not guessed from addresses or defaulted. */
  familyCertain: boolean;
  /** table -> chain name -> symbol (merged over repeated blocks of the same table). */
  chains: Map<string, Map<string, ChainSymbol>>;
  /** Every chain reference in file order. */
  references: ChainReference[];
  rules: RuleNode[];
  /**
   * A script's command lines for the other family (ip6tables lines in an iptables
   * script) work on chains of their own, with their own jump graph and checks.
   */
  otherFamily?: FamilyChains;
}

/** The chains of one family and every reference to them, in file order. */
export interface FamilyChains {
  family: Family;
  chains: Map<string, Map<string, ChainSymbol>>;
  references: ChainReference[];
}

const commandKinds: Partial<Record<string, ReferenceKind>> = {
  append: 'append', insert: 'insert', delete: 'delete', replace: 'replace', check: 'check',
  policy: 'policy', flush: 'flush', zero: 'zero', list: 'list', 'list-rules': 'list',
  'delete-chain': 'delete-chain', 'rename-chain': 'rename', 'new-chain': 'declaration',
};

/** A chain as binding makes it on its first mention, with no references yet. */
export function newChain(table: string, name: string, family: Family): ChainSymbol {
  // A dump has tens of thousands of chains with a few references each: their lists grow at exact size (appended).
  return { table, name, family, builtin: builtinChain(table, name) !== undefined, declarations: none, rules: none, references: none };
}

/** Does a rule of the document jump or go to the chain (so packets can enter it)? */
export function enteredByJumps(chain: ChainSymbol): boolean {
  return chain.references.some((r) => r.kind === 'jump' || r.kind === 'goto');
}

/** The family a rule works on: its program's (a script line), else the document's. */
export function familyOf(rule: RuleNode, documentFamily: Family): Family {
  return rule.programFamily ?? documentFamily;
}

/**
 * A script's line for the family other than the document's: an ip6tables command, or
 * a line of a heredoc fed to ip6tables-restore, in an iptables script.
 */
export function otherFamilyLine(node: LineNode, family: Family): boolean {
  const own = programFamilyOf(node);
  return own !== undefined && own !== family;
}

/** Every reference of both families, the document's own first. */
export function allReferences(model: DocumentModel): ChainReference[] {
  return familyScopes(model).flatMap((scope) => scope.references);
}

/** The chains of each family the document binds: its own, then the other family's if a script has any. */
export function familyScopes(model: DocumentModel): FamilyChains[] {
  const own: FamilyChains = { family: model.family, chains: model.chains, references: model.references };
  return model.otherFamily ? [own, model.otherFamily] : [own];
}

/** The `-4` or `-6` of a rule (which decide whether iptables-restore reads it at all), if any. */
export function familyOption(rule: RuleNode): OptionNode | undefined {
  return familyMarksOf(rule)[0];
}

export function marksFamily(rule: RuleNode): boolean {
  return familyOption(rule) !== undefined;
}

/**
 * `-6` in an IPv4 file (or `-4` in IPv6): iptables-restore skips the line. A command
 * line is judged by its program: `iptables -6` is refused, `ip6tables -6` is fine.
 */
export function skippedForFamily(rule: RuleNode, family: Family): boolean {
  const own = familyOf(rule, family);
  for (const o of familyMarksOf(rule)) if (markedFamily(o) !== own) return true;
  return false;
}

/** Does word `a` start before word `b`? Words of one restore line compare by column, without building ranges. */
export function writtenBefore(a: Word, b: Word): boolean {
  if (a instanceof LineWord && b instanceof LineWord && a.row === b.row) return a.start < b.start;
  return comparePositions(a.range.start, b.range.start) < 0;
}

/** The target names a chain, so binding makes a reference: it is neither a built-in verdict nor an extension target. */
export function namesChain(target: TargetSummary): boolean {
  return target.nameWord.text !== '' && findVerdict(target.name) === undefined && findTarget(target.name) === undefined;
}

/** The chain `name` of `table` among the chains of `family` (the document's family when absent). */
export function chainSymbol(model: DocumentModel, table: string, name: string, family: Family = model.family): ChainSymbol | undefined {
  return chainsOf(model, family)?.get(table)?.get(name);
}

/** The chains of a family: the document's own, or the other family's in a script that sets up both. */
export function chainsOf(model: DocumentModel, family: Family): Map<string, Map<string, ChainSymbol>> | undefined {
  if (family === model.family) return model.chains;
  return model.otherFamily?.chains;
}

/** Chains declared in other files of the workspace (ufw splits its rules over several files). */
export interface ExternalChains {
  /** Where another file declares the chain. */
  find(table: string, name: string): { uri: string; range: Range } | undefined;
  /** Does another file jump or go to the chain? */
  referenced(table: string, name: string): boolean;
}

export interface FamilyChoice {
  /** A forced family from settings or the command line. */
  forced?: Family;
  /** The file name or URI, to recognise rules.v6 / ip6tables. */
  fileName?: string;
  /** Declarations in other files; a chain found there is not reported as missing. */
  external?: ExternalChains;
}

/** The document's family: the settings first, then what the text says, then the file name. */
export function chooseFamily(hint: ParsedDocument['familyHint'], choice: FamilyChoice = {}): { family: Family; reason: string; certain: boolean } {
  if (choice.forced) return { family: choice.forced, reason: 'set in the settings', certain: true };
  if (hint) return { family: hint.family, reason: hint.reason, certain: !hint.guessed };
  const file = choice.fileName ?? '';
  if (/(^|[/\\])[^/\\]*(ip6tables|\.v6$|rules6|ipv6)[^/\\]*$/i.test(file)) return { family: 'ipv6', reason: 'the file name says IPv6', certain: true };
  return { family: 'ipv4', reason: 'the default', certain: false };
}

export function bindDocument(parsed: ParsedDocument, choice: FamilyChoice = {}): DocumentModel {
  const { family, reason, certain: familyCertain } = chooseFamily(parsed.familyHint, choice);
  const model: DocumentModel = { parsed, family, familyReason: reason, familyCertain, chains: new Map(), references: [], rules: [] };
  if (choice.external) model.external = choice.external;

  const main: FamilyChains = { family, chains: model.chains, references: model.references };
  const symbol = (scope: FamilyChains, table: string, name: string): ChainSymbol => {
    let byName = scope.chains.get(table);
    if (!byName) scope.chains.set(table, (byName = new Map()));
    let s = byName.get(name);
    if (!s) byName.set(name, (s = newChain(table, name, scope.family)));
    return s;
  };
  const refer = (scope: FamilyChains, kind: ReferenceKind, word: Word, table: string, node: number, rule?: RuleNode): ChainReference => {
    const chain = symbol(scope, table, word.text);
    // The same name, one string: each word held its own slice of its line (32 bytes, 420k words at 200k rules).
    word.text = chain.name;
    const ref: ChainReference = { kind, word, table, node, chain, rule };
    chain.references = appended(chain.references, ref);
    if (kind === 'declaration') chain.declarations = appended(chain.declarations, ref);
    scope.references.push(ref);
    return ref;
  };
  const scopeOf = (node: RuleNode | ChainNode): FamilyChains => {
    if (!otherFamilyLine(node, family)) return main;
    model.otherFamily ??= { family: programFamilyOf(node)!, chains: new Map(), references: [] };
    return model.otherFamily;
  };

  // The rule being bound, for referRule: one visitor for every rule, not a closure each.
  let ruleScope = main;
  let ruleTable = '';
  let ruleNode = 0;
  let rule: RuleNode | undefined;
  let chainRule: ChainSymbol | undefined;
  const referRule = (kind: ReferenceKind, word: Word): void => {
    const ref = refer(ruleScope, kind, word, ruleTable, ruleNode, rule);
    if (word === rule!.chain && placingKinds.has(kind)) chainRule = ref.chain;
  };

  const nodes = parsed.nodes;
  for (let n = 0; n < nodes.length; n++) {
    const node = nodes[n];
    if (node.kind === 'chain') {
      if (node.table === undefined || !node.name.text) continue;
      const ref = refer(scopeOf(node), 'declaration', node.name, node.table, n);
      if (ref.chain!.builtin) ref.chain!.policyLine = node;
      continue;
    }
    if (node.kind !== 'rule') continue;
    const table = node.table;
    if (table === undefined) continue;
    if (skippedForFamily(node, family)) {
      node.otherFamily = true;
      continue;
    }
    model.rules.push(node);
    ruleScope = scopeOf(node);
    ruleTable = table;
    ruleNode = n;
    rule = node;
    chainRule = undefined;
    visitChainWords(node, referRule);
    // Set by referRule, which the compiler cannot see.
    const placed = chainRule as ChainSymbol | undefined;
    if (placed) placed.rules = appended(placed.rules, node);
  }
  return model;
}

/** Commands whose chain word is the chain the rule is put in. */
const placingKinds: ReadonlySet<ReferenceKind | undefined> = new Set<ReferenceKind>(['append', 'insert', 'replace']);

/**
 * The chain words a rule line names, each with the kind of reference binding makes
 * of it, in the order they are written (`-j X -A Y` names X first), so that every
 * list of references is in file order. The splice (ruleSplice.ts) makes a new
 * line's references by the same visit.
 */
export function visitChainWords(rule: RuleNode, visit: (kind: ReferenceKind, word: Word) => void): void {
  const command = commandOf(rule);
  const kind = command && commandKinds[command];
  const chainWord = kind ? rule.chain : undefined;
  const renamed = command === 'rename-chain' && rule.chain ? rule.operands[0] : undefined;
  const target = targetOf(rule);
  const targetWord = target && namesChain(target) ? target.nameWord : undefined;
  if (renamed && targetWord) {
    // `-E OLD NEW` with a target (refused, but still bound): the rare case sorts.
    const found: Array<[ReferenceKind, Word]> = [[kind!, chainWord!], ['declaration', renamed], [target!.kind, targetWord]];
    found.sort((a, b) => comparePositions(a[1].range.start, b[1].range.start));
    for (const [k, word] of found) visit(k, word);
    return;
  }
  const targetFirst = targetWord !== undefined && chainWord !== undefined && writtenBefore(targetWord, chainWord);
  if (targetFirst) visit(target!.kind, targetWord);
  if (chainWord) visit(kind!, chainWord);
  if (renamed) visit('declaration', renamed);
  if (targetWord && !targetFirst) visit(target!.kind, targetWord);
}

/** The reference whose word covers the position, if any, among either family's references. */
export function referenceAt(model: DocumentModel, line: number, character: number): ChainReference | undefined {
  return referenceIn(model.references, line, character) ?? (model.otherFamily && referenceIn(model.otherFamily.references, line, character));
}

/** Binary search over references in file order. */
function referenceIn(refs: readonly ChainReference[], line: number, character: number): ChainReference | undefined {
  let lo = 0;
  let hi = refs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r: Range = refs[mid].word.range;
    if (r.end.line < line || (r.end.line === line && r.end.character < character)) lo = mid + 1;
    else if (r.start.line > line || (r.start.line === line && r.start.character > character)) hi = mid - 1;
    else return refs[mid];
  }
  return undefined;
}
