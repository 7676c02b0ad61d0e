// Two lists of bit words, MASK then COMP, as --tcp-flags takes them: the
// packet matches when its bits, masked by MASK, equal COMP. A word in COMP
// that MASK leaves out can never be seen, so such a rule never matches. The
// bits are the catalog words' `value`s (catalog/values/tcpFlags.ts).
import type { EnumWord } from '../../catalog/types';
import { tcpFlags } from '../../catalog/values/tcpFlags';

function wordValue(word: string, words: readonly EnumWord[]): number | undefined {
  const upper = word.toUpperCase();
  for (const w of words) if (w.word.toUpperCase() === upper) return w.value;
  return undefined;
}

/** The bits of a comma separated list, or undefined when a word is unknown (reported elsewhere). */
export function flagBits(list: string, words: readonly EnumWord[] = tcpFlags): number | undefined {
  let value = 0;
  let start = 0;
  for (let i = 0; i <= list.length; i++) {
    if (i < list.length && list[i] !== ',') continue;
    if (i > start) {
      const b = wordValue(list.slice(start, i), words);
      if (b === undefined) return undefined;
      value |= b;
    }
    start = i + 1;
  }
  return value;
}

/** Single-bit words named in COMP that MASK does not look at, lowest bit first; empty when the pair makes sense. */
export function flagsOutsideMask(mask: string, comp: string, words: readonly EnumWord[] = tcpFlags): string[] {
  const m = flagBits(mask, words);
  const c = flagBits(comp, words);
  if (m === undefined || c === undefined) return [];
  const outside = c & ~m;
  if (outside === 0) return [];
  return words
    .filter((w) => w.value !== undefined && w.value !== 0 && (w.value & (w.value - 1)) === 0 && (outside & w.value) !== 0)
    .sort((a, b) => a.value! - b.value!)
    .map((w) => w.word);
}

/** Does the list name one of these bits (`SYN` or `ALL` name the SYN bit)? */
export function listHasBits(list: string, bits: number, words: readonly EnumWord[] = tcpFlags): boolean {
  let start = 0;
  for (let i = 0; i <= list.length; i++) {
    if (i < list.length && list[i] !== ',') continue;
    const b = wordValue(list.slice(start, i), words);
    if (b !== undefined && (b & bits) !== 0) return true;
    start = i + 1;
  }
  return false;
}
