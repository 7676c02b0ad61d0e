// Lookups into the catalog for tests that assert on one module or option; each
// fails the test with a clear message when the thing looked for is absent.
//
//   const ctstate = optionOf(moduleNamed(matches, 'conntrack'), '--ctstate');
//   assert.equal(singleValue(ctstate).kind, 'enum');
import assert from 'node:assert/strict';
import type { ModuleSpec, OptionSpec, ValueType } from '../../server/src/catalog/types';

/** The module called `name` in `modules` (a part of the catalog, or all of it). */
export function moduleNamed(modules: readonly ModuleSpec[], name: string): ModuleSpec {
  const m = modules.find((x) => x.name === name);
  assert.ok(m, `module ${name} is in the list (${modules.length} modules, ${modules[0]?.name}..${modules[modules.length - 1]?.name})`);
  return m;
}

/** The option of `module` with `name` as its canonical name or an alias. */
export function optionOf(module: ModuleSpec, name: string): OptionSpec {
  const o = module.options.find((x) => x.names.includes(name));
  assert.ok(o, `${module.name} has option ${name}`);
  return o;
}

/** The option's only value type; fails for flags and two-word options. */
export function singleValue(o: OptionSpec): ValueType {
  assert.ok(o.value && !Array.isArray(o.value), `${o.names[0]} has one value type`);
  return o.value;
}

/** Every value type of an option: none for a flag, one per word otherwise. */
export function valueTypes(o: OptionSpec): ValueType[] {
  return Array.isArray(o.value) ? o.value : o.value ? [o.value] : [];
}
