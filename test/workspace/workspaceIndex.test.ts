// Chains declared in one workspace file and used in another are not reported as missing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeText } from '../../server/src/analysis/analyze';
import { isIptablesFileName, WorkspaceIndex } from '../../server/src/workspace/workspaceIndex';

// ufw-like split: before.rules declares the chains, user.rules fills and uses them.
const before = '*filter\n:ufw-before-input - [0:0]\n:ufw-user-input - [0:0]\n-A ufw-before-input -j ufw-user-input\nCOMMIT\n';
const user = '*filter\n-A ufw-user-input -p tcp --dport 22 -j ACCEPT\n-A ufw-before-input -j ufw-not-local\nCOMMIT\n';

test('a chain declared in another workspace file is not an error', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ipt-ws-'));
  mkdirSync(join(dir, 'ufw'));
  writeFileSync(join(dir, 'ufw', 'before.rules'), before);
  writeFileSync(join(dir, 'ufw', 'notes.txt'), ':not-a-rules-file - [0:0]\n');
  const index = new WorkspaceIndex();
  await index.scanInTurns([dir], async () => undefined);
  assert.equal(index.size, 1);
  const userUri = pathToFileURL(join(dir, 'ufw', 'user.rules')).toString();
  const alone = analyzeText(user).findings.filter((f) => f.severity === 'error').map((f) => f.code);
  assert.deepEqual(alone, ['undeclared-chain', 'undeclared-chain', 'unknown-target']);
  const together = analyzeText(user, { external: index.except(userUri) }).findings.filter((f) => f.severity === 'error');
  // Only the chain nobody declares is still missing.
  assert.deepEqual(together.map((f) => `${f.code} ${f.message.match(/`([^`]+)`/)?.[1]}`), ['unknown-target ufw-not-local']);
});

test('a chain used only by another file is not unused; the generation moves only on real change', () => {
  const index = new WorkspaceIndex();
  assert.equal(index.update('file:///w/user.rules', user), true);
  const g = index.generation;
  assert.equal(index.update('file:///w/user.rules', `${user}\n# a comment changes nothing\n`), false);
  assert.equal(index.generation, g);
  const lone = '*filter\n:ufw-not-local - [0:0]\n:lonely - [0:0]\nCOMMIT\n';
  const unused = analyzeText(lone, { external: index.except('file:///w/before.rules') }).findings.filter((f) => f.code === 'unused-chain');
  assert.deepEqual(unused.map((f) => f.range.start.line), [2]);
  index.remove('file:///w/user.rules');
  assert.ok(index.generation > g);
});

test('iptables file names', () => {
  for (const name of ['before.rules', 'rules.v4', 'rules.v6', 'fw.iptables', 'x.ipt', 'iptables.conf', 'ip6tables.conf']) assert.ok(isIptablesFileName(name), name);
  for (const name of ['rules.v4.bak', 'notes.txt', 'iptables.sh']) assert.ok(!isIptablesFileName(name), name);
});

test('the scan in turns reads one file per turn, and leaves a file the editor reported meanwhile as the editor said', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ipt-ws-'));
  writeFileSync(join(dir, 'a.rules'), '*filter\n:from-disk-a - [0:0]\nCOMMIT\n');
  writeFileSync(join(dir, 'b.rules'), '*filter\n:from-disk-b - [0:0]\nCOMMIT\n');
  const index = new WorkspaceIndex();
  const bUri = pathToFileURL(join(dir, 'b.rules')).toString();
  let turns = 0;
  const pause = async (): Promise<void> => {
    turns++;
    // While the scan waits for its first turn, the editor opens b.rules with other contents.
    if (turns === 1) index.update(bUri, '*filter\n:from-editor - [0:0]\nCOMMIT\n');
    assert.equal(index.size, turns, 'no file is read before its turn');
  };
  assert.equal(await index.scanInTurns([dir], pause), true);
  assert.equal(turns, 2);
  const seen = index.except('file:///other.rules');
  assert.ok(seen.find('filter', 'from-disk-a'));
  assert.ok(seen.find('filter', 'from-editor'));
  assert.equal(seen.find('filter', 'from-disk-b'), undefined);
  // Nothing new the second time.
  assert.equal(await index.scanInTurns([dir], async () => undefined), false);
});
