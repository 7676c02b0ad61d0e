// allowlist.tsv (we differ from iptables on purpose) and unsupported.tsv (this
// machine cannot give a real verdict). Both: `PATTERN<TAB>REASON` per line, `#`
// comments, a header line `case<TAB>reason`. PATTERN is a case id, a case id
// with `*` wildcards, or `/REGEX/` tested against the case's input text.
import { readFileSync } from 'node:fs';
import type { OracleCase } from './cases';

export interface ListEntry {
  pattern: string;
  reason: string;
  /** 1-based line in the list file, for messages. */
  line: number;
  test: (c: OracleCase) => boolean;
}

/** A script case is the restore case it was made from, run as commands: the same entries apply to it. */
const scriptPrefix = 'script:';

function matcher(pattern: string): (c: OracleCase) => boolean {
  const re = /^\/(.+)\/$/.exec(pattern);
  if (re) {
    const text = new RegExp(re[1], 'm');
    // Script cases quote every word: the patterns are written for the words themselves.
    return (c) => text.test(c.script ? c.dump.replace(/'/g, '') : c.dump);
  }
  const glob = new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return (c) => glob.test(c.id) || (c.script === true && c.id.startsWith(scriptPrefix) && glob.test(c.id.slice(scriptPrefix.length)));
}

export function parseList(text: string, file: string): ListEntry[] {
  const out: ListEntry[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '' || line.startsWith('#') || (i === 0 && /^case\treason/.test(line))) return;
    const [pattern, reason, ...extra] = line.split('\t');
    if (!pattern || !reason?.trim() || extra.length) throw new Error(`${file}:${i + 1}: expected PATTERN<TAB>REASON, got ${JSON.stringify(line)}`);
    out.push({ pattern, reason: reason.trim(), line: i + 1, test: matcher(pattern) });
  });
  return out;
}

export function readList(file: string): ListEntry[] {
  return parseList(readFileSync(file, 'utf8'), file);
}

export function findEntry(list: readonly ListEntry[], c: OracleCase): ListEntry | undefined {
  return list.find((e) => e.test(c));
}
