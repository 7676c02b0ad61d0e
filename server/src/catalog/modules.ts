// Lookup of extension modules and their options, built once from the
// declarative entries: the one index every layer above uses (the parser's
// grammar view, the checks, completion and hover).
import type { OptionNode } from '../syntax/ast';
import type { ModuleKind, ModuleSpec, OptionSpec, ValueType } from './types';
import { matches } from './matches';
import { targets } from './targets';
import { findProtocol } from './protocols';

export const allModules: readonly ModuleSpec[] = [...matches, ...targets];

/** A module with its options by every spelling. */
export interface ModuleEntry {
  spec: ModuleSpec;
  options: ReadonlyMap<string, OptionSpec>;
  /** Every spelling of every option, for getopt-style abbreviation. */
  names: readonly string[];
}

// One map per kind: lookups run for every option of big dumps, so no key strings are built.
const matchIndex = new Map<string, ModuleEntry>();
const targetIndex = new Map<string, ModuleEntry>();
/** Protocol name -> the match `-p NAME` loads by itself. */
const implicitMatches = new Map<string, ModuleSpec>();

for (const spec of allModules) {
  const options = new Map<string, OptionSpec>();
  for (const o of spec.options) for (const n of o.names) options.set(n, o);
  (spec.kind === 'match' ? matchIndex : targetIndex).set(spec.name, { spec, options, names: [...options.keys()] });
  if (spec.implicitForProtocol) implicitMatches.set(spec.implicitForProtocol, spec);
}

/** The module named `name` with its option index (exact case, as iptables loads it). */
export function moduleEntry(kind: ModuleKind, name: string): ModuleEntry | undefined {
  return (kind === 'match' ? matchIndex : targetIndex).get(name);
}

/** The module named `name` (exact case, as iptables loads it), if iptables 1.8.9 ships it. */
export function findModule(kind: ModuleKind, name: string): ModuleSpec | undefined {
  return moduleEntry(kind, name)?.spec;
}

export function findMatch(name: string): ModuleSpec | undefined {
  return findModule('match', name);
}

export function findTarget(name: string): ModuleSpec | undefined {
  return findModule('target', name);
}

/** The catalog's option spec for a spelling in a module. */
export function findOptionSpec(module: Pick<ModuleSpec, 'kind' | 'name'>, name: string): OptionSpec | undefined {
  return moduleEntry(module.kind, module.name)?.options.get(name);
}

/** The catalog's spec of a parsed match or target option; undefined for iptables' own and unknown options. */
export function optionSpecOf(option: OptionNode): OptionSpec | undefined {
  const owner = option.owner;
  if (owner.kind === 'match') return matchIndex.get(owner.match.name)?.options.get(option.name);
  if (owner.kind === 'target') return targetIndex.get(owner.target.name)?.options.get(option.name);
  return undefined;
}

/**
 * The match `-p PROTOCOL` loads by itself (tcp -> tcp, icmpv6 -> icmp6), for
 * any spelling of the protocol the catalog knows (`6`, `ipv6-icmp`); expects lower case.
 */
export function implicitMatchFor(protocol: string): ModuleSpec | undefined {
  const direct = implicitMatches.get(protocol);
  if (direct) return direct;
  const info = findProtocol(protocol);
  return info ? implicitMatches.get(info.name) : undefined;
}

/** The type of an option's k-th value: an option with fewer types than values repeats its last. */
export function valueTypeAt(spec: Pick<OptionSpec, 'value'>, k: number): ValueType | undefined {
  const value = spec.value;
  if (!Array.isArray(value)) return value;
  return value.length ? value[Math.min(k, value.length - 1)] : undefined;
}
