// Reads iptables' own test cases (extensions/*.t in the shared corpus) and runs
// the value check alone on each rule, so tests can compare with the verdicts.
import type { Finding } from '../../../server/src/analysis/finding';
import type { Family } from '../../../server/src/catalog/types';
import { ruleIn } from '../../support/dumps';
import { runChecks } from '../../support/findings';
import { isExtensionTFile, legacyVerdict, readTFiles } from '../../support/tFiles';

export interface TCase {
  file: string;
  line: number;
  family: Family;
  table: string;
  chain: string;
  rule: string;
  verdict: 'OK' | 'FAIL';
}

/** Every case of the extension .t files, with the save form of OK lines as an extra OK case. */
export function readTCases(): TCase[] {
  const out: TCase[] = [];
  for (const { name: file, family, entries } of readTFiles()) {
    if (!isExtensionTFile(file)) continue;
    for (const e of entries) {
      // Deliberately one chain per line: a value is judged the same in every
      // chain, so the other chains would only repeat the case.
      const chain = e.chains[0] ?? 'INPUT';
      const verdict = legacyVerdict(e);
      if (verdict !== 'OK' && verdict !== 'FAIL') continue;
      const at = { file, line: e.lineNo, family, table: e.table, chain, verdict } as const;
      out.push({ ...at, rule: e.rule });
      if (verdict === 'OK' && e.saved && e.saved !== '=') out.push({ ...at, rule: e.saved });
    }
  }
  return out;
}

/** The value check's findings for one rule, as iptables-restore input. */
export function valueFindings(c: Pick<TCase, 'family' | 'table' | 'chain' | 'rule'>): Finding[] {
  return runChecks(ruleIn(c.table, c.chain, c.rule), ['values'], { family: c.family });
}
