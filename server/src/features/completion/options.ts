// Options offered where a new option may start: iptables' own options (and the
// commands while the rule has none), then the options of every module the
// rule has loaded so far, including the match `-p PROTO` loads by itself.
import { coreDocs } from '../../catalog/coreDocs';
import { negationDoc } from '../../catalog/restoreDocs';
import { findMatch, findTarget, implicitMatchFor } from '../../catalog/modules';
import type { Family, ModuleSpec, OptionSpec } from '../../catalog/types';
import type { OptionNode } from '../../syntax/ast';
import { allowedWith, commandUse, coreOptions, onceKey, printsOnly, type CoreOption } from '../../syntax/coreOptions';
import type { RuleParts } from '../../syntax/ruleParser';
import { Group, ItemList, Kind } from './items';
import { code } from '../hover/markdown';
import { argumentsPlaceholder } from './values';

export interface OptionScope {
  origin: 'restore' | 'command';
  family: Family;
  /** The user typed `--...`: offer long spellings of core options. */
  long: boolean;
  negated: boolean;
}

/** Rarely wanted while writing a rule: offered, but after everything else. */
const rareCore = new Set(['--set-counters', '--verbose', '--modprobe', '--wait', '--wait-interval', '--ipv4', '--ipv6']);

function coreLabel(o: CoreOption, long: boolean): string {
  return long || !o.short ? o.long : o.short;
}

export function addCommands(items: ItemList, origin: 'restore' | 'command', long: boolean, group: number): void {
  for (const o of coreOptions) {
    if (!o.command) continue;
    if (origin === 'restore' && o.command.printsOnly) continue;
    const operands = o.command.operands.map((k) => (k.optional ? `[${k.kind.toUpperCase()}]` : k.kind.toUpperCase())).join(' ');
    const label = coreLabel(o, long);
    items.add({
      label,
      kind: Kind.Keyword,
      detail: `${o.long}${operands ? ` ${operands}` : ''}`,
      doc: coreDocs[o.long].doc,
      group,
    });
  }
}

export function addOptions(items: ItemList, parts: RuleParts, scope: OptionScope): void {
  // Module options first: after `-p tcp` or `-j LOG` they are what the user is after.
  addModuleOptions(items, parts, scope);
  addCoreOptions(items, parts, scope);
  if (!scope.negated) {
    items.add({
      label: '!',
      kind: Kind.Keyword,
      detail: 'negate the next option',
      doc: negationDoc,
      group: Group.later,
    });
  }
}

function addCoreOptions(items: ItemList, parts: RuleParts, scope: OptionScope): void {
  const present = new Set<string>();
  for (const o of parts.options) if (o.owner.kind === 'core') present.add(onceKey(o.owner.spec));
  for (const o of coreOptions) {
    if (o.command) continue;
    if (scope.negated && !o.negatable) continue;
    if (scope.origin === 'restore' && o.restore === false) continue;
    // A command line's program already fixes the family; -4/-6 only sort lines of a shared restore file.
    if (scope.origin === 'command' && o.marksFamily) continue;
    if (!fitsCommand(o, parts, scope.origin)) continue;
    if (o.family && o.family !== scope.family) continue;
    if (present.has(onceKey(o)) && !o.repeatable) continue;
    const doc = coreDocs[o.long];
    const arg = o.placeholder ? ` ${o.placeholder}` : '';
    const label = coreLabel(o, scope.long);
    const spellings = [o.short, o.long].filter((s): s is string => s !== undefined && s !== label);
    items.add({
      label,
      kind: Kind.Property,
      detail: `${label}${arg}${spellings.length ? ` (also ${spellings.join(', ')})` : ''}`,
      doc: `${doc.doc}${o.negatable ? negationNote(label) : ''}`,
      group: rareCore.has(o.long) || o.commands?.every((c) => c === 'list') ? Group.rare : Group.normal,
    });
  }
}

/**
 * Whether iptables takes the option with the rule's command; before the
 * command is written, whether some command that may follow takes it (in
 * restore input the printing commands are not offered, so neither are -n -x).
 */
function fitsCommand(o: CoreOption, parts: RuleParts, origin: 'restore' | 'command'): boolean {
  if (parts.command) return allowedWith(o, commandUse(parts.command.name, parts.operands.length));
  if (!o.commands || origin === 'command') return true;
  return o.commands.some((c) => !printsOnly(c));
}

function negationNote(label: string): string {
  return `\n\nWrite ${code(`! ${label}`)} to match the opposite.`;
}

interface LoadedModule {
  spec: ModuleSpec;
  /** Options already given to this instance of the module. */
  present: readonly OptionNode[];
  /** How the module got loaded, for the detail line. */
  via: string;
  group: number;
}

/** Modules whose options the parser would accept next, newest first (the order iptables looks them up in). */
function loadedModules(parts: RuleParts): LoadedModule[] {
  const out: LoadedModule[] = [];
  const target = parts.target;
  if (target?.extension) {
    const spec = findTarget(target.name);
    if (spec) out.push({ spec, present: target.options, via: `-j ${target.name}`, group: Group.first });
  }
  for (let i = parts.matches.length - 1; i >= 0; i--) {
    const m = parts.matches[i];
    const spec = findMatch(m.name);
    if (spec) out.push({ spec, present: m.options, via: m.implicit ? `-p ${m.nameWord.text}` : `-m ${m.name}`, group: Group.likely });
  }
  // `-p tcp` loads the tcp match on the first option nothing else knows: offer its options already.
  const proto = parts.protocol;
  const protoWord = proto?.args[0];
  if (proto && protoWord && !proto.negation) {
    const spec = implicitMatchFor(protoWord.text.toLowerCase());
    if (spec && !parts.matches.some((m) => m.name === spec.name)) out.push({ spec, present: [], via: `-p ${protoWord.text}`, group: Group.likely });
  }
  return out;
}

function addModuleOptions(items: ItemList, parts: RuleParts, scope: OptionScope): void {
  const seenModules = new Set<string>();
  for (const loaded of loadedModules(parts)) {
    const key = `${loaded.spec.kind}:${loaded.spec.name}`;
    // A module loaded twice takes options in its newest instance only.
    if (seenModules.has(key)) continue;
    seenModules.add(key);
    const presentNames = new Set(loaded.present.map((o) => o.name));
    const presentSpecs = loaded.spec.options.filter((s) => presentNames.has(s.names[0]));
    for (const spec of loaded.spec.options) {
      if (!offerable(spec, presentSpecs, scope)) continue;
      spec.names.forEach((name, i) => {
        items.add({
          label: name,
          kind: Kind.Property,
          detail: optionDetail(name, spec, loaded),
          doc: optionDoc(name, spec, loaded, i > 0 ? spec.names[0] : undefined),
          // Aliases after their canonical spelling.
          group: i === 0 ? loaded.group : loaded.group + 1,
        });
      });
    }
  }
}

function offerable(spec: OptionSpec, present: readonly OptionSpec[], scope: OptionScope): boolean {
  if (spec.family && spec.family !== scope.family) return false;
  if (scope.negated && !spec.negatable) return false;
  if (present.includes(spec) && !spec.repeatable) return false;
  const name = spec.names[0];
  for (const p of present) {
    if (p === spec) continue;
    if (p.excludes?.includes(name) || spec.excludes?.includes(p.names[0])) return false;
  }
  return true;
}

function optionDetail(name: string, spec: OptionSpec, loaded: LoadedModule): string {
  const args = argumentsPlaceholder(spec);
  return `${name}${args ? ` ${args}` : ''} · ${loaded.spec.name} ${loaded.spec.kind}`;
}

function optionDoc(name: string, spec: OptionSpec, loaded: LoadedModule, canonical?: string): string {
  const lines = [spec.doc];
  if (canonical) lines.push(`Same as ${code(canonical)}.`);
  if (spec.negatable) lines.push(`Write ${code(`! ${name}`)} to match the opposite.`);
  if (spec.mandatory) lines.push(`The ${code(loaded.spec.name)} ${loaded.spec.kind} needs this option.`);
  if (spec.requires?.length) lines.push(`Needs ${spec.requires.map(code).join(', ')} too.`);
  if (spec.excludes?.length) lines.push(`Cannot be combined with ${spec.excludes.map(code).join(', ')}.`);
  lines.push(`Comes with ${code(loaded.via)}.`);
  return lines.join('\n\n');
}
