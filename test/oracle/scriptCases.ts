// Restore cases again as shell scripts: each chain a `-N`, each rule an
// `iptables -t TABLE -A ...` command with every word single-quoted, run with
// `sh -e`. The command-line shape of the same rules, held against the real iptables.
import { splitRestoreWords } from '../../server/src/syntax/restoreWords';
import { familyProgram } from '../../server/src/syntax/programs';
import type { OracleCase } from './cases';

function shellQuote(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** The restore input of a case as commands; built-in chains' policies are left at their default. */
export function restoreAsScript(dump: string, program: string): string {
  const out = ['#!/bin/sh'];
  let table = 'filter';
  for (const line of dump.split('\n')) {
    if (line.startsWith('*')) table = line.slice(1).trim();
    else if (line.startsWith(':')) {
      const [name, policy] = line.slice(1).split(/\s+/);
      if (policy === '-') out.push(`${program} -t ${table} -N ${shellQuote(name)}`);
    } else if (line.startsWith('-') || line.startsWith('[')) {
      const words = splitRestoreWords(line, { line: 0 }).map((w) => shellQuote(w.text));
      out.push(`${program} -t ${table} ${words.join(' ')}`);
    }
  }
  return `${out.join('\n')}\n`;
}

export function scriptCases(cases: readonly OracleCase[], source: 'script-t-files' | 'script-mutations'): OracleCase[] {
  return cases.map((c) => ({
    ...c,
    id: `script:${c.id}`,
    source,
    dump: restoreAsScript(c.dump, familyProgram(c.family)),
    script: true,
    // The rule under test is the last command.
    focusLine: 0,
    expected: undefined,
  }));
}
