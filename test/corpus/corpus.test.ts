// The public corpus against the real iptables' verdicts (../shared/corpus/VERDICTS.tsv,
// measured with `unshare -n iptables-legacy-restore`):
// - a dump iptables accepted must give no error-severity finding;
// - a dump it rejected for a structural reason must give an error on the line it named,
//   and no error on an earlier line (iptables had read those lines without complaint).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/analysis/analyze';
import type { Finding } from '../../server/src/analysis/finding';
import { corpusMissing, readCorpusFile, readVerdicts, type Verdict } from '../support/corpus';

const missing = corpusMissing();
const verdicts = missing ? [] : readVerdicts();

function show(file: string, lines: readonly string[], f: Finding): string {
  const line = f.range.start.line;
  return `${file}:${line + 1} ${f.code} (${f.message}) in: ${(lines[line] ?? '').slice(0, 160)}`;
}

/** Reasons iptables gives that the structure checks are meant to catch. */
const structural = [
  /Couldn't load target/,
  /goto '.*' is not a chain/,
  /COMMIT expected/,
  /Bad argument/,
  /no command specified/,
  /The -t option cannot be used/,
  /chain name/,
  /policy/,
  /table name invalid|unable to initialize table/,
  /unknown option|requires an argument|Cannot use -\w with|multiple -\w flags|consecutive !|nothing appropriate following !/,
  /line \d+ failed/,
  /not intended for filtering/,
];

type Expectation =
  | { kind: 'line'; line: number }
  | { kind: 'missing-commit' }
  | { kind: 'skip'; why: string };

/** What our checks should say about a rejected dump. */
function expectation(v: Verdict, lines: readonly string[]): Expectation {
  if (!structural.some((re) => re.test(v.message))) return { kind: 'skip', why: 'not a structural cause' };
  if (/COMMIT expected at line/.test(v.message)) return { kind: 'missing-commit' };
  const named = v.errorLine ?? Number(/line (\d+)/.exec(v.message)?.[1]);
  if (!Number.isInteger(named) || named < 1) return { kind: 'skip', why: 'no line named' };
  if (/line \d+ failed/.test(v.message) && !/Error occurred/.test(v.message)) {
    const text = lines[named - 1] ?? '';
    // The kernel's own refusals are reported on the COMMIT line; their cause is not structural.
    if (/^COMMIT\b/.test(text)) return { kind: 'skip', why: 'kernel refused the table at COMMIT' };
  }
  return { kind: 'line', line: named };
}

interface Summary {
  dumps: number;
  accepted: number;
  acceptedClean: number;
  rejects: number;
  structuralRejects: number;
  flaggedOnLine: number;
  skipped: string[];
}

const summary: Summary = { dumps: 0, accepted: 0, acceptedClean: 0, rejects: 0, structuralRejects: 0, flaggedOnLine: 0, skipped: [] };

test('accepted dumps give no error', (t) => {
  if (missing) return t.skip(missing);
  const problems: string[] = [];
  for (const v of verdicts.filter((x) => x.verdict === 'ACCEPT')) {
    const text = readCorpusFile(v.file);
    const lines = text.split('\n');
    const errors = analyzeText(text, { forced: v.family, fileName: v.file }).findings.filter((f) => f.severity === 'error');
    summary.dumps++;
    summary.accepted++;
    if (errors.length === 0) summary.acceptedClean++;
    for (const f of errors.slice(0, 5)) problems.push(show(v.file, lines, f));
  }
  assert.ok(summary.accepted > 100, `only ${summary.accepted} ACCEPT rows in VERDICTS.tsv`);
  assert.deepEqual(problems, [], `${problems.length} false errors on dumps iptables accepted`);
});

test('structurally rejected dumps give an error on the line iptables named, and none before it', (t) => {
  if (missing) return t.skip(missing);
  const problems: string[] = [];
  for (const v of verdicts.filter((x) => x.verdict === 'REJECT')) {
    const text = readCorpusFile(v.file);
    const lines = text.split('\n');
    const findings = analyzeText(text, { forced: v.family, fileName: v.file }).findings;
    const errors = findings.filter((f) => f.severity === 'error');
    summary.dumps++;
    summary.rejects++;
    const want = expectation(v, lines);
    if (want.kind === 'skip') {
      summary.skipped.push(`${v.file}: ${want.why} (${v.message})`);
      continue;
    }
    summary.structuralRejects++;
    if (want.kind === 'missing-commit') {
      const hit = errors.find((f) => f.code === 'missing-commit' && /^\*/.test(lines[f.range.start.line] ?? ''));
      if (hit) summary.flaggedOnLine++;
      else problems.push(`${v.file}: iptables says "${v.message}" but no missing-commit on a table header`);
      continue;
    }
    const line0 = want.line - 1;
    if (errors.some((f) => f.range.start.line === line0)) summary.flaggedOnLine++;
    else problems.push(`${v.file}:${want.line} iptables says "${v.message}" but we have no error there; ours: ${errors.slice(0, 3).map((f) => `${f.range.start.line + 1}:${f.code}`).join(' ') || 'none'}`);
    for (const f of errors.filter((e) => e.range.start.line < line0).slice(0, 3)) {
      problems.push(`error before the line iptables failed on (${want.line}): ${show(v.file, lines, f)}`);
    }
  }
  assert.ok(summary.structuralRejects > 0, 'no structural REJECT rows recognised');
  assert.deepEqual(problems, []);
});

test('summary', (t) => {
  if (missing) return t.skip(missing);
  const line =
    `corpus: ${summary.dumps} dumps; ${summary.acceptedClean}/${summary.accepted} accepted with zero errors; ` +
    `${summary.flaggedOnLine}/${summary.structuralRejects} structural rejects flagged on the right line; ` +
    `${summary.skipped.length} of ${summary.rejects} rejects not structural`;
  console.log(line);
  for (const s of summary.skipped) t.diagnostic(`skipped ${s}`);
  // Both tests above ran (not filtered out by --test-name-pattern): every row was checked.
  if (summary.accepted > 0 && summary.rejects > 0) assert.equal(summary.dumps, verdicts.length);
});
