// --tcp-flags MASK COMP: both comma separated flag lists (checked as enums).
// The packet matches when its flags, masked by MASK, equal COMP; a flag in
// COMP that MASK leaves out can never be seen, so such a rule never matches.

const bits: Record<string, number> = { FIN: 1, SYN: 2, RST: 4, PSH: 8, ACK: 16, URG: 32, ALL: 63, NONE: 0 };

/** The flag bits of a list, or undefined when a word is unknown (reported elsewhere). */
export function flagBits(list: string): number | undefined {
  let value = 0;
  for (const word of list.split(',')) {
    if (word === '') continue;
    const b = bits[word.toUpperCase()];
    if (b === undefined) return undefined;
    value |= b;
  }
  return value;
}

/** Flags named in COMP that MASK does not look at; empty when the pair makes sense. */
export function flagsOutsideMask(mask: string, comp: string): string[] {
  const m = flagBits(mask);
  const c = flagBits(comp);
  if (m === undefined || c === undefined) return [];
  const outside = c & ~m;
  return Object.entries(bits)
    .filter(([name, b]) => b !== 0 && b !== 63 && (outside & b) !== 0)
    .map(([name]) => name);
}
