// One input held against both our analysis and the real iptables.
import type { OracleFamily } from './oracle';

export type CaseSource = 't-files' | 'corpus-dumps' | 'mutations' | 'script-t-files' | 'script-mutations';

export interface OracleCase {
  /** Stable name, used by allowlist.tsv and unsupported.tsv. */
  id: string;
  source: CaseSource;
  family: OracleFamily;
  /** The whole input: iptables-restore input, or a shell script when `script` is set. */
  dump: string;
  /** A shell script of iptables/ip6tables commands, run with `sh -e` instead of iptables-restore. */
  script?: boolean;
  /** The line a reader should look at (the rule under test), 1-based; 0 for whole dumps. */
  focusLine: number;
  /** What the input's author expected, when it says (.t files: OK/FAIL; corpus: VERDICTS.tsv). Informative only. */
  expected?: 'accept' | 'reject';
  /** How the case was made (mutation kind, .t file line...). */
  note?: string;
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
