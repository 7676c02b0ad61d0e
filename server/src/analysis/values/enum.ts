// Words from a fixed set, alone or as a comma separated list. How a word is
// compared differs between options (the catalog's `reading`): exactly, in any case, by
// any leading part (`EST` for ESTABLISHED), or only by its first letters.
import { familyLabel } from '../../syntax/programs';
import type { EnumWord, Family, OptionReading, OptionSpec, ValueType } from '../../catalog/types';
import { noReading } from './optionRules';
import { shown, type ValueEnv, type ValueSink } from './sink';
import { didYouMean } from './suggest';

export type EnumType = Extract<ValueType, { kind: 'enum' }>;

/** The option's value as an enum of words, when it takes exactly one (not an argument list). */
export function enumValue(o: OptionSpec): EnumType | undefined {
  const value = o.value;
  return value && !Array.isArray(value) && value.kind === 'enum' ? value : undefined;
}

function spellings(w: EnumWord): string[] {
  return w.aliases ? [w.word, ...w.aliases] : [w.word];
}

function matches(item: string, spelling: string, rules: OptionReading, caseInsensitive: boolean): boolean {
  const a = caseInsensitive ? item.toLowerCase() : item;
  const b = caseInsensitive ? spelling.toLowerCase() : spelling;
  switch (rules.enumMatching ?? 'exact') {
    case 'exact':
      return a === b;
    case 'prefix':
      return a.length > 0 && b.startsWith(a);
    case 'startsWith':
      return a.startsWith(b);
    case 'leading': {
      const n = rules.leading ?? 3;
      return a.length >= Math.min(n, b.length) && a.slice(0, n) === b.slice(0, n);
    }
  }
}

/** The word `item` stands for in `family`, `'other-family'` if only the other family has it, or undefined. */
export function findEnumWord(type: EnumType, item: string, family: Family, rules: OptionReading): EnumWord | 'other-family' | undefined {
  const ci = type.caseInsensitive === true;
  let other = false;
  for (const w of type.values) {
    for (const s of spellings(w)) {
      if (!matches(item, s, rules, ci)) continue;
      if (!w.family || w.family === family) return w;
      other = true;
    }
  }
  return other ? 'other-family' : undefined;
}

/**
 * The word an option's whole value stands for in `family`, compared the way
 * iptables compares that option's words (`tcp-re` is tcp-reset for REJECT);
 * undefined when the option takes no single enum word or the value names none.
 */
export function findOptionWord(spec: OptionSpec, text: string, family: Family): EnumWord | undefined {
  const type = enumValue(spec);
  if (!type || type.list) return undefined;
  const found = findEnumWord(type, text, family, spec.reading ?? noReading);
  return found === 'other-family' ? undefined : found;
}

function listOfWords(type: EnumType, family: Family): string[] {
  return type.values.filter((w) => !w.family || w.family === family).map((w) => w.word);
}

function expectedWords(words: string[], list: boolean): string {
  const shownWords = words.length > 12 ? `${words.slice(0, 12).join(', ')}...` : words.join(', ');
  return `${list ? 'one or more of' : 'one of'} ${shownWords}${list ? ' (comma separated, no spaces)' : ''}`;
}

function checkItem(type: EnumType, text: string, start: number, stop: number, at: number, rules: OptionReading, env: ValueEnv, sink: ValueSink): void {
  const item = text.slice(start, stop);
  const found = findEnumWord(type, item, env.family, rules);
  if (found && found !== 'other-family') return;
  const from = at + start;
  const to = at + stop;
  if (found === 'other-family') {
    const other = env.family === 'ipv4' ? 'IPv6 (ip6tables)' : 'IPv4 (iptables)';
    // Refused for sure only when the family is stated, not guessed.
    const message = `${shown(item)} only exists for ${other}, but this file is read as ${familyLabel(env.family)}.`;
    if (env.familyCertain) sink.error('family-mismatch', message, from, to);
    else sink.warning('family-mismatch', message, from, to);
    return;
  }
  const words = listOfWords(type, env.family);
  if (item === '') {
    sink.error('bad-enum-value', `${env.option} has an empty item: expected ${expectedWords(words, type.list === true)}.`, from, to);
    return;
  }
  // The right word in the wrong case is the likeliest mistake; say so plainly.
  if (!type.caseInsensitive) {
    const any = findEnumWord({ ...type, caseInsensitive: true }, item, env.family, rules);
    if (any && any !== 'other-family') {
      sink.error('bad-enum-value', `${shown(item)}: ${env.option} is case-sensitive here; write \`${any.word}\`.`, from, to);
      return;
    }
  }
  const hint = didYouMean(item, words.concat(type.values.flatMap((w) => (!w.family || w.family === env.family ? w.aliases ?? [] : []))));
  sink.error('bad-enum-value', `${shown(item)} is not valid for ${env.option}: expected ${expectedWords(words, type.list === true)}.${hint}`, from, to);
}

export function checkEnum(type: EnumType, text: string, at: number, env: ValueEnv, sink: ValueSink): void {
  const rules = env.rules;
  if (!type.list) {
    checkItem(type, text, 0, text.length, at, rules, env, sink);
    return;
  }
  const seps = rules.separators ?? ',';
  let count = 0;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !seps.includes(text[i])) continue;
    if (i > start || !rules.skipEmpty) {
      count++;
      checkItem(type, text, start, i, at, rules, env, sink);
    }
    start = i + 1;
  }
  if (rules.maxItems !== undefined && count > rules.maxItems) {
    sink.error('bad-enum-value', `${env.option} takes at most ${rules.maxItems} items; this list has ${count}.`, at, at + text.length);
  }
}
