// One plain sentence for a whole rule, built from the catalog's phrases:
// "In nat POSTROUTING: packets not leaving through docker0 whose source is in
// 172.17.0.0/16 (...) get their source address rewritten to the address of the
// interface they leave by (MASQUERADE)."
import type { Family, OptionNode, RuleNode } from '../../syntax/ast';
import { coreDocs } from '../../catalog/coreDocs';
import { findTarget, optionSpecOf } from '../../catalog/modules';
import { findVerdict } from '../../catalog/verdicts';
import { builtinChain, findTable } from '../../catalog/tables';
import type { OptionSpec, ValueType } from '../../catalog/types';
import { andList } from '../../analysis/checks/wording';
import { describeValue } from './describeValue';
import { code } from './markdown';
import { noReading } from '../../analysis/values/optionRules';
import { familyOf } from '../../analysis/model';

/** The catalog's spec for an option, wherever it comes from. */
export function optionInfo(option: OptionNode): { doc: string; phrase?: string; value?: ValueType | ValueType[]; spec?: OptionSpec } | undefined {
  const owner = option.owner;
  if (owner.kind === 'core') return coreDocs[owner.spec.long];
  const spec = optionSpecOf(option);
  return spec && { doc: spec.doc, phrase: spec.phrase, value: spec.value, spec };
}

/** The option's condition in this rule, e.g. "destination is not in 10.0.0.0/8 (...)". */
export function optionPhrase(option: OptionNode, family: Family): string | undefined {
  const info = optionInfo(option);
  if (!info?.phrase) return undefined;
  const negated = option.negation !== undefined;
  let phrase = info.phrase.replace('{not}', negated ? 'not ' : '');
  if (negated && !info.phrase.includes('{not}')) phrase = `not (${phrase})`;
  // A function replacement: `$&` or `$'` inside a value must stay literal text.
  const value = describeValue(info.value, option.args, { option: option.name, reading: info.spec?.reading ?? noReading, family });
  return phrase.replace('{value}', () => value);
}

const skipped = new Set(['--comment']);

function joinClauses(clauses: string[]): string {
  // "packets keep under..." phrases already have the subject; "port is 22" ones read with "whose".
  return andList(clauses.map((c) => c.replace(/^packets /, 'that ')).map((c) => (/^[a-z][a-z0-9 -]* (is|are|has|have) /.test(c) ? `whose ${c}` : c)));
}

export function chainLabel(table: string | undefined, chain: string | undefined): string {
  if (!chain) return table ?? '';
  // Only names the catalog knows go in as prose; anything else from the file is code.
  const name = table && builtinChain(table, chain) ? chain : code(chain);
  if (table === undefined) return name;
  return `${findTable(table) ? table : code(table)} ${name}`;
}

function actionOf(rule: RuleNode, family: Family): string {
  const target = rule.target;
  if (!target) return 'are only counted (the rule has no target) and go on to the next rule';
  const verdict = findVerdict(target.name);
  if (verdict) return `${verdict.action} (${target.name})`;
  const module = target.kind === 'jump' ? findTarget(target.name) : undefined;
  if (module) {
    const extras = target.options.map((o) => optionPhrase(o, family)).filter((p): p is string => !!p);
    const action = module.action ?? `go to the ${target.name} target`;
    // "are logged, with the prefix X, and continue to the next rule" reads better than the phrases last.
    const ending = ' and continue to the next rule';
    if (extras.length && action.endsWith(ending)) {
      return `${[action.slice(0, -ending.length), ...extras].join(', ')},${ending} (${target.name})`;
    }
    // "rewritten to 10.0.0.1" needs no comma; other phrases are asides.
    const joined = extras.reduce((acc, e) => (e.startsWith('to ') ? `${acc} ${e}` : `${acc}, ${e}`), action);
    return `${joined} (${target.name})`;
  }
  return target.kind === 'jump'
    ? `continue in chain ${code(target.name)} (and come back here if it decides nothing)`
    : `continue in chain ${code(target.name)} without coming back here`;
}

/** `family` is the file's; without it, the rule's program or IPv4. */
export function ruleSentence(rule: RuleNode, fileFamily: Family = 'ipv4'): string {
  const family = familyOf(rule, fileFamily);
  const clauses: string[] = [];
  const comments: string[] = [];
  for (const option of rule.options) {
    if (option.owner.kind === 'target') continue;
    if (skipped.has(option.name)) {
      if (option.args[0]) comments.push(code(option.args[0].text));
      continue;
    }
    const phrase = optionPhrase(option, family);
    if (phrase) clauses.push(phrase);
  }
  const where = rule.chain ? `In ${chainLabel(rule.table, rule.chain.text)}: ` : '';
  const subject = clauses.length ? `packets ${joinClauses(clauses)}` : 'all packets';
  const comment = comments.length ? ` Comment: ${comments.join(', ')}.` : '';
  return `${where}${subject} ${actionOf(rule, family)}.${comment}`;
}
