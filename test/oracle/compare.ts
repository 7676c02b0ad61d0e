// Holds each case against our analysis and the oracle, in a small pool of child processes.
import { analyzeText } from '../../server/src/analysis/analyze';
import type { OracleCase } from './cases';
import { findEntry, type ListEntry } from './lists';
import { explainKernelRefusal, isKernelRefusal, judge, judgeScript, mapPool, type OracleSetup, type OracleVerdict } from './oracle';

export interface OurError {
  code: string;
  /** 1-based. */
  line: number;
  message: string;
}

export interface Outcome {
  case: OracleCase;
  /** crash = analyzeText threw: always a disagreement. */
  ours: 'accept' | 'reject' | 'crash';
  errors: OurError[];
  crash?: string;
  oracle: OracleVerdict;
  agree: boolean;
  listed?: { list: 'allowlist' | 'unsupported'; entry: ListEntry };
}

/**
 * A script's chain that it does not create may exist on the machine it runs on, so
 * that is only a warning; the oracle's fresh namespace has no such chain.
 */
const missingInFreshNamespace = new Set(['unknown-target', 'undeclared-chain']);

/** Our verdict: any finding of severity error rejects the input. */
function ourVerdict(c: OracleCase): Pick<Outcome, 'ours' | 'errors' | 'crash'> {
  try {
    const { findings } = analyzeText(c.dump, { forced: c.family });
    const errors = findings
      .filter((f) => f.severity === 'error' || (c.script && missingInFreshNamespace.has(f.code)))
      .map((f) => ({ code: f.code, line: f.range.start.line + 1, message: f.message }));
    return { ours: errors.length ? 'reject' : 'accept', errors };
  } catch (e) {
    const crash = e instanceof Error ? (e.stack ?? e.message).split('\n').slice(0, 4).join('\n') : String(e);
    return { ours: 'crash', errors: [], crash };
  }
}

export interface Lists {
  allowlist: readonly ListEntry[];
  unsupported: readonly ListEntry[];
}

export async function compareAll(setup: OracleSetup, cases: readonly OracleCase[], lists: Lists, width = 4): Promise<Outcome[]> {
  const outcomes = await mapPool(cases, width, async (c, slot): Promise<Outcome> => {
    const oracle = c.script ? await judgeScript(setup, c.dump, slot) : await judge(setup, c.family, c.dump, slot);
    const ours = ourVerdict(c);
    const agree = ours.ours !== 'crash' && (ours.ours === 'accept') === oracle.accepted;
    return { case: c, ...ours, oracle, agree };
  });
  for (const o of outcomes) {
    if (o.agree) continue;
    // Unsupported first: a verdict this machine cannot give is no verdict at all.
    const u = findEntry(lists.unsupported, o.case);
    const a = u ? undefined : findEntry(lists.allowlist, o.case);
    if (u) o.listed = { list: 'unsupported', entry: u };
    else if (a) o.listed = { list: 'allowlist', entry: a };
  }
  // The kernel names its reason only in its log: look it up for the refusals we missed (not those
  // unsupported.tsv already explains), one at a time so that the log lines belong to the case.
  for (const o of outcomes) {
    if (!o.agree && !o.case.script && o.listed?.list !== 'unsupported' && !o.oracle.accepted && !o.oracle.kernelLog && isKernelRefusal(o.oracle, o.case.dump)) {
      o.oracle = { ...o.oracle, kernelLog: await explainKernelRefusal(setup, o.case.family, o.case.dump) };
    }
  }
  return outcomes;
}
