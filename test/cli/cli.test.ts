// iptables-lint as a CI pipeline sees it: output formats, exit codes, stdin, bad input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtCli, needsBuild } from '../support/build';

const cli = builtCli;
const skip = needsBuild(cli);
const dir = mkdtempSync(join(tmpdir(), 'ipt-cli-'));
const good = join(dir, 'good.rules');
const bad = join(dir, 'bad.rules');
writeFileSync(good, '*filter\n:INPUT DROP [0:0]\n-A INPUT -i lo -j ACCEPT\nCOMMIT\n');
writeFileSync(bad, '*filter\n:INPUT DROP [0:0]\n-A INPUT -j NOPE\nCOMMIT\n');

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test('a clean file: no output, exit 0', { skip }, () => {
  const r = run([good]);
  assert.equal(r.code, 0);
  assert.equal(r.out, '');
});

test('text format: file:line:col: severity: message [code], exit 1', { skip }, () => {
  const r = run([bad, good]);
  assert.equal(r.code, 1);
  assert.match(r.out, new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3:13: error: .*NOPE.* \\[unknown-target\\]\\n$`));
});

test('json format: 1-based positions and the documented fields', { skip }, () => {
  const r = run(['--format', 'json', bad]);
  assert.equal(r.code, 1);
  const parsed = JSON.parse(r.out);
  assert.deepEqual(parsed, [
    { file: bad, line: 3, column: 13, endLine: 3, endColumn: 17, severity: 'error', code: 'unknown-target', message: parsed[0].message },
  ]);
  assert.deepEqual(JSON.parse(run(['--format=json', good]).out), []);
});

test('sarif format: SARIF 2.1.0 with the codes as rules and 1-based regions, for code scanning', { skip }, () => {
  const r = run(['--format', 'sarif', bad]);
  assert.equal(r.code, 1);
  const sarif = JSON.parse(r.out);
  assert.equal(sarif.version, '2.1.0');
  const [only] = sarif.runs;
  assert.equal(only.tool.driver.name, 'iptables-lint');
  assert.deepEqual(only.tool.driver.rules.map((rule: { id: string }) => rule.id), ['unknown-target']);
  assert.match(only.tool.driver.rules[0].shortDescription.text, /jump target/);
  assert.equal(only.results.length, 1);
  const [result] = only.results;
  assert.equal(result.ruleId, 'unknown-target');
  assert.equal(result.level, 'error');
  assert.match(result.message.text, /NOPE/);
  assert.deepEqual(result.locations[0].physicalLocation.region, { startLine: 3, startColumn: 13, endLine: 3, endColumn: 17 });
  assert.match(result.locations[0].physicalLocation.artifactLocation.uri, /^file:\/\/.*bad\.rules$/);
  // Hints become notes; a clean file has an empty run.
  const hinted = join(dir, 'hint.rules');
  writeFileSync(hinted, '*filter\n-A INPUT -m state --state NEW -j ACCEPT\nCOMMIT\n');
  assert.deepEqual(JSON.parse(run(['--format=sarif', hinted]).out).runs[0].results.map((x: { level: string }) => x.level), ['note']);
  assert.deepEqual(JSON.parse(run(['--format=sarif', good]).out).runs[0].results, []);
});

test('stdin with -', { skip }, () => {
  const r = run(['-'], '*filter\n-A INPUT -j NOPE\nCOMMIT\n');
  assert.equal(r.code, 1);
  assert.match(r.out, /^<stdin>:2:13: error: /);
});

test('warnings alone do not fail the run', { skip }, () => {
  const f = join(dir, 'warn.rules');
  writeFileSync(f, '*filter\n-A INPUT -p tcp --dport 22 -j ACCEPT\n-A INPUT -p tcp --dport 22 -j ACCEPT\nCOMMIT\n');
  const r = run([f]);
  assert.equal(r.code, 0);
  assert.match(r.out, /warning: .*\[duplicate-rule\]/);
});

test('--severity changes or silences a code, --fail-on sets what fails the run', { skip }, () => {
  const f = join(dir, 'mixed.rules');
  writeFileSync(f, '*filter\n-A INPUT -p tcp --dport 22 -j ACCEPT\n-A INPUT -p tcp --dport 22 -j ACCEPT\n-A INPUT -j NOPE\nCOMMIT\n');
  assert.equal(run([f]).code, 1);
  const milder = run(['--severity', 'unknown-target=warning', f]);
  assert.equal(milder.code, 0);
  assert.match(milder.out, /warning: Unknown target `NOPE`.*\[unknown-target\]/);
  const silenced = run(['--severity=unknown-target=off', f]);
  assert.doesNotMatch(silenced.out, /unknown-target/);
  assert.equal(silenced.code, 0);
  // Warnings fail the run when asked; silenced codes never do.
  assert.equal(run(['--fail-on', 'warning', '--severity', 'unknown-target=off', f]).code, 1);
  assert.equal(run(['--fail-on', 'warning', '--severity', 'unknown-target=off', '--severity', 'duplicate-rule=off', f]).code, 0);
  // `constructor` is a key of every object, not a code (regression).
  for (const args of [['--severity', 'unknown-target=loud'], ['--severity', 'no-such-code=off'], ['--severity', 'constructor=off'], ['--fail-on', 'warn']]) {
    const r = run([...args, f]);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.err, /^iptables-lint: /);
  }
});

test('--family forces the family', { skip }, () => {
  const f = join(dir, 'v6.rules');
  writeFileSync(f, '*filter\n-A INPUT -s 2001:db8::1 -j ACCEPT\nCOMMIT\n');
  assert.equal(run(['--family', 'ipv6', f]).code, 0);
});

test('usage and I/O trouble: exit 2 with a message, never a stack trace', { skip }, () => {
  for (const args of [[], ['--format', 'xml', good], ['--family', 'ipv5', good], ['--bogus', good], [join(dir, 'missing.rules')], [dir]]) {
    const r = run(args);
    assert.equal(r.code, 2, `args ${args.join(' ')}`);
    assert.match(r.err, /^iptables-lint: /);
    assert.doesNotMatch(r.err, /\n\s+at /);
  }
  // A readable file next to a missing one is still reported.
  const r = run([bad, join(dir, 'missing.rules')]);
  assert.equal(r.code, 2);
  assert.match(r.out, /unknown-target/);
});

test('--help prints usage and exits 0', { skip }, () => {
  const r = run(['--help']);
  assert.equal(r.code, 0);
  assert.match(r.out, /^Usage: iptables-lint/);
});

test('binary garbage and a 1 MB line are linted without crashing', { skip }, () => {
  const f = join(dir, 'garbage.rules');
  writeFileSync(f, Buffer.concat([Buffer.from([0, 1, 2, 255, 254, 10]), Buffer.from(`-A INPUT ${'x'.repeat(1 << 20)}\n`)]));
  const r = run([f]);
  assert.ok(r.out.length < 10_000, `output of ${r.out.length} characters`);
  assert.ok(r.code === 0 || r.code === 1, `exit ${r.code}: ${r.err}`);
  assert.equal(r.err, '');
});
