// Reads iptables' own test cases (extensions/*.t in the shared corpus) and runs
// the value check alone on each rule, so tests can compare with the verdicts.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../../../server/src/analysis/finding';
import type { Family } from '../../../server/src/catalog/types';
import { tFilesDir } from '../../support/corpus';
import { runChecks } from '../../support/findings';

export interface TCase {
  file: string;
  line: number;
  family: Family;
  table: string;
  chain: string;
  rule: string;
  verdict: 'OK' | 'FAIL';
}

/** Every case of the iptables/ip6tables .t files, with the save form of OK lines as an extra OK case. */
export function readTCases(): TCase[] {
  const out: TCase[] = [];
  for (const file of readdirSync(tFilesDir).sort()) {
    const m = /^extensions__lib(xt|ipt|ip6t)_.*\.t$/.exec(file);
    if (!m) continue;
    const family: Family = m[1] === 'ip6t' ? 'ipv6' : 'ipv4';
    let table = 'filter';
    let chain = 'INPUT';
    readFileSync(path.join(tFilesDir, file), 'utf8').split('\n').forEach((text, index) => {
      if (text.startsWith('#') || text.trim() === '' || text[0] === '@' || text[0] === '%') return;
      if (text[0] === ':') {
        chain = text.slice(1).split(',')[0].trim();
        return;
      }
      if (text[0] === '*') {
        table = text.slice(1).trim();
        return;
      }
      const fields = text.split(';');
      if (fields.length < 3) return;
      let verdict = fields[2].trim();
      // A verdict scoped to the nft variant is the other way round for legacy.
      if (fields[3]?.trim() === 'NFT') verdict = fields[4]?.trim() ?? (verdict === 'OK' ? 'FAIL' : 'OK');
      if (verdict !== 'OK' && verdict !== 'FAIL') return;
      out.push({ file, line: index + 1, family, table, chain, rule: fields[0], verdict });
      if (verdict === 'OK' && fields[1] && fields[1] !== '=') out.push({ file, line: index + 1, family, table, chain, rule: fields[1], verdict });
    });
  }
  return out;
}

/** The value check's findings for one rule, as iptables-restore input. */
export function valueFindings(c: Pick<TCase, 'family' | 'table' | 'chain' | 'rule'>): Finding[] {
  return runChecks(`*${c.table}\n-A ${c.chain} ${c.rule}\nCOMMIT\n`, ['values'], { family: c.family });
}
