// The bench's floors (bench/floor.ts) must really do their part of the work: each mode
// reports what it saw, so a mode that silently did nothing would be timed as a floor.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const file = join(mkdtempSync(join(tmpdir(), 'floor-')), 'x.rules');
writeFileSync(file, '*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -p tcp --dport 22 -j ACCEPT\nCOMMIT\n');
const run = (mode: string): string => execFileSync(process.execPath, ['--import', 'tsx', join(__dirname, '..', '..', 'bench', 'floor.ts'), mode, file], { encoding: 'utf8' }).trim();

test('the floors read every character, split every word and parse every line', () => {
  assert.equal(run('read'), '9', 'spaces in the file');
  assert.equal(run('words'), '13', 'words on its lines');
  assert.equal(run('parse'), '4', 'lines parsed');
  assert.throws(() => run('nothing'));
});
