// The shape every catalog module must have, matches and targets alike: docs and
// phrases present, option names well formed and unique, arity agreeing with the
// value types, exclusions naming real options both ways. One rule set for all
// modules, so the catalog parts cannot drift apart; the per-part files check facts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allModules } from '../../server/src/catalog/modules';
import type { ModuleSpec } from '../../server/src/catalog/types';
import { valueTypes } from '../support/catalog';

/**
 * Broken rules known today, as `module option: rule`. Each is a catalog fault to
 * fix in server/src/catalog; when one is fixed this list must lose its line.
 */
const knownExceptions: string[] = [];

/** Every broken rule of one module, as `module option: rule`. */
function shapeProblems(m: ModuleSpec): string[] {
  const out: string[] = [];
  const fail = (where: string, rule: string): void => void out.push(`${where}: ${rule}`);
  if (m.summary.trim().length <= 10) fail(m.name, 'summary longer than 10 characters');
  if (m.summary.includes('\n')) fail(m.name, 'summary on one line');
  if ((m.doc ?? '').trim().length === 0) fail(m.name, 'doc');
  const canonical = new Map(m.options.map((o) => [o.names[0], o]));
  const seen = new Set<string>();
  for (const o of m.options) {
    const where = `${m.name} ${o.names[0] ?? '(no name)'}`;
    if (o.names.length === 0) fail(where, 'has a name');
    for (const n of o.names) {
      if (!/^--[a-z0-9][a-z0-9-]*$/.test(n)) fail(where, `name ${n} is --lower-case`);
      if (seen.has(n)) fail(where, `name ${n} used once in the module`);
      seen.add(n);
    }
    if (o.short !== undefined) fail(where, 'no short form (short forms are for built-in options)');
    if (m.kind === 'target' && o.negatable) fail(where, 'not negatable (iptables refuses ! before target options)');
    if (o.family && !m.families.includes(o.family)) fail(where, 'family within the module families');
    if (o.doc.trim().length <= 10) fail(where, 'doc longer than 10 characters');
    // Phrases: present, negation only when allowed, a value shown exactly when there is one.
    const phrase = o.phrase ?? '';
    if (phrase.trim().length === 0) fail(where, 'phrase');
    if (phrase.includes('{not}') && !o.negatable) fail(where, 'phrase says {not} only when negatable');
    if (phrase.includes('{value}') && o.arity === 0) fail(where, 'phrase uses {value} only when the option takes a value');
    if (o.arity > 0 && !phrase.includes('{value}')) fail(where, 'phrase shows {value} when the option takes a value');
    // Arity and value types.
    if (o.arity === 0 && o.value !== undefined) fail(where, 'a flag has no value type');
    if (o.arity === 1 && (!o.value || Array.isArray(o.value))) fail(where, 'one value type for one word');
    if (o.arity === 2 && !(Array.isArray(o.value) && o.value.length === 2)) fail(where, 'two value types for two words');
    for (const v of valueTypes(o)) {
      if (v.kind === 'number' && v.min !== undefined && v.max !== undefined && v.min > v.max) fail(where, 'number min <= max');
      if (v.kind === 'enum' && v.values.length === 0) fail(where, 'enum has words');
      if (v.kind === 'enum') for (const w of v.values) if (w.doc.trim().length === 0) fail(where, `enum word ${w.word} has a doc`);
      if (v.kind === 'other' && v.hint.trim().length === 0) fail(where, 'other has a hint');
    }
    // Exclusions: canonical names of the same module, never itself, both ways.
    for (const x of o.excludes ?? []) {
      const other = canonical.get(x);
      if (!other) fail(where, `excludes ${x}, an option of the module by its canonical name`);
      if (x === o.names[0]) fail(where, 'does not exclude itself');
      if (other && !other.excludes?.includes(o.names[0])) fail(where, `excludes ${x}, which excludes it back`);
    }
  }
  return out;
}

test('every catalog module and option has the shape hover, completion and the checks rely on', () => {
  const problems = allModules.flatMap(shapeProblems);
  assert.deepEqual(problems.sort(), [...knownExceptions].sort());
});

test('the shape rules catch what they are meant to catch', () => {
  const good: ModuleSpec = {
    kind: 'match', name: 'demo', families: ['ipv4'], summary: 'A demo match for tests.', doc: 'Matches nothing real.',
    options: [
      { names: ['--a'], arity: 1, value: { kind: 'number', min: 0, max: 9 }, doc: 'A number to compare.', phrase: 'a is {not}{value}', negatable: true, excludes: ['--b'] },
      { names: ['--b'], arity: 0, doc: 'A flag to switch on.', phrase: 'b is set', excludes: ['--a'] },
    ],
  };
  assert.deepEqual(shapeProblems(good), []);
  const bad: ModuleSpec = {
    ...good,
    options: [
      { names: ['--a'], arity: 1, value: { kind: 'number', min: 9, max: 0 }, doc: 'A number to compare.', phrase: 'a is {not}set', excludes: ['--b'] },
      { names: ['--b', '--B'], arity: 0, value: { kind: 'number' }, doc: 'short', phrase: 'b is {value}', short: '-b' },
    ],
  };
  assert.deepEqual(shapeProblems(bad).sort(), [
    'demo --a: excludes --b, which excludes it back',
    'demo --a: number min <= max',
    'demo --a: phrase says {not} only when negatable',
    'demo --a: phrase shows {value} when the option takes a value',
    'demo --b: a flag has no value type',
    'demo --b: doc longer than 10 characters',
    'demo --b: name --B is --lower-case',
    'demo --b: no short form (short forms are for built-in options)',
    'demo --b: phrase uses {value} only when the option takes a value',
  ]);
});

test('the catalog holds 100 modules with at least 360 options', () => {
  assert.equal(allModules.length, 100);
  const options = allModules.reduce((n, m) => n + m.options.length, 0);
  assert.ok(options >= 360, `${options} options`);
});
