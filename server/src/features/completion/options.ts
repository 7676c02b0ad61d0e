// Options offered where a new option may start: iptables' own options (and the
// commands while the rule has none), then the options of every module the
// rule has loaded so far, including the match `-p PROTO` loads by itself.
import { coreDocs } from '../../catalog/coreDocs';
import { negationDoc } from '../../catalog/restoreDocs';
import { catalogGrammar } from '../../catalog/grammar';
import { findMatch, findTarget } from '../../catalog/modules';
import type { Family, ModuleSpec, OptionSpec } from '../../catalog/types';
import type { OptionNode } from '../../syntax/ast';
import { coreOptions, type CoreOption } from '../../syntax/coreOptions';
import type { RuleParts } from '../../syntax/ruleParser';
import { Group, ItemList, Kind } from './items';
import { code } from '../hover/markdown';
import { argumentsPlaceholder, placeholder } from './values';

export interface OptionScope {
  origin: 'restore' | 'command';
  family: Family;
  /** The user typed `--...`: offer long spellings of core options. */
  long: boolean;
  negated: boolean;
}

/** Commands whose job is to print or test, pointless inside iptables-restore input. */
const printingCommands = new Set(['check', 'list', 'list-rules', 'version', 'help']);
/** Refused by iptables-restore (measured with 1.8.9: -t by the parser, -w and -W with "You cannot use"). */
const refusedInRestore = new Set(['--table', '--wait', '--wait-interval']);
/** Rarely wanted while writing a rule: offered, but after everything else. */
const rareCore = new Set(['--set-counters', '--verbose', '--modprobe', '--wait', '--wait-interval', '--ipv4', '--ipv6']);
/** Only change how -L prints. */
const listingOnly = new Set(['--numeric', '--exact', '--line-numbers']);

function coreLabel(o: CoreOption, long: boolean): string {
  return long || !o.short ? o.long : o.short;
}

export function addCommands(items: ItemList, origin: 'restore' | 'command', long: boolean, group: number): void {
  for (const o of coreOptions) {
    if (!o.command) continue;
    if (origin === 'restore' && printingCommands.has(o.command.name)) continue;
    const operands = o.command.operands.map((k) => (k.endsWith('?') ? `[${k.slice(0, -1).toUpperCase()}]` : k.toUpperCase())).join(' ');
    const label = coreLabel(o, long);
    items.add({
      label,
      kind: Kind.Keyword,
      detail: `${o.long}${operands ? ` ${operands}` : ''}`,
      doc: coreDocs[o.long]?.doc,
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
  for (const o of parts.options) if (o.owner.kind === 'core') present.add(o.owner.spec.long);
  const listing = !parts.command || parts.command.name === 'list' || parts.command.name === 'list-rules';
  for (const o of coreOptions) {
    if (o.command) continue;
    if (scope.negated && !o.negatable) continue;
    if (scope.origin === 'restore' && (o.commandLineOnly || refusedInRestore.has(o.long))) continue;
    // A command line's program already fixes the family; -4/-6 only sort lines of a shared restore file.
    if (scope.origin === 'command' && (o.long === '--ipv4' || o.long === '--ipv6')) continue;
    if (listingOnly.has(o.long) && !listing) continue;
    if (o.long === '--fragment' && scope.family === 'ipv6') continue; // ip6tables: "use -m frag instead"
    if (present.has(o.long) && o.long !== '--match' && o.long !== '--verbose') continue;
    if ((o.long === '--jump' || o.long === '--goto') && parts.target) continue;
    const doc = coreDocs[o.long];
    const arg = o.arity === 0 ? '' : o.arity === 'optional' ? ' [VALUE]' : ` ${placeholder(doc?.value)}`;
    const label = coreLabel(o, scope.long);
    const spellings = [o.short, o.long].filter((s): s is string => s !== undefined && s !== label);
    items.add({
      label,
      kind: Kind.Property,
      detail: `${label}${coreArg(o, arg)}${spellings.length ? ` (also ${spellings.join(', ')})` : ''}`,
      doc: doc ? `${doc.doc}${o.negatable ? negationNote(label) : ''}` : undefined,
      group: rareCore.has(o.long) || listingOnly.has(o.long) ? Group.rare : Group.normal,
    });
  }
}

/** Argument placeholder of a core option; the catalog types only some of them. */
function coreArg(o: CoreOption, arg: string): string {
  switch (o.long) {
    case '--set-counters':
      return ' PACKETS BYTES';
    case '--jump':
      return ' TARGET';
    case '--goto':
      return ' CHAIN';
    case '--match':
      return ' MODULE';
    case '--table':
      return ' TABLE';
    default:
      return arg;
  }
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
    const name = catalogGrammar.protocolMatch(protoWord.text.toLowerCase());
    const spec = name ? findMatch(name) : undefined;
    if (spec && !parts.matches.some((m) => m.name === name)) out.push({ spec, present: [], via: `-p ${protoWord.text}`, group: Group.likely });
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
