// One call from text to everything the features need: parse, bind, check.
// The findings are kept in parts (per rule, per run of a chain, whole document)
// so that an edit of one rule can re-check that rule alone (incremental.ts).
import { catalogGrammar } from '../catalog/grammar';
import type { ParsedDocument, RuleNode } from '../syntax/ast';
import { parseDocument } from '../syntax/parse';
import type { CheckContext, RuleCheck } from './checks/context';
import { coreOptionUseCheck } from './checks/coreOptionUse';
import { chainRuns, checkRun, checkUnusedChains, deprecatedRuleCheck } from './checks/lints';
import { optionRuleCheck } from './checks/options';
import { placementChecks } from './checks/placement';
import { valueRuleCheck } from './checks/values';
import type { Finding } from './finding';
import { bindDocument, type ChainReference, type DocumentModel, type FamilyChoice } from './model';
import { structureFindings } from './structure';

export interface Analysis {
  model: DocumentModel;
  /** Every finding, in document order. */
  findings: Finding[];
  parts: AnalysisParts;
}

/** The findings by where they come from, and the checkers that made them, ready to run again. */
export interface AnalysisParts {
  choice: FamilyChoice;
  /** The problems the parser recorded on each line, in line order. */
  lineProblems: Finding[];
  /** Structural findings (without the parser's per-line problems), jump loops, unused chains. */
  document: Finding[];
  /** Findings of the per-rule checks (options, values, placement, deprecated modules), for rules that have any. */
  byRule: Map<RuleNode, Finding[]>;
  /** The appended rules of each chain per block, and what comparing them found (duplicates, shadows). */
  runs: Map<string, ChainReference[]>;
  byRun: Map<string, Finding[]>;
  /** Checks the rule again and files what it finds (or forgets it when nothing is found). */
  recheckRule(rule: RuleNode): void;
  /** The same for the run of `key` in `runs`. */
  recheckRun(key: string): void;
  /** The document part again: structure, jump loops, unused chains. */
  checkDocument(): Finding[];
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

export function analyzeText(text: string, choice: FamilyChoice = {}): Analysis {
  return analyzeParsed(parseDocument(text, { grammar: catalogGrammar }), choice);
}

export function analyzeParsed(parsed: ParsedDocument, choice: FamilyChoice = {}, reuse?: Reuse): Analysis {
  const model = bindDocument(parsed, choice);
  let bucket: Finding[] = [];
  const ctx: CheckContext = { model, report: (f) => void bucket.push(f) };
  const collect = (run: () => void): Finding[] => {
    const saved = bucket;
    bucket = [];
    try {
      run();
      return bucket;
    } finally {
      bucket = saved;
    }
  };
  const placement = placementChecks(ctx);
  const perRule: RuleCheck[] = [optionRuleCheck(ctx), coreOptionUseCheck(ctx), valueRuleCheck(ctx), placement.rule, deprecatedRuleCheck(ctx)];
  const parts: AnalysisParts = {
    choice,
    lineProblems: lineProblems(parsed),
    document: [],
    byRule: new Map(),
    runs: chainRuns(model),
    byRun: new Map(),
    recheckRule: (rule) => file(parts.byRule, rule, collect(() => {
      for (const check of perRule) check(rule);
    })),
    recheckRun: (key) => file(parts.byRun, key, collect(() => checkRun(ctx, parts.runs.get(key)!))),
    checkDocument: () => structureFindings(model).concat(collect(() => {
      placement.loops();
      checkUnusedChains(ctx);
    })),
  };
  for (const rule of model.rules) if (!reuse?.quietRule(rule, model)) parts.recheckRule(rule);
  for (const [key, refs] of parts.runs) if (!reuse?.quietRun(key, refs)) parts.recheckRun(key);
  parts.document = parts.checkDocument();
  return { model, findings: gatherFindings(parts), parts };
}

/** Keeps only the parts that found something: most rules and runs find nothing. */
function file<K>(byKey: Map<K, Finding[]>, key: K, found: Finding[]): void {
  if (found.length) byKey.set(key, found);
  else byKey.delete(key);
}

export function lineProblems(parsed: ParsedDocument): Finding[] {
  const out: Finding[] = [];
  for (const node of parsed.nodes) if (node.problems.length) out.push(...node.problems);
  return out;
}

/** All parts in one list, sorted by position (a stable sort keeps each line's findings in check order). */
export function gatherFindings(parts: AnalysisParts): Finding[] {
  const out: Finding[] = [...parts.lineProblems, ...parts.document];
  for (const found of parts.byRule.values()) out.push(...found);
  for (const found of parts.byRun.values()) out.push(...found);
  return out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
