// `--dport 22` with nothing that loads it: offer `-p tcp`, `-p udp`... or `-m MODULE`
// before the option, from the modules the finding names (see Finding.loads).
import { findMatch } from '../../catalog/modules';
import { samePosition } from '../../syntax/position';
import { rulesOnLine } from '../../syntax/lookup';
import type { Fix, FixProvider } from './types';

export const addModule: FixProvider = (finding, ctx) => {
  if (!finding.loads) return [];
  for (const rule of rulesOnLine(ctx.model.parsed, finding.range.start.line)) {
    const option = rule.options.find((o) => samePosition(o.word.range.start, finding.range.start));
    if (!option) continue;
    const at = { start: (option.negation ?? option.word).range.start, end: (option.negation ?? option.word).range.start };
    const fixes: Fix[] = [];
    for (const name of finding.loads) {
      const protocol = findMatch(name)?.implicitForProtocol;
      // A protocol's own match needs that protocol: with no -p yet, `-p tcp` loads it; beside another -p it cannot work.
      if (protocol && rule.protocol) continue;
      const insert = protocol ? `-p ${protocol} ` : `-m ${name} `;
      fixes.push({ title: `Add \`${insert.trim()}\` before \`${option.written}\``, edits: [{ range: at, newText: insert }], preferred: fixes.length === 0 });
      if (fixes.length === 4) break;
    }
    return fixes;
  }
  return [];
};
