// Cases from the shared corpus: every dump VERDICTS.tsv lists, whole, in its family.
import { readCorpusFile, readVerdicts } from '../support/corpus';
import type { OracleCase } from './cases';

export function casesFromCorpusDumps(): OracleCase[] {
  return readVerdicts().map((v) => ({
    id: `dump:${v.file}:${v.family}`,
    source: 'corpus-dumps',
    family: v.family,
    dump: readCorpusFile(v.file),
    focusLine: v.errorLine ?? 0,
    expected: v.verdict === 'ACCEPT' ? 'accept' : 'reject',
    note: `VERDICTS.tsv: ${v.verdict}${v.message ? ` (${v.message})` : ''}`,
  }));
}
