// Which catalog enum word an option's value is, compared exactly as written
// (or in any case, when the enum says so). Shared by the option and placement checks.
import type { EnumWord, OptionSpec, ValueType } from '../../catalog/types';

export type EnumType = Extract<ValueType, { kind: 'enum' }>;

/** The option's value as an enum of words, when it takes exactly one (not an argument list). */
export function enumValue(o: OptionSpec): EnumType | undefined {
  const value = o.value;
  return value && !Array.isArray(value) && value.kind === 'enum' ? value : undefined;
}

/** Does `text` spell the word or one of its aliases? */
export function spellsWord(type: EnumType, w: EnumWord, text: string): boolean {
  if (type.caseInsensitive) {
    const lower = text.toLowerCase();
    return w.word.toLowerCase() === lower || (w.aliases?.some((a) => a.toLowerCase() === lower) ?? false);
  }
  return w.word === text || (w.aliases?.includes(text) ?? false);
}
