// Where mutation cases start from: rules of the corpus dumps iptables accepted,
// and the rules iptables' own .t files mark OK (they cover every module).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readCorpusFile, readVerdicts } from '../support/corpus';
import { externalRule, rulesOfDump, type BaseRule } from './mutations';
import { parseTFile, tFileFamilies, tFileNames, tFileShortName } from './tFiles';


export function candidateBases(tFolder: string): BaseRule[] {
  const out: BaseRule[] = [];
  for (const v of readVerdicts()) {
    if (v.verdict === 'ACCEPT') out.push(...rulesOfDump(readCorpusFile(v.file), v.family, v.file));
  }
  for (const name of tFileNames(tFolder)) {
    const family = tFileFamilies(name)?.[0];
    if (!family) continue;
    for (const e of parseTFile(readFileSync(path.join(tFolder, name), 'utf8'))) {
      if (e.verdict !== 'OK' || !e.chains.length || e.setup.length || externalRule.test(e.rule)) continue;
      out.push({ family, table: e.table, chain: e.chains[0], rule: e.rule, userChains: new Set(e.userChains), origin: `${tFileShortName(name)}.t:${e.lineNo}` });
    }
  }
  return out;
}
