// The catalog seen through the parser's ExtensionGrammar interface: a thin
// view of the module index in modules.ts.
import type { ExtensionGrammar, ExtensionOption } from '../syntax/extensionGrammar';
import { allModules, findTarget, implicitMatchFor, moduleEntry } from './modules';
import type { OptionSpec } from './types';

/** One parser view per option spec: every spelling of an option gives the same object. */
const views = new Map<OptionSpec, ExtensionOption>();
for (const m of allModules) {
  for (const spec of m.options) {
    const view: ExtensionOption = { name: spec.names[0], arity: spec.arity };
    if (spec.optionalValue) view.optionalValue = true;
    views.set(spec, view);
  }
}

export const catalogGrammar: ExtensionGrammar = {
  hasTarget: (name) => findTarget(name) !== undefined,
  option: (module, name) => {
    const spec = moduleEntry(module.kind, module.name)?.options.get(name);
    return spec && views.get(spec);
  },
  optionNames: (module) => moduleEntry(module.kind, module.name)?.names ?? [],
  protocolMatch: (protocol) => implicitMatchFor(protocol)?.name,
};
