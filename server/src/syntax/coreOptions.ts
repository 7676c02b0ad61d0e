// The core grammar of the iptables command itself (not of its extensions):
// which words are commands and options, how many words each one takes, and
// where iptables accepts them. What they mean is in catalog/coreDocs.ts (and
// the verdicts in catalog/verdicts.ts); this table is only about shape and use.
//
// The "where" flags were measured with iptables 1.8.9 (legacy), on the command
// line and in iptables-restore input, in a throw-away network namespace.
import type { Family } from './ast';

export type CommandName =
  | 'append' | 'check' | 'delete' | 'insert' | 'replace'
  | 'list' | 'list-rules' | 'flush' | 'zero'
  | 'new-chain' | 'delete-chain' | 'rename-chain' | 'policy'
  | 'version' | 'help';

/** Every canonical long name: coreDocs is typed by it, so a missing doc is a compile error. */
export type CoreLongName =
  | `--${CommandName}`
  | '--ipv4' | '--ipv6'
  | '--protocol' | '--source' | '--destination' | '--in-interface' | '--out-interface'
  | '--jump' | '--goto' | '--match' | '--fragment' | '--set-counters' | '--table'
  | '--numeric' | '--verbose' | '--exact' | '--line-numbers'
  | '--wait' | '--wait-interval' | '--modprobe';

/** How many words an option consumes (at most: see `optionalValue`). */
export type Arity = 0 | 1 | 2;

/** What a command expects after it, in order. */
export type OperandKind = 'chain' | 'rulenum' | 'newchain' | 'policy';

export interface Operand {
  kind: OperandKind;
  optional: boolean;
}

export interface CommandSpec {
  name: CommandName;
  operands: readonly Operand[];
  /** Its job is to print or test (-L, -S, -C, -V, -h): pointless inside iptables-restore input. */
  printsOnly?: true;
}

/**
 * The command as iptables' option check sees it: `-D CHAIN NUMBER` is a
 * command of its own there, taking none of the options that describe a rule.
 */
export type CommandUse = CommandName | 'delete-number';

export interface CoreOption {
  /** Canonical long name, e.g. `--append`. */
  long: CoreLongName;
  /** Other long spellings (`--src` for `--source`). */
  aliases?: string[];
  short?: string;
  arity: Arity;
  /** The value may be left out: taken only when the next word does not start with `-` or `!` (-w). */
  optionalValue?: true;
  negatable?: boolean;
  /** `!` before it is silently dropped instead of refused (measured: `! -4 -s x` is `-s x`). */
  negation?: 'ignored';
  /** Set for commands. */
  command?: CommandSpec;
  /** iptables-restore refuses it in its input (-t, -w, -W). */
  restore?: false;
  /** Only this family's program accepts it (-f: ip6tables says "use -m frag instead"). */
  family?: Family;
  /** Marks the rule for this family alone (-4, -6): the other family's restore skips the line. */
  marksFamily?: Family;
  /** The commands iptables accepts it with ("Illegal option ... with this command" otherwise); absent: any. */
  commands?: readonly CommandUse[];
  /** May be given more than once in a rule (-m, -v); any other core option only once. */
  repeatable?: true;
  /** Counts as this option for "only once": -g is a second -j for iptables. */
  sameSlotAs?: CoreLongName;
  /** How its value is shown in completion details: `-c PACKETS BYTES`. */
  placeholder?: string;
  /** Tests the packet (-p -s -d -i -o -f): a rule with it is conditional. Every other core option only says what to do or how. */
  condition?: true;
}

function cmd(name: CommandName, short: string, operands: string, extra: Partial<CommandSpec> = {}): CoreOption {
  // `chain rulenum?`: read once here, so nobody parses the spelling at run time.
  const list = operands.split(' ').filter(Boolean).map((o): Operand => ({ kind: o.replace('?', '') as OperandKind, optional: o.endsWith('?') }));
  return { long: `--${name}`, short, arity: 0, command: { name, operands: list, ...extra } };
}

/** Commands that carry a whole rule; `-D CHAIN NUMBER` does not. */
const ruleSpecCommands: readonly CommandUse[] = ['append', 'check', 'delete', 'insert', 'replace'];
/** Counters are set on rules going in, and on a policy. */
const counterCommands: readonly CommandUse[] = ['append', 'insert', 'replace', 'policy'];
const listOnly: readonly CommandUse[] = ['list'];

export const coreOptions: readonly CoreOption[] = [
  cmd('append', '-A', 'chain'),
  cmd('check', '-C', 'chain', { printsOnly: true }),
  cmd('delete', '-D', 'chain rulenum?'),
  cmd('insert', '-I', 'chain rulenum?'),
  cmd('replace', '-R', 'chain rulenum'),
  cmd('list', '-L', 'chain? rulenum?', { printsOnly: true }),
  cmd('list-rules', '-S', 'chain? rulenum?', { printsOnly: true }),
  cmd('flush', '-F', 'chain?'),
  cmd('zero', '-Z', 'chain? rulenum?'),
  cmd('new-chain', '-N', 'newchain'),
  cmd('delete-chain', '-X', 'chain?'),
  cmd('rename-chain', '-E', 'chain newchain'),
  cmd('policy', '-P', 'chain policy'),
  cmd('version', '-V', '', { printsOnly: true }),
  cmd('help', '-h', '', { printsOnly: true }),
  { long: '--ipv4', short: '-4', arity: 0, negation: 'ignored', marksFamily: 'ipv4' },
  { long: '--ipv6', short: '-6', arity: 0, negation: 'ignored', marksFamily: 'ipv6' },
  { long: '--protocol', short: '-p', arity: 1, negatable: true, condition: true, commands: ruleSpecCommands, placeholder: 'PROTOCOL' },
  { long: '--source', aliases: ['--src'], short: '-s', arity: 1, negatable: true, condition: true, commands: ruleSpecCommands, placeholder: 'ADDRESS[/MASK][,...]' },
  { long: '--destination', aliases: ['--dst'], short: '-d', arity: 1, negatable: true, condition: true, commands: ruleSpecCommands, placeholder: 'ADDRESS[/MASK][,...]' },
  { long: '--in-interface', short: '-i', arity: 1, negatable: true, condition: true, commands: ruleSpecCommands, placeholder: 'INTERFACE' },
  { long: '--out-interface', short: '-o', arity: 1, negatable: true, condition: true, commands: ruleSpecCommands, placeholder: 'INTERFACE' },
  { long: '--jump', short: '-j', arity: 1, commands: ruleSpecCommands, placeholder: 'TARGET' },
  { long: '--goto', short: '-g', arity: 1, commands: ruleSpecCommands, sameSlotAs: '--jump', placeholder: 'CHAIN' },
  { long: '--match', short: '-m', arity: 1, repeatable: true, placeholder: 'MODULE' },
  { long: '--fragment', aliases: ['--fragments'], short: '-f', arity: 0, negatable: true, condition: true, commands: ruleSpecCommands, family: 'ipv4' },
  { long: '--set-counters', short: '-c', arity: 2, commands: counterCommands, placeholder: 'PACKETS BYTES' },
  { long: '--table', short: '-t', arity: 1, restore: false, placeholder: 'TABLE' },
  { long: '--numeric', short: '-n', arity: 0, commands: listOnly },
  { long: '--verbose', short: '-v', arity: 0, repeatable: true },
  { long: '--exact', short: '-x', arity: 0, commands: listOnly },
  { long: '--line-numbers', arity: 0, commands: listOnly },
  { long: '--wait', short: '-w', arity: 1, optionalValue: true, restore: false, placeholder: '[SECONDS]' },
  { long: '--wait-interval', short: '-W', arity: 1, restore: false, placeholder: 'MICROSECONDS' },
  { long: '--modprobe', short: '-M', arity: 1, placeholder: 'PROGRAM', negation: 'ignored' },
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

const commandOptions = new Map<CommandUse, CoreOption>();
for (const o of coreOptions) if (o.command) commandOptions.set(o.command.name, o);

/** The option that is the command (`-D` for 'delete' and 'delete-number'). */
export function commandOption(use: CommandUse): CoreOption {
  return commandOptions.get(use === 'delete-number' ? 'delete' : use)!;
}

/** Does the command only print or test (so it has no place in iptables-restore input)? */
export function printsOnly(use: CommandUse): boolean {
  return commandOption(use).command!.printsOnly === true;
}

/** The command as iptables' option check sees it: deleting by number is not deleting by rule. */
export function commandUse(name: CommandName, operandCount: number): CommandUse {
  return name === 'delete' && operandCount > 0 ? 'delete-number' : name;
}

/** May the option be given with this command? (iptables checks this after reading every option.) */
export function allowedWith(option: CoreOption, use: CommandUse): boolean {
  return !option.commands || option.commands.includes(use);
}

/** The key of the "only once per rule" rule: -g shares -j's. */
export function onceKey(option: CoreOption): CoreLongName {
  return option.sameSlotAs ?? option.long;
}
