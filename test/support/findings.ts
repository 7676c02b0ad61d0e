// Runs chosen semantic checks on a text, the same per-rule checks analyzeText
// uses, so a test sees one kind of finding without the others:
//
//   const f = only(runChecks('*nat\n-A INPUT -j MASQUERADE\nCOMMIT\n', ['placement']), 'target-not-allowed-here');
import assert from 'node:assert/strict';
import { checkWhole, modelContext, type CheckContext, type RuleCheck } from '../../server/src/analysis/checks/context';
import { deprecatedRuleCheck } from '../../server/src/analysis/checks/lints';
import { optionRuleCheck, type ModuleLookup } from '../../server/src/analysis/checks/options';
import { placementChecks } from '../../server/src/analysis/checks/placement';
import { valueRuleCheck } from '../../server/src/analysis/checks/values';
import type { Finding } from '../../server/src/analysis/finding';
import { bindDocument, type DocumentModel } from '../../server/src/analysis/model';
import { catalogGrammar } from '../../server/src/catalog/grammar';
import type { Family } from '../../server/src/syntax/ast';
import { parseDocument } from '../../server/src/syntax/parse';
import type { Range } from '../../server/src/syntax/position';
import { textAt } from './fixture';

export type CheckKind = 'options' | 'values' | 'placement' | 'deprecated';

/** The bound model of a text, in a forced family ('guess' lets the text decide, as an editor would). */
export function modelOf(text: string, family: Family | 'guess' = 'ipv4'): DocumentModel {
  return bindDocument(parseDocument(text, { grammar: catalogGrammar }), family === 'guess' ? {} : { forced: family });
}

export interface RunOptions {
  /** For a text: its family (default ipv4). */
  family?: Family | 'guess';
  /** Another module lookup for the option checks (to try catalog fields not filled in yet). */
  lookup?: ModuleLookup;
}

/**
 * The findings of the chosen checks, each run over every rule in turn, in the
 * order given; placement checks the jump graph's loops after its rules.
 */
export function runChecks(textOrModel: string | DocumentModel, which: readonly CheckKind[], opts: RunOptions = {}): Finding[] {
  const model = typeof textOrModel === 'string' ? modelOf(textOrModel, opts.family) : textOrModel;
  const findings: Finding[] = [];
  const ctx: CheckContext = modelContext(model, (f) => void findings.push(f));
  const eachRule = (check: RuleCheck): void => {
    for (const rule of model.rules) checkWhole(check, rule);
  };
  for (const kind of which) {
    if (kind === 'options') eachRule(optionRuleCheck(ctx, opts.lookup));
    else if (kind === 'values') eachRule(valueRuleCheck(ctx));
    else if (kind === 'deprecated') eachRule(deprecatedRuleCheck(ctx));
    else {
      const placement = placementChecks(ctx);
      eachRule(placement.rule);
      placement.loops();
    }
  }
  return findings;
}

/** The codes, or `line:code` with 0-based lines. */
export function codesOf(xs: ReadonlyArray<{ code: string; range: Range }>, opts: { withLine?: boolean } = {}): string[] {
  return xs.map((x) => (opts.withLine ? `${x.range.start.line}:${x.code}` : x.code));
}

/** One finding per line, `line: code/severity on "covered text": message` (1-based lines), for assertion messages. */
export function showFindings(text: string | undefined, findings: readonly Finding[]): string {
  if (findings.length === 0) return 'no findings';
  return findings
    .map((f) => {
      let covered = '';
      try {
        if (text !== undefined) covered = ` on ${JSON.stringify(textAt(text, f.range))}`;
      } catch {
        covered = ' (range outside the text)';
      }
      return `${f.range.start.line + 1}: ${f.code}/${f.severity}${covered}: ${f.message}`;
    })
    .join('\n');
}

/** The only finding with `code`; fails (listing them all) unless there is exactly one. */
export function only(findings: readonly Finding[], code: string, text?: string): Finding {
  const hits = findings.filter((f) => f.code === code);
  assert.equal(hits.length, 1, `expected one ${code}, got:\n${showFindings(text, findings)}`);
  return hits[0];
}
