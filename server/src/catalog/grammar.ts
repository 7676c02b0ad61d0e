// The catalog seen through the parser's ExtensionGrammar interface: which
// options each module has and how many words they take.
import type { ExtensionGrammar, ExtensionOption, ModuleRef } from '../syntax/extensionGrammar';
import { allModules } from './modules';
import { findProtocol } from './protocols';
import type { ModuleSpec, OptionSpec } from './types';

interface ModuleOptions {
  byName: Map<string, { spec: OptionSpec; option: ExtensionOption }>;
  names: string[];
}

// Per kind, so hot lookups build no key strings.
const matchIndex = new Map<string, ModuleOptions>();
const targetIndex = new Map<string, ModuleOptions>();
const implicit = new Map<string, string>();

for (const m of allModules) {
  const byName = new Map<string, { spec: OptionSpec; option: ExtensionOption }>();
  for (const spec of m.options) {
    const option: ExtensionOption = { name: spec.names[0], arity: spec.arity };
    if (spec.optionalValue) option.optional = true;
    for (const n of spec.names) byName.set(n, { spec, option });
  }
  (m.kind === 'match' ? matchIndex : targetIndex).set(m.name, { byName, names: [...byName.keys()] });
  if (m.implicitForProtocol) implicit.set(m.implicitForProtocol, m.name);
}

function entry(module: Pick<ModuleRef, 'kind' | 'name'>): ModuleOptions | undefined {
  return (module.kind === 'match' ? matchIndex : targetIndex).get(module.name);
}

/** The catalog's option spec for a spelling in a module. */
export function findOptionSpec(module: Pick<ModuleSpec, 'kind' | 'name'>, name: string): OptionSpec | undefined {
  return entry(module)?.byName.get(name)?.spec;
}

export const catalogGrammar: ExtensionGrammar = {
  hasTarget: (name) => targetIndex.has(name),
  option: (module, name) => entry(module)?.byName.get(name)?.option,
  optionNames: (module) => entry(module)?.names ?? [],
  protocolMatch: (protocol) => {
    const direct = implicit.get(protocol);
    if (direct) return direct;
    const info = findProtocol(protocol);
    return info ? implicit.get(info.name) : undefined;
  },
};
