// Runs the TextMate grammar assertion files (test/grammar/*.iptables) through
// vscode-tmgrammar-test, so `npm test` fails when a colour scope regresses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { repoRoot } from '../support/corpus';
import { commandPrefixes, shellKeywords } from '../../server/src/syntax/programs';

const grammarPath = join(repoRoot, 'syntaxes', 'iptables.tmLanguage.json');

/** The tool's own CLI script, found through its package.json "bin" (no shell, no npx). */
function toolBin(): string {
  const pkgPath = require.resolve('vscode-tmgrammar-test/package.json', { paths: [repoRoot] });
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as { bin: Record<string, string> };
  const bin = pkg.bin['vscode-tmgrammar-test'];
  assert.ok(bin, 'vscode-tmgrammar-test has no bin entry');
  return join(dirname(pkgPath), bin);
}

function runTool(pattern: string): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, [toolBin(), '-g', grammarPath, pattern], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 120_000,
  });
  // Colour codes (FORCE_COLOR in CI) would break the text checks below.
  const output = `${run.stdout}${run.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
  return { status: run.status, output };
}

test('grammar assertion files pass (vscode-tmgrammar-test)', () => {
  const files = readdirSync(join(repoRoot, 'test', 'grammar')).filter((f) => f.endsWith('.iptables'));
  assert.ok(files.length > 0, 'no .iptables assertion files found');

  const { status, output } = runTool('test/grammar/*.iptables');
  assert.equal(status, 0, output);
  // Every file must have been run, not silently skipped.
  for (const f of files) assert.match(output, new RegExp(`✓ test/grammar/${f.replace(/\./g, '\\.')} run`), output);
});

test('the grammar harness reports a wrong assertion as a failure', () => {
  const dir = mkdtempSync(join(tmpdir(), 'iptables-grammar-'));
  try {
    // ACCEPT is a built-in verdict, not an extension target, so this assertion must fail.
    const wrong = [
      '# SYNTAX TEST "source.iptables" "deliberately wrong"',
      '-A INPUT -j ACCEPT',
      '#           ^^^^^^ support.function.target.iptables',
      '',
    ].join('\n');
    const file = join(dir, 'wrong.iptables');
    writeFileSync(file, wrong);

    const { status, output } = runTool(file);
    assert.notEqual(status, 0, `expected a failure, got:\n${output}`);
    assert.match(output, /missing required scopes: support\.function\.target\.iptables/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('every prefix word the script parser skips before the program also leaves iptables coloured as the command', () => {
  const dir = mkdtempSync(join(tmpdir(), 'iptables-grammar-'));
  try {
    // The grammar cannot import programs.ts: this keeps its command-position words in step.
    const starters = [...commandPrefixes, ...[...shellKeywords].filter((k) => !['fi', 'done', 'esac', '}', 'case', 'for', 'in'].includes(k))];
    const lines = ['# SYNTAX TEST "source.iptables" "command position"', '#!/bin/sh'];
    for (const word of starters) {
      lines.push(`${word} iptables -L`, `#${' '.repeat(word.length)}^^^^^^^^ support.function.command.iptables`);
    }
    const file = join(dir, 'prefixes.iptables');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const { status, output } = runTool(file);
    assert.equal(status, 0, output);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
