// The helpers the module entries are written with: table/chain lists, exactly-one groups, mark operations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { atHooks, inAnyTable, inTable, tables } from '../../server/src/catalog/tables';
import { exclusive } from '../../server/src/catalog/optionGroups';
import { markOperationNames, markOperations } from '../../server/src/catalog/targets/markOperations';
import { findTarget } from '../../server/src/catalog/modules';

test('inTable lists a table\'s built-in chains in packet-path order', () => {
  assert.deepEqual(inTable('nat'), ['nat/PREROUTING', 'nat/INPUT', 'nat/OUTPUT', 'nat/POSTROUTING']);
  assert.deepEqual(inTable('raw'), ['raw/PREROUTING', 'raw/OUTPUT']);
  for (const t of tables) assert.equal(inTable(t.name).length, t.chains.length, t.name);
});

test('atHooks takes each chain only in the tables that have it, table by table', () => {
  assert.deepEqual(atHooks('PREROUTING', 'INPUT'), [
    'filter/INPUT', 'nat/PREROUTING', 'nat/INPUT', 'mangle/PREROUTING', 'mangle/INPUT', 'raw/PREROUTING', 'security/INPUT',
  ]);
  // The order of the arguments does not matter: the tables' own order is kept.
  assert.deepEqual(atHooks('FORWARD', 'INPUT'), atHooks('INPUT', 'FORWARD'));
  assert.ok(!atHooks('FORWARD').some((tc) => tc.startsWith('nat/') || tc.startsWith('raw/')));
});

test('inAnyTable writes the any/CHAIN form', () => {
  assert.deepEqual(inAnyTable('FORWARD', 'OUTPUT'), ['any/FORWARD', 'any/OUTPUT']);
});

test('exclusive gives each option the rest of its group', () => {
  const others = exclusive(['--a', '--b', '--c']);
  assert.deepEqual(others('--b'), ['--a', '--c']);
  assert.deepEqual(others('--a'), ['--b', '--c']);
});

test('MARK and CONNMARK share the five operations, each excluding every other operation of its target', () => {
  const ops = markOperations('widget', exclusive(markOperationNames));
  assert.deepEqual(ops.map((o) => o.names[0]), markOperationNames);
  assert.ok(ops.every((o) => o.doc.includes('widget') && o.phrase?.includes('widget')));
  const mark = findTarget('MARK');
  const connmark = findTarget('CONNMARK');
  assert.ok(mark && connmark);
  assert.deepEqual(mark.options.map((o) => o.names[0]), markOperationNames);
  const set = connmark.options.find((o) => o.names[0] === '--set-mark');
  assert.ok(set);
  assert.ok(set.excludes?.includes('--save-mark') && set.excludes.includes('--restore-mark'));
  assert.match(set.doc, /connection mark/);
});
