// iptables-restore input for tests, built from its lines:
//
//   restore('nat', '-A PREROUTING -j MASQUERADE')  // '*nat\n-A PREROUTING -j MASQUERADE\nCOMMIT\n'
//   ruleIn('filter', 'INPUT', '-p tcp --dport 22 -j ACCEPT')
//   ruleDump('filter', 'MYCHAIN', '-j other', ['other'])  // also declares the user chains
//
// `restore` and `ruleIn` write exactly the lines given; `ruleDump` adds the chain
// declarations iptables-restore needs for user chains, as iptables-save would.

/** Built-in chains of each table, as the kernel creates them. */
export const builtinChains: Readonly<Record<string, readonly string[]>> = {
  filter: ['INPUT', 'FORWARD', 'OUTPUT'],
  nat: ['PREROUTING', 'INPUT', 'OUTPUT', 'POSTROUTING'],
  mangle: ['PREROUTING', 'INPUT', 'FORWARD', 'OUTPUT', 'POSTROUTING'],
  raw: ['PREROUTING', 'OUTPUT'],
  security: ['INPUT', 'FORWARD', 'OUTPUT'],
};

export function isBuiltinChain(table: string, chain: string): boolean {
  return builtinChains[table]?.includes(chain) ?? false;
}

/** One table block, `*table`, the lines, `COMMIT`, ending with a newline. */
export function restore(table: string, ...lines: string[]): string {
  return [`*${table}`, ...lines, 'COMMIT', ''].join('\n');
}

/** One rule appended to a chain, alone in its table block (no chain declared). */
export function ruleIn(table: string, chain: string, rule: string): string {
  return restore(table, `-A ${chain} ${rule}`);
}

/**
 * A minimal dump holding one rule: the table, declarations of the user chains
 * it needs, the rule, COMMIT. `setup` rules (e.g. a RATEEST that a rateest
 * match needs) come first in the same table. `focusLine` is the rule's 1-based line.
 */
export function ruleDump(table: string, chain: string, rule: string, userChains: readonly string[] = [], setup: readonly string[] = []): { dump: string; focusLine: number } {
  const lines = [`*${table}`];
  const declared = new Set<string>();
  for (const c of [chain, ...userChains]) {
    if (!isBuiltinChain(table, c) && !declared.has(c)) {
      declared.add(c);
      lines.push(`:${c} - [0:0]`);
    }
  }
  lines.push(...setup);
  lines.push(`-A ${chain} ${rule}`.trimEnd());
  const focusLine = lines.length;
  lines.push('COMMIT', '');
  return { dump: lines.join('\n'), focusLine };
}
