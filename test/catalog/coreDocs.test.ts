// iptables' own commands, options, verdicts, tables and protocols are documented too
// (the extension modules' docs: test/catalog/shape.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coreDocs, undocumentedCoreOptions } from '../../server/src/catalog/coreDocs';
import { coreOptions } from '../../server/src/syntax/coreOptions';
import { verdicts } from '../../server/src/catalog/verdicts';
import { tables } from '../../server/src/catalog/tables';
import { protocols, findProtocol } from '../../server/src/catalog/protocols';

test('every core command and option has a doc; negatable conditions have a phrase', () => {
  assert.deepEqual(undocumentedCoreOptions(), []);
  for (const o of coreOptions) {
    if (o.negatable) assert.match(coreDocs[o.long].phrase ?? '', /\{not\}/, `${o.long} phrase`);
  }
  // No stray docs for options that do not exist.
  const known = new Set<string>(coreOptions.map((o) => o.long));
  for (const name of Object.keys(coreDocs)) assert.ok(known.has(name), name);
});

test('verdicts, tables and protocols', () => {
  assert.deepEqual(verdicts.map((v) => v.name), ['ACCEPT', 'DROP', 'RETURN', 'QUEUE']);
  for (const v of verdicts) assert.ok(v.doc.length > 20 && v.action.length > 5, v.name);
  assert.deepEqual(tables.map((t) => t.name), ['filter', 'nat', 'mangle', 'raw', 'security']);
  for (const t of tables) for (const c of t.chains) assert.ok(c.where.length > 20, `${t.name} ${c.name}`);
  assert.equal(findProtocol('6')?.name, 'tcp');
  assert.equal(findProtocol('IPV6-ICMP')?.name, 'icmpv6');
  assert.equal(findProtocol('nope'), undefined);
  assert.ok(protocols.every((p) => p.doc.length > 0));
});
