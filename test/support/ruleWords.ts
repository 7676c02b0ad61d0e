// The words of one rule, split closely enough to the way iptables-restore does
// for tests that read or mutate rules (the .t files, the oracle's mutations).

/**
 * Splits a rule on blanks, keeping a double-quoted argument (with its quotes)
 * as one word.
 */
export function splitWords(rule: string): string[] {
  const words: string[] = [];
  let cur = '';
  let quoted = false;
  let has = false;
  for (const ch of rule) {
    if (ch === '"') {
      quoted = !quoted;
      cur += ch;
      has = true;
    } else if (!quoted && (ch === ' ' || ch === '\t')) {
      if (has) words.push(cur);
      cur = '';
      has = false;
    } else {
      cur += ch;
      has = true;
    }
  }
  if (has) words.push(cur);
  return words;
}

/** The chain a rule jumps or goes to (`-j X`, `-g X`, `--jump X`, `--goto X`), if any. */
export function jumpTarget(words: readonly string[]): string | undefined {
  for (let i = 0; i < words.length - 1; i++) {
    if (['-j', '-g', '--jump', '--goto'].includes(words[i])) return words[i + 1];
  }
  return undefined;
}
