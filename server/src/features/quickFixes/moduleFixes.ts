// `--dport 22` with nothing that loads it: offer `-p tcp`, `-p udp`... or `-m MODULE` before the option.
import { matches } from '../../catalog/matches';
import { byPopularity } from '../../analysis/checks/options';
import { comparePositions } from '../../syntax/position';
import { rulesAt } from './ruleFixes';
import type { Fix, FixProvider } from './types';

/** Matches that define an option, the common protocols first. */
function owners(option: string) {
  return byPopularity(matches.filter((m) => m.options.some((o) => o.names.includes(option))));
}

export const addModule: FixProvider = (finding, ctx) => {
  for (const rule of rulesAt(ctx, finding.range.start.line)) {
    const option = rule.options.find((o) => comparePositions(o.word.range.start, finding.range.start) === 0);
    if (!option) continue;
    const at = { start: (option.negation ?? option.word).range.start, end: (option.negation ?? option.word).range.start };
    const fixes: Fix[] = [];
    for (const m of owners(option.written).slice(0, 4)) {
      // With no -p yet, the protocol loads its own match; otherwise load the module by name.
      const insert = m.implicitForProtocol && !rule.protocol ? `-p ${m.implicitForProtocol} ` : `-m ${m.name} `;
      fixes.push({ title: `Add \`${insert.trim()}\` before \`${option.written}\``, edits: [{ range: at, newText: insert }], preferred: fixes.length === 0 });
    }
    return fixes;
  }
  return [];
};
