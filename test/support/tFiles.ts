// iptables' own test cases, the extensions/*.t files of iptables 1.8.9 (in the
// shared corpus at tFilesDir). Format: `:CHAIN[,CHAIN...]` sets the chains,
// `*table` switches table, `RULE;SAVED-OR-=;OK|FAIL[;LEGACY|NFT...]` is a case,
// `#` a comment, `%iptables -I/-D ...` adds or removes a helper rule the next
// cases need, `@command` runs a program (nfct, nfacct) that we cannot: ignored.
//
//   for (const f of readTFiles()) for (const e of f.entries) if (legacyVerdict(e) === 'OK') ...
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Family } from '../../server/src/catalog/types';
import { tFilesDir } from './corpus';
import { jumpTarget, splitWords } from './ruleWords';

/** Which families a .t file is run for, from its name; undefined = not an iptables file (ebtables, arptables). */
export function tFileFamilies(name: string): Family[] | undefined {
  if (/libip6t_/.test(name)) return ['ipv6'];
  if (/libipt_/.test(name)) return ['ipv4'];
  // iptables-test.py runs libxt_ files with iptables only; ip6tables loads the same modules, so we ask it too.
  if (/libxt_/.test(name)) return ['ipv4', 'ipv6'];
  if (/(^|__)iptables\.t$/.test(name)) return ['ipv4'];
  return undefined;
}

/** The family a file's OK/FAIL column was written for: ip6tables for libip6t_ files, iptables for the rest. */
export function verdictFamily(name: string): Family {
  return /libip6t_/.test(name) ? 'ipv6' : 'ipv4';
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
  /** What iptables-save prints back: `=` for the rule itself, empty when nothing (a FAIL line). */
  saved: string;
  /** The file's own verdict column. */
  verdict: string;
  /** The columns after the verdict (`LEGACY`, `NFT`, an alternative verdict), trimmed. */
  variants: string[];
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
    const fields = line.split(';').map((f) => f.trim());
    if (fields.length < 3) return;
    const rule = fields[0];
    const target = jumpTarget(splitWords(rule));
    out.push({
      lineNo: index + 1,
      table,
      chains,
      rule,
      saved: fields[1],
      verdict: fields[2],
      variants: fields.slice(3),
      setup: setup.filter((s) => s.table === table).map((s) => `-A ${s.chain} ${s.rule}`),
      // Targets are upper case; a lower-case jump names a user chain the dump must declare.
      userChains: target && /[a-z]/.test(target) ? [target] : [],
    });
  });
  return out;
}

/**
 * The verdict iptables-legacy gives: `;NFT` scopes the verdict column to the nft
 * variant, so legacy gets the alternative after it, or else the other outcome.
 */
export function legacyVerdict(e: Pick<TEntry, 'verdict' | 'variants'>): string {
  if (e.variants[0] !== 'NFT') return e.verdict;
  return e.variants[1] ?? (e.verdict === 'OK' ? 'FAIL' : 'OK');
}

/** The iptables/ip6tables .t files of a folder, sorted. */
export function tFileNames(folder = tFilesDir): string[] {
  return readdirSync(folder)
    .filter((n) => n.endsWith('.t') && tFileFamilies(n))
    .sort();
}

/** Is this one of the extension files (libxt_, libipt_, libip6t_), not the core extensions__iptables.t? */
export function isExtensionTFile(name: string): boolean {
  return /^extensions__lib(xt|ipt|ip6t)_.*\.t$/.test(name);
}

export interface TFile {
  name: string;
  /** The family its verdict column speaks of. */
  family: Family;
  entries: TEntry[];
}

/** Every iptables/ip6tables .t file of the folder (default: the shared corpus's), parsed, sorted by name. */
export function readTFiles(folder = tFilesDir): TFile[] {
  return tFileNames(folder).map((name) => ({ name, family: verdictFamily(name), entries: parseTFile(readFileSync(path.join(folder, name), 'utf8')) }));
}
