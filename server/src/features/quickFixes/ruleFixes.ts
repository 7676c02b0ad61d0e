// Fixes that rewrite part of one rule: negation order, deprecated modules, suggested spellings.
import { findMatch, findOptionSpec } from '../../catalog/modules';
import { rulesOnLine } from '../../syntax/lookup';
import { samePosition } from '../../syntax/position';
import type { Fix, FixProvider } from './types';

/** `-s ! 10.0.0.1` becomes `! -s 10.0.0.1`. */
const reorderNegation: FixProvider = (finding, ctx) => {
  for (const rule of rulesOnLine(ctx.model.parsed, finding.range.start.line)) {
    const option = rule.options.find((o) => o.intraNegation && o.negation && samePosition(o.negation.range.start, finding.range.start));
    if (!option || !option.negation || !option.args[0]) continue;
    return [{
      title: `Write \`! ${option.written} ${option.args[0].text}\``,
      preferred: true,
      edits: [
        { range: { start: option.word.range.start, end: option.word.range.start }, newText: '! ' },
        { range: { start: option.negation.range.start, end: option.args[0].range.start }, newText: '' },
      ],
    }];
  }
  return [];
};

/** `-m state --state X` becomes `-m conntrack --ctstate X`, from the catalog's replacedBy entries. */
const modernizeMatch: FixProvider = (finding, ctx) => {
  for (const rule of rulesOnLine(ctx.model.parsed, finding.range.start.line)) {
    const match = rule.matches.find((m) => samePosition(m.nameWord.range.start, finding.range.start));
    const spec = match && findMatch(match.name);
    if (!match || !spec?.deprecatedBy) continue;
    const edits: Fix['edits'] = [{ range: match.nameWord.range, newText: spec.deprecatedBy }];
    for (const o of match.options) {
      const replacement = findOptionSpec(spec, o.name)?.replacedBy;
      if (replacement) edits.push({ range: o.word.range, newText: replacement });
    }
    return [{ title: `Use -m ${spec.deprecatedBy}`, edits, preferred: true }];
  }
  return [];
};

export const ruleFixes: Record<string, FixProvider> = {
  'intrapositioned-negation': reorderNegation,
  'deprecated-match': modernizeMatch,
};

/** Any finding that carries a suggestion gets "Change to X". */
export const suggestionFix: FixProvider = (finding) =>
  finding.suggestion === undefined ? [] : [{ title: `Change to \`${finding.suggestion}\``, edits: [{ range: finding.range, newText: finding.suggestion }], preferred: true }];
