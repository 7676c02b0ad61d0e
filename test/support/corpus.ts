// Finds the shared test corpus (public iptables dumps with the real iptables'
// verdicts). CI clones the repo with `shared/` beside it, so the corpus lives at
// ../shared/corpus relative to the repo root; tests skip when it is absent.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export type CorpusFamily = 'ipv4' | 'ipv6';

/** The repository root (this file is test/support/corpus.ts). */
export const repoRoot = path.resolve(__dirname, '..', '..');
const sharedRoot = path.resolve(repoRoot, '..', 'shared');
export const corpusRoot = path.join(sharedRoot, 'corpus');
/** iptables' own extensions/*.t test files. */
export const tFilesDir = path.join(corpusRoot, 'iptables-v1.8.9');
/** Where each table-restricted module was measured to work (notes/kernel-table-chain-limits.tsv). */
export const kernelLimitsFile = path.join(sharedRoot, 'notes', 'kernel-table-chain-limits.tsv');

/** A skip reason while `file` (something in ../shared) is absent, false when it is there. */
export function sharedMissing(file: string): string | false {
  return existsSync(file) ? false : `no ${path.relative(repoRoot, file)} (../shared is absent)`;
}

/** Why corpus tests cannot run here, or false when they can. */
export function corpusMissing(): string | false {
  return sharedMissing(path.join(corpusRoot, 'VERDICTS.tsv'));
}

/** One row of the kernel limits: the table/chain pairs a module was accepted in. */
export interface KernelLimit {
  module: string;
  kind: string;
  family: string;
  sampleRule: string;
  acceptedIn: string[];
}

export function readKernelLimits(): KernelLimit[] {
  const rows = readFileSync(kernelLimitsFile, 'utf8').trim().split('\n').slice(1);
  return rows.map((row) => {
    const [module, kind, family, sampleRule, accepted] = row.split('\t');
    return { module, kind, family, sampleRule, acceptedIn: (accepted ?? '').split(' ') };
  });
}

/** One row of VERDICTS.tsv: what `iptables-legacy-restore` said about a dump. */
export interface Verdict {
  /** Path relative to the corpus folder. */
  file: string;
  verdict: 'ACCEPT' | 'REJECT';
  /** 1-based line iptables named, when it named one. */
  errorLine?: number;
  message: string;
  family: CorpusFamily;
}

export function readVerdicts(): Verdict[] {
  const text = readFileSync(path.join(corpusRoot, 'VERDICTS.tsv'), 'utf8');
  const rows = text.split('\n').filter((l) => l.trim() !== '');
  const header = rows.shift()?.split('\t') ?? [];
  const col = (name: string): number => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`VERDICTS.tsv has no column ${name}`);
    return i;
  };
  const [file, verdict, errorLine, message, family] = ['file', 'verdict', 'error_line', 'message', 'family'].map(col);
  return rows.map((row) => {
    const cells = row.split('\t');
    const v = cells[verdict];
    if (v !== 'ACCEPT' && v !== 'REJECT') throw new Error(`bad verdict ${v} in ${row}`);
    const fam = cells[family];
    if (fam !== 'ipv4' && fam !== 'ipv6') throw new Error(`bad family ${fam} in ${row}`);
    const line = cells[errorLine] ? Number(cells[errorLine]) : undefined;
    return { file: cells[file], verdict: v, errorLine: Number.isInteger(line) ? line : undefined, message: cells[message] ?? '', family: fam };
  });
}

export function readCorpusFile(file: string): string {
  return readFileSync(path.join(corpusRoot, file), 'utf8');
}
