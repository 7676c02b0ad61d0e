// The registry of diagnostic codes (server/src/analysis/codes.ts) must list
// exactly the codes the source can report, every example must really trigger
// its code, and the README table must be the one generated from the registry.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { analyzeText } from '../../server/src/analysis/analyze';
import { diagnosticCodes, type DiagnosticCodeInfo } from '../../server/src/analysis/codes';
import { codesEnd, codesStart, codesTable } from '../../scripts/codesTable';
import { repoRoot } from '../support/corpus';
import { codesOf } from '../support/findings';

const srcRoot = join(repoRoot, 'server', 'src');

function tsFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) tsFiles(path, out);
    else if (name.endsWith('.ts')) out.push(path);
  }
  return out;
}

/** Skips a '...', "..." or `...${...}...` literal starting at i; returns the index after it. */
function skipString(text: string, i: number): number {
  const quote = text[i];
  for (let j = i + 1; j < text.length; j++) {
    const c = text[j];
    if (c === '\\') { j++; continue; }
    if (c === quote) return j + 1;
    if (quote === '`' && c === '$' && text[j + 1] === '{') j = skipExpression(text, j + 2, true);
  }
  return text.length;
}

/** Reads an expression up to a `,` `;` or unmatched closing bracket at depth 0 (only the `}` inside `${}`); returns its end. */
function skipExpression(text: string, i: number, inTemplate = false): number {
  let depth = 0;
  for (let j = i; j < text.length; j++) {
    const c = text[j];
    if (c === '\'' || c === '"' || c === '`') { j = skipString(text, j) - 1; continue; }
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) return j;
      depth--;
    } else if (depth === 0 && !inTemplate && (c === ',' || c === ';')) return j;
  }
  return text.length;
}

/** The code literals an expression can yield: `'a'`, `cond ? 'a' : 'b'` or a type `'a' | 'b'`. */
function codeLiterals(expr: string): string[] {
  const question = /\?(?![.?])/.exec(expr);
  const results = question ? expr.slice(question.index + 1) : expr;
  return [...results.matchAll(/'([a-z0-9]+(?:-[a-z0-9]+)*)'/g)].map((m) => m[1]);
}

/**
 * Where findings are made: the reporting helpers (first argument is the code)
 * and `code:` properties or `const code =` of Finding, Problem and ValueIssue objects.
 */
const reportingCall = /(?:\bsink\.(?:error|warning)|\bthis\.(?:add|report|problem)|\bmakeFinding|(?<![.\w])error)\(\s*/g;
const codeProperty = /\bcode\s*(?::|=(?![=>]))\s*/g;

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

interface Scan {
  codes: Set<string>;
  variables: Set<string>;
  shorthand: Set<string>;
}

function scanSource(): Scan {
  const scan: Scan = { codes: new Set(), variables: new Set(), shorthand: new Set() };
  for (const path of tsFiles(srcRoot)) {
    if (path === join(srcRoot, 'analysis', 'codes.ts')) continue; // the registry itself
    const file = relative(srcRoot, path).split('\\').join('/');
    const text = readFileSync(path, 'utf8');
    for (const re of [reportingCall, codeProperty]) {
      for (const m of text.matchAll(re)) {
        const start = m.index + m[0].length;
        const expr = text.slice(start, skipExpression(text, start)).trim();
        if (/^\w+\s*:/.test(expr) || expr === 'string') continue; // a parameter or a type, not a value
        const found = codeLiterals(expr);
        if (found.length) for (const c of found) scan.codes.add(c);
        else scan.variables.add(`${file}: ${expr}`);
      }
    }
    const code = text.replace(/^import .*$/gm, ''); // `import { code } from './markdown'` is a function
    if (/[{,]\s*code\s*[,}]/.test(code)) scan.shorthand.add(file);
  }
  return scan;
}

const scan = scanSource();

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
  const missing = [...scan.codes].filter((c) => !registered.has(c)).sort();
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
  return `*${info.table ?? 'filter'}\n${info.example}\nCOMMIT\n`;
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
