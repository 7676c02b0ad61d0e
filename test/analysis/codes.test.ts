// The registry of diagnostic codes (server/src/analysis/codes.ts) must list
// exactly the codes the source can report, every example must really trigger
// its code, and the README table must be the one generated from the registry.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText } from '../../server/src/analysis/analyze';
import { diagnosticCodes, type DiagnosticCodeInfo } from '../../server/src/analysis/codes';
import { codesEnd, codesStart, codesTable } from '../../scripts/codesTable';
import { scanCodes } from '../support/codeScan';
import { repoRoot } from '../support/corpus';
import { restore } from '../support/dumps';
import { codesOf } from '../support/findings';

/**
 * Spots that pass a code through a variable, each read by hand: the code comes
 * from one of the literal sites the scan already finds. A new spot makes the
 * test fail until someone reads it and adds it here.
 */
const passThrough = new Set([
  // ValueIssue from the value sink (sink.error / sink.warning literals) turned into a Finding.
  'analysis/checks/values.ts: i.code',
  // p.code is `const code = spec.kind === 'target' ? 'target-not-allowed-here' : 'match-not-allowed-here'`.
  'analysis/checks/placement.ts: p.code',
  // f.code is a ChainNameFault's code, literals in analysis/chainNames.ts.
  'analysis/structure.ts: f.code',
  // The reporting helpers (shorthandHelpers below) hand their code parameter on to makeFinding.
  'analysis/checks/options.ts: code',
  'analysis/checks/placement.ts: code',
  'analysis/checks/policyElements.ts: code',
  'analysis/structure.ts: code',
  // Consumers: a finding converted for the CLI output and for LSP.
  'cliFormat.ts: f.code',
  'features/diagnostics.ts: f.code',
  // Not diagnostic codes: an ICMP code number and an LSP error code.
  'analysis/values/icmpType.ts: readByteRange(text, type.end + 1)',
  'server.ts: LSPErrorCodes.RequestCancelled',
]);

/** The reporting helpers themselves, which build findings from their `code` parameter. */
const shorthandHelpers = new Set([
  'syntax/restoreLines.ts', // error(code, message, range)
  'syntax/ruleParser.ts', // this.problem(code, ...)
  'analysis/structure.ts', // this.add(code, ...)
  'analysis/checks/options.ts', // this.report(code, ...)
  'analysis/checks/placement.ts', // this.report(code, ...) and the placement list
  'analysis/checks/policyElements.ts', // its local error(code, ...)
  'analysis/values/sink.ts', // collectingSink
  'analysis/finding.ts', // makeFinding(code, ...)
]);

const scan = scanCodes();

test('the scan finds the codes of each kind of reporting call', () => {
  // One of each: parser helper, object literal, structure, checks, value sink, ternary, placement list.
  for (const code of ['missing-argument', 'crlf-line-ending', 'missing-commit', 'duplicate-chain', 'unused-chain',
    'bad-port', 'hostname-lookup', 'negated-protocol-match', 'option-needs-protocol', 'match-not-allowed-here']) {
    assert.ok(scan.codes.has(code), `the scan misses ${code}`);
  }
  assert.ok(!scan.codes.has('target'), 'a compared literal is not a code');
});

test('codes passed through variables are all known spots', () => {
  assert.deepEqual([...scan.variables].sort(), [...passThrough].sort());
  assert.deepEqual([...scan.shorthand].filter((f) => !shorthandHelpers.has(f)), [], 'a new helper builds findings from a `code` variable: read it and extend the scan');
});

test('the registry lists exactly the codes the source can report', () => {
  const registered = new Set(Object.keys(diagnosticCodes));
  const missing = [...scan.codes.keys()].filter((c) => !registered.has(c)).sort();
  const stale = [...registered].filter((c) => !scan.codes.has(c)).sort();
  assert.deepEqual(missing, [], 'codes without an entry in server/src/analysis/codes.ts');
  assert.deepEqual(stale, [], 'entries in server/src/analysis/codes.ts that no source reports');
});

test('the registry is in alphabetical order', () => {
  const keys = Object.keys(diagnosticCodes);
  assert.deepEqual(keys, [...keys].sort());
});

test('every entry has a one-sentence summary and an example', () => {
  for (const [code, info] of Object.entries(diagnosticCodes)) {
    assert.match(info.summary, /^(?:[A-Z`]|iptables\b).*[.]$/s, `${code}: the summary is one sentence`);
    assert.ok(!/\.\s+[A-Z]/.test(info.summary.replace(/e\.g\./g, '')), `${code}: the summary is a single sentence`);
    assert.ok(info.example.length > 0, `${code}: the example is empty`);
  }
});

/** Examples are rule lines for the `*table` block, except whole documents (see codes.ts). */
function exampleDocument(info: DiagnosticCodeInfo): string {
  if (/^(?:\uFEFF|\*|#|ip6?tables\b)/.test(info.example)) return info.example;
  return restore(info.table ?? 'filter', info.example);
}

for (const [code, info] of Object.entries(diagnosticCodes)) {
  test(`${code}: the example fires it`, () => {
    const { findings } = analyzeText(exampleDocument(info), { forced: info.family ?? 'ipv4' });
    const hits = findings.filter((f) => f.code === code);
    assert.ok(hits.length > 0, `no ${code} for the example; got ${codesOf(findings).join(', ') || 'nothing'}`);
    assert.ok(hits.some((f) => f.severity === info.severity), `${code}: the example gives ${hits.map((f) => f.severity).join(', ')}, the registry says ${info.severity}`);
  });
}

test('the README holds the generated table between the markers', () => {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const start = readme.indexOf(codesStart);
  const end = readme.indexOf(codesEnd);
  assert.ok(start >= 0 && end > start, 'README.md lacks the codes markers');
  assert.equal(readme.slice(start + codesStart.length, end), `\n${codesTable()}\n`, 'run `npm run docs:codes`');
});

test('the table has one row per code and escapes pipes', () => {
  const lines = codesTable().split('\n');
  assert.equal(lines[0], '| Code | Severity | Meaning | Example |');
  assert.equal(lines.length, 2 + Object.keys(diagnosticCodes).length);
  for (const line of lines.slice(2)) {
    const cells = line.split(/(?<!\\)\|/).slice(1, -1);
    assert.equal(cells.length, 4, `a row with a stray |: ${line}`);
  }
  assert.ok(lines.some((l) => l.includes('`-A INPUT -p tcp --dport 70000 -j ACCEPT`')));
});
