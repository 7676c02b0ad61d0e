// Where mutation cases start from: rules of the corpus dumps iptables accepted,
// and the rules iptables' own .t files mark OK (they cover every module).
import { readCorpusFile, readVerdicts } from '../support/corpus';
import { externalRule, rulesOfDump, type BaseRule } from './mutations';
import { readTFiles, tFileShortName } from '../support/tFiles';


export function candidateBases(tFolder: string): BaseRule[] {
  const out: BaseRule[] = [];
  for (const v of readVerdicts()) {
    if (v.verdict === 'ACCEPT') out.push(...rulesOfDump(readCorpusFile(v.file), v.family, v.file));
  }
  for (const { name, family, entries } of readTFiles(tFolder)) {
    for (const e of entries) {
      if (e.verdict !== 'OK' || !e.chains.length || e.setup.length || externalRule.test(e.rule)) continue;
      out.push({ family, table: e.table, chain: e.chains[0], rule: e.rule, userChains: new Set(e.userChains), origin: `${tFileShortName(name)}.t:${e.lineNo}` });
    }
  }
  return out;
}
