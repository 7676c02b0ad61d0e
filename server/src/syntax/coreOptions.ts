// The core grammar of the iptables command itself (not of its extensions):
// which words are commands and options, and how many words each one takes.
// Docs for these live in catalog/builtins; this table is only about shape.

export type CommandName =
  | 'append' | 'check' | 'delete' | 'insert' | 'replace'
  | 'list' | 'list-rules' | 'flush' | 'zero'
  | 'new-chain' | 'delete-chain' | 'rename-chain' | 'policy'
  | 'version' | 'help';

/**
 * How many words an option consumes. `optional` takes the next word only when
 * it does not start with `-` or `!` (iptables does this by hand for -w, -L...).
 */
export type Arity = 0 | 1 | 2 | 'optional';

/** What a command expects after it, in order. */
export type OperandKind = 'chain' | 'rulenum' | 'newchain' | 'policy';

export interface CoreOption {
  /** Canonical long name, e.g. `--append`. */
  long: string;
  /** Other long spellings (`--src` for `--source`). */
  aliases?: string[];
  short?: string;
  arity: Arity;
  negatable?: boolean;
  /** Set for commands: the operands they read, `?` marking optional ones. */
  command?: { name: CommandName; operands: Array<OperandKind | `${OperandKind}?`> };
  /** Only meaningful on a command line (not accepted inside iptables-restore input). */
  commandLineOnly?: boolean;
  /** Tests the packet (-p -s -d -i -o -f): a rule with it is conditional. Every other core option only says what to do or how. */
  condition?: true;
}

const cmd = (name: CommandName, short: string, operands: Array<OperandKind | `${OperandKind}?`>, aliases?: string[]): CoreOption => ({
  long: `--${name}`,
  short,
  aliases,
  arity: 0,
  command: { name, operands },
});

export const coreOptions: readonly CoreOption[] = [
  cmd('append', '-A', ['chain']),
  cmd('check', '-C', ['chain']),
  cmd('delete', '-D', ['chain', 'rulenum?']),
  cmd('insert', '-I', ['chain', 'rulenum?']),
  cmd('replace', '-R', ['chain', 'rulenum']),
  cmd('list', '-L', ['chain?', 'rulenum?']),
  cmd('list-rules', '-S', ['chain?', 'rulenum?']),
  cmd('flush', '-F', ['chain?']),
  cmd('zero', '-Z', ['chain?', 'rulenum?']),
  cmd('new-chain', '-N', ['newchain']),
  cmd('delete-chain', '-X', ['chain?']),
  cmd('rename-chain', '-E', ['chain', 'newchain']),
  cmd('policy', '-P', ['chain', 'policy']),
  cmd('version', '-V', []),
  cmd('help', '-h', []),
  { long: '--ipv4', short: '-4', arity: 0 },
  { long: '--ipv6', short: '-6', arity: 0 },
  { long: '--protocol', short: '-p', arity: 1, negatable: true, condition: true },
  { long: '--source', aliases: ['--src'], short: '-s', arity: 1, negatable: true, condition: true },
  { long: '--destination', aliases: ['--dst'], short: '-d', arity: 1, negatable: true, condition: true },
  { long: '--in-interface', short: '-i', arity: 1, negatable: true, condition: true },
  { long: '--out-interface', short: '-o', arity: 1, negatable: true, condition: true },
  { long: '--jump', short: '-j', arity: 1 },
  { long: '--goto', short: '-g', arity: 1 },
  { long: '--match', short: '-m', arity: 1 },
  { long: '--fragment', aliases: ['--fragments'], short: '-f', arity: 0, negatable: true, condition: true },
  { long: '--set-counters', short: '-c', arity: 2 },
  { long: '--table', short: '-t', arity: 1 },
  { long: '--numeric', short: '-n', arity: 0, commandLineOnly: true },
  { long: '--verbose', short: '-v', arity: 0 },
  { long: '--exact', short: '-x', arity: 0, commandLineOnly: true },
  { long: '--line-numbers', arity: 0, commandLineOnly: true },
  { long: '--wait', short: '-w', arity: 'optional' },
  { long: '--wait-interval', short: '-W', arity: 1 },
  { long: '--modprobe', short: '-M', arity: 1 },
];

const byLong = new Map<string, CoreOption>();
const byShort = new Map<string, CoreOption>();
for (const o of coreOptions) {
  byLong.set(o.long, o);
  for (const a of o.aliases ?? []) byLong.set(a, o);
  if (o.short) byShort.set(o.short, o);
}

export function coreOptionByShort(flag: string): CoreOption | undefined {
  return byShort.get(flag);
}

export function coreOptionByLong(name: string): CoreOption | undefined {
  return byLong.get(name);
}

/** Every long spelling of the core options, for getopt-style abbreviation. */
export const coreLongNames: readonly string[] = [...byLong.keys()];
