// One call from text to everything the features need: parse, bind, check.
// The findings are kept in parts (per rule, per run of a chain, whole document)
// so that an edit of one rule can re-check that rule alone (incremental.ts).
import { catalogGrammar } from '../catalog/grammar';
import type { ParsedDocument, RuleNode } from '../syntax/ast';
import { detectFormat, familyFromText, parseDocument, splitLines } from '../syntax/parse';
import { pushAll } from '../syntax/lists';
import type { Finding } from './finding';
import { chainRuns } from './checks/lints';
import { RuleChecking } from './ruleChecking';
import { bindDocument, chooseFamily, skippedForFamily, type ChainReference, type DocumentModel, type FamilyChoice } from './model';

export interface Analysis {
  model: DocumentModel;
  /** Every finding, in document order. */
  findings: Finding[];
  parts: AnalysisParts;
  /** Set by a patch that added or removed jumps or declarations in place: what other files see of this one changed (workspace index). */
  chainsChanged?: boolean;
}

/** The findings by where they come from, and the checkers that made them, ready to run again. */
export interface AnalysisParts {
  choice: FamilyChoice;
  /** The problems the parser recorded on each line, in line order. */
  lineProblems: Finding[];
  /** Structural findings (without the parser's per-line problems): declarations, chains a command needs, targets, rule numbers. */
  structure: Finding[];
  /** What the jump graph shows: jump loops, unused chains. */
  jumps: Finding[];
  /** Findings of the per-rule checks (options, values, placement, deprecated modules), for rules that have any. */
  byRule: Map<RuleNode, Finding[]>;
  /** The appended rules of each chain per block, and what comparing them found (duplicates, shadows). */
  runs: Map<string, ChainReference[]>;
  byRun: Map<string, Finding[]>;
  /** Checks the rule again and files what it finds (or forgets it when nothing is found). */
  recheckRule(rule: RuleNode): void;
  /** The same for the run of `key` in `runs`. */
  recheckRun(key: string): void;
  /** The structure part again. */
  checkStructure(): Finding[];
  /** The jumps part again. */
  checkJumps(): Finding[];
}

/**
 * What an analysis after an edit knows without checking again (incremental.ts):
 * rules and runs that had no findings and whose inputs did not change. Besides the
 * rule itself, a per-rule check reads only the family, whether the rule is live,
 * and the state of its chain and of its target chain (see sameInputs there).
 */
export interface Reuse {
  quietRule(rule: RuleNode, model: DocumentModel): boolean;
  quietRun(key: string, refs: readonly ChainReference[]): boolean;
}

/** Per-rule checks already run while the document was parsed (see analyzeText). */
interface EarlyChecks {
  checking: RuleChecking;
  /** How many rules were checked. */
  count: number;
  /** What they found, for the rules that found something. */
  found: Map<RuleNode, Finding[]>;
}

/**
 * Restore input is checked while it is parsed: the per-rule checks that need no
 * chains run on each rule as soon as its line is read, so the line is not read
 * again (restore rules keep only a summary, see syntax/restoreRule.ts). The few
 * rules whose checks need the bound chains are finished after binding.
 */
export function analyzeText(text: string, choice: FamilyChoice = {}): Analysis {
  const lines = splitLines(text);
  if (detectFormat(lines) !== 'restore') return analyzeParsed(parseDocument(text, { grammar: catalogGrammar, lines }), choice);
  const { family, certain } = chooseFamily(familyFromText(lines), choice);
  const early: EarlyChecks = { checking: new RuleChecking(family, certain), count: 0, found: new Map() };
  const onRule = (rule: RuleNode): void => {
    // The rules binding keeps (bindDocument): in a table, of the document's family.
    if (rule.table === undefined || skippedForFamily(rule, family)) return;
    early.count++;
    const found = early.checking.ruleNow(rule);
    if (found.length) early.found.set(rule, found);
  };
  return analyzeParsed(parseDocument(text, { grammar: catalogGrammar, lines, format: 'restore', onRule }), choice, undefined, early);
}

export function analyzeParsed(parsed: ParsedDocument, choice: FamilyChoice = {}, reuse?: Reuse, early?: EarlyChecks): Analysis {
  const model = bindDocument(parsed, choice);
  // The early checks stand only if binding agrees on the family and kept the rules that were checked.
  const useEarly = early && early.checking.family === model.family && early.checking.familyCertain === model.familyCertain && early.count === model.rules.length;
  const checking = useEarly ? early.checking : new RuleChecking(model.family, model.familyCertain);
  checking.bind(model);
  const parts: AnalysisParts = {
    choice,
    lineProblems: lineProblems(parsed),
    structure: [],
    jumps: [],
    byRule: new Map(),
    runs: chainRuns(model),
    byRun: new Map(),
    recheckRule: (rule) => file(parts.byRule, rule, checking.whole(rule)),
    recheckRun: (key) => file(parts.byRun, key, checking.run(parts.runs.get(key)!)),
    checkStructure: () => checking.structure(),
    checkJumps: () => checking.jumps(),
  };
  if (useEarly) {
    for (const rule of model.rules) file(parts.byRule, rule, checking.ruleLater(rule, early.found.get(rule) ?? []));
  } else {
    for (const rule of model.rules) if (!reuse?.quietRule(rule, model)) parts.recheckRule(rule);
  }
  for (const [key, refs] of parts.runs) if (!reuse?.quietRun(key, refs)) parts.recheckRun(key);
  parts.structure = parts.checkStructure();
  parts.jumps = parts.checkJumps();
  return { model, findings: gatherFindings(parts), parts };
}

/** Keeps only the parts that found something: most rules and runs find nothing. */
function file<K>(byKey: Map<K, Finding[]>, key: K, found: Finding[]): void {
  if (found.length) byKey.set(key, found);
  else byKey.delete(key);
}

export function lineProblems(parsed: ParsedDocument): Finding[] {
  const out: Finding[] = [];
  for (const node of parsed.nodes) if (node.problems.length) pushAll(out, node.problems);
  return out;
}

/** All parts in one list, sorted by position (a stable sort keeps each line's findings in check order). */
export function gatherFindings(parts: AnalysisParts): Finding[] {
  const out: Finding[] = [...parts.lineProblems, ...parts.structure, ...parts.jumps];
  for (const found of parts.byRule.values()) pushAll(out, found);
  for (const found of parts.byRun.values()) pushAll(out, found);
  return out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
