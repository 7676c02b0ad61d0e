// One input held against both our analysis and the real iptables.
import type { OracleFamily } from './oracle';

export type CaseSource = 't-files' | 'corpus-dumps' | 'mutations';

export interface OracleCase {
  /** Stable name, used by allowlist.tsv and unsupported.tsv. */
  id: string;
  source: CaseSource;
  family: OracleFamily;
  /** The whole iptables-restore input. */
  dump: string;
  /** The line a reader should look at (the rule under test), 1-based; 0 for whole dumps. */
  focusLine: number;
  /** What the input's author expected, when it says (.t files: OK/FAIL; corpus: VERDICTS.tsv). Informative only. */
  expected?: 'accept' | 'reject';
  /** How the case was made (mutation kind, .t file line...). */
  note?: string;
}

/** Built-in chains of each table, as the kernel creates them. */
export const builtinChains: Readonly<Record<string, readonly string[]>> = {
  filter: ['INPUT', 'FORWARD', 'OUTPUT'],
  nat: ['PREROUTING', 'INPUT', 'OUTPUT', 'POSTROUTING'],
  mangle: ['PREROUTING', 'INPUT', 'FORWARD', 'OUTPUT', 'POSTROUTING'],
  raw: ['PREROUTING', 'OUTPUT'],
  security: ['INPUT', 'FORWARD', 'OUTPUT'],
};

export function isBuiltinChain(table: string, chain: string): boolean {
  return builtinChains[table]?.includes(chain) ?? false;
}

/**
 * Splits a rule the way iptables-restore does closely enough for mutating it:
 * on blanks, keeping a double-quoted argument (with its quotes) as one word.
 */
export function splitWords(rule: string): string[] {
  const words: string[] = [];
  let cur = '';
  let quoted = false;
  let has = false;
  for (const ch of rule) {
    if (ch === '"') {
      quoted = !quoted;
      cur += ch;
      has = true;
    } else if (!quoted && (ch === ' ' || ch === '\t')) {
      if (has) words.push(cur);
      cur = '';
      has = false;
    } else {
      cur += ch;
      has = true;
    }
  }
  if (has) words.push(cur);
  return words;
}

/** The chain a rule jumps or goes to (`-j X`, `-g X`, `--jump X`, `--goto X`), if any. */
export function jumpTarget(words: readonly string[]): string | undefined {
  for (let i = 0; i < words.length - 1; i++) {
    if (['-j', '-g', '--jump', '--goto'].includes(words[i])) return words[i + 1];
  }
  return undefined;
}

/**
 * A minimal dump holding one rule: the table, declarations of the user chains
 * it needs, the rule, COMMIT. `setup` rules (e.g. a RATEEST that a rateest
 * match needs) come first in the same table.
 */
export function ruleDump(table: string, chain: string, rule: string, userChains: readonly string[] = [], setup: readonly string[] = []): { dump: string; focusLine: number } {
  const lines = [`*${table}`];
  const declared = new Set<string>();
  for (const c of [chain, ...userChains]) {
    if (!isBuiltinChain(table, c) && !declared.has(c)) {
      declared.add(c);
      lines.push(`:${c} - [0:0]`);
    }
  }
  lines.push(...setup);
  lines.push(`-A ${chain} ${rule}`.trimEnd());
  const focusLine = lines.length;
  lines.push('COMMIT', '');
  return { dump: lines.join('\n'), focusLine };
}

/** sha256-free short stable hash (FNV-1a, 32 bits) for case ids. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
