// Lookup of extension modules by name and family, built once from the declarative entries.
import type { ModuleKind, ModuleSpec } from './types';
import { matches } from './matches';
import { targets } from './targets';

export const allModules: readonly ModuleSpec[] = [...matches, ...targets];

// One map per kind: lookups run for every rule of big dumps, so no key strings are built.
const matchByName = new Map<string, ModuleSpec>();
const targetByName = new Map<string, ModuleSpec>();
for (const m of allModules) (m.kind === 'match' ? matchByName : targetByName).set(m.name, m);

/** The module named `name` (exact case, as iptables loads it), if iptables 1.8.9 ships it. */
export function findModule(kind: ModuleKind, name: string): ModuleSpec | undefined {
  return (kind === 'match' ? matchByName : targetByName).get(name);
}

export function findMatch(name: string): ModuleSpec | undefined {
  return findModule('match', name);
}

export function findTarget(name: string): ModuleSpec | undefined {
  return findModule('target', name);
}
