// Oracle cases from iptables' own extensions/*.t test files (in the shared
// corpus): every line in every chain it names, for each family that loads it.
// The file format and its reader are in test/support/tFiles.ts.
import { ruleDump } from '../support/dumps';
import { readTFiles, tFileFamilies, tFileShortName, parseTFile, type TEntry } from '../support/tFiles';
import type { OracleCase } from './cases';

function casesOf(name: string, entries: readonly TEntry[]): OracleCase[] {
  const families = tFileFamilies(name);
  if (!families) return [];
  const short = tFileShortName(name);
  const out: OracleCase[] = [];
  for (const e of entries) {
    for (const family of families) {
      // The OK/FAIL column was written for iptables (IPv4) runs only.
      const expected = family === 'ipv4' || families.length === 1 ? (e.verdict === 'OK' ? 'accept' : e.verdict === 'FAIL' ? 'reject' : undefined) : undefined;
      for (const chain of e.chains) {
        const { dump, focusLine } = ruleDump(e.table, chain, e.rule, e.userChains, e.setup);
        out.push({ id: `t:${short}:${e.lineNo}:${chain}:${family}`, source: 't-files', family, dump, focusLine, expected, note: `${name} line ${e.lineNo}` });
      }
    }
  }
  return out;
}

export function casesFromTFile(name: string, text: string): OracleCase[] {
  return casesOf(name, parseTFile(text));
}

export function casesFromTFolder(folder: string): OracleCase[] {
  return readTFiles(folder).flatMap((f) => casesOf(f.name, f.entries));
}
