// Cases from iptables' own extensions/*.t test files (in the shared corpus).
// Format: `:CHAIN[,CHAIN...]` sets the chains, `*table` switches table,
// `RULE;SAVED-OR-=;OK|FAIL[;LEGACY|NFT...]` is a case, `#` a comment,
// `%iptables -I/-D ...` adds or removes a helper rule the next cases need,
// `@command` runs a program (nfct, nfacct) that we cannot: ignored.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { jumpTarget, ruleDump, splitWords, type OracleCase } from './cases';
import type { OracleFamily } from './oracle';

/** Which families a .t file is run for, from its name; undefined = not an iptables file (ebtables, arptables). */
export function tFileFamilies(name: string): OracleFamily[] | undefined {
  if (/libip6t_/.test(name)) return ['ipv6'];
  if (/libipt_/.test(name)) return ['ipv4'];
  // iptables-test.py runs libxt_ files with iptables only; ip6tables loads the same modules, so we ask it too.
  if (/libxt_/.test(name)) return ['ipv4', 'ipv6'];
  if (/(^|__)iptables\.t$/.test(name)) return ['ipv4'];
  return undefined;
}

/** A .t file's short name for case ids: `extensions__libxt_tcp.t` -> `libxt_tcp`. */
export function tFileShortName(name: string): string {
  return name.replace(/^.*__/, '').replace(/\.t$/, '');
}

interface SetupRule {
  table: string;
  chain: string;
  rule: string;
}

/** `%iptables -I INPUT -t mangle REST` as a helper rule; undefined for anything else. */
function parseSetup(command: string): { add: boolean; rule: SetupRule } | undefined {
  const words = splitWords(command);
  if (!/^ip6?tables$/.test(words[0] ?? '')) return undefined;
  let table = 'filter';
  const t = words.indexOf('-t');
  if (t >= 0) {
    table = words[t + 1];
    words.splice(t, 2);
  }
  const op = words[1];
  if (op !== '-I' && op !== '-A' && op !== '-D') return undefined;
  const chain = words[2];
  const rest = words.slice(3);
  return { add: op !== '-D', rule: { table, chain, rule: rest.join(' ') } };
}

/** One rule line of a .t file, with the place it is tested in. */
export interface TEntry {
  lineNo: number;
  table: string;
  chains: string[];
  rule: string;
  /** The file's own verdict column. */
  verdict: string;
  /** Helper rules (`%iptables -I ...`) in force for this line, as `-A CHAIN RULE` lines of its table. */
  setup: string[];
  /** User chains the rule jumps to (lower-case jump targets). */
  userChains: string[];
}

export function parseTFile(text: string): TEntry[] {
  const out: TEntry[] = [];
  let chains: string[] = [];
  let table = 'filter';
  let setup: SetupRule[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '' || line.startsWith('#') || line.startsWith('@')) return;
    if (line.startsWith(':')) {
      chains = line.slice(1).trim().split(',').filter(Boolean);
      return;
    }
    if (line.startsWith('*')) {
      table = line.slice(1).trim();
      return;
    }
    if (line.startsWith('%')) {
      const s = parseSetup(line.slice(1).trim());
      if (s?.add) setup.push(s.rule);
      else if (s) setup = setup.filter((r) => !(r.table === s.rule.table && r.chain === s.rule.chain && r.rule === s.rule.rule));
      return;
    }
    const fields = line.split(';');
    if (fields.length < 3) return;
    const rule = fields[0].trim();
    const target = jumpTarget(splitWords(rule));
    out.push({
      lineNo: index + 1,
      table,
      chains,
      rule,
      verdict: fields[2].trim(),
      setup: setup.filter((s) => s.table === table).map((s) => `-A ${s.chain} ${s.rule}`),
      // Targets are upper case; a lower-case jump names a user chain the dump must declare.
      userChains: target && /[a-z]/.test(target) ? [target] : [],
    });
  });
  return out;
}

export function casesFromTFile(name: string, text: string): OracleCase[] {
  const families = tFileFamilies(name);
  if (!families) return [];
  const short = tFileShortName(name);
  const out: OracleCase[] = [];
  for (const e of parseTFile(text)) {
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

/** The iptables/ip6tables .t files of a folder, sorted. */
export function tFileNames(folder: string): string[] {
  return readdirSync(folder)
    .filter((n) => n.endsWith('.t') && tFileFamilies(n))
    .sort();
}

export function casesFromTFolder(folder: string): OracleCase[] {
  return tFileNames(folder).flatMap((n) => casesFromTFile(n, readFileSync(path.join(folder, n), 'utf8')));
}
