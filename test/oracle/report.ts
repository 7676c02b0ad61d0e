// Turns the outcomes into a summary, disagreement categories, and the files in test-output/oracle.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CaseSource } from './cases';
import type { Outcome } from './compare';
import { isKernelRefusal } from './oracle';

export interface SourceSummary {
  source: CaseSource;
  cases: number;
  agree: number;
  disagree: number;
  allowlisted: number;
  unsupported: number;
  failing: number;
  /** Agreement in percent over all cases of the source. */
  agreement: number;
  /** Cases whose author's expectation (.t OK/FAIL, VERDICTS.tsv) differs from today's oracle: informative. */
  expectationMismatch: number;
}

export const sources: readonly CaseSource[] = ['t-files', 'corpus-dumps', 'mutations', 'script-t-files', 'script-mutations'];

export function summarize(outcomes: readonly Outcome[]): SourceSummary[] {
  return sources.map((source) => {
    const mine = outcomes.filter((o) => o.case.source === source);
    const agree = mine.filter((o) => o.agree).length;
    const listed = (list: string): number => mine.filter((o) => o.listed?.list === list).length;
    return {
      source,
      cases: mine.length,
      agree,
      disagree: mine.length - agree,
      allowlisted: listed('allowlist'),
      unsupported: listed('unsupported'),
      failing: mine.filter(isFailing).length,
      agreement: mine.length ? Math.round((agree / mine.length) * 1000) / 10 : 100,
      expectationMismatch: mine.filter((o) => o.case.expected && (o.case.expected === 'accept') !== o.oracle.accepted).length,
    };
  });
}

export const isFailing = (o: Outcome): boolean => !o.agree && !o.listed;

/** The words of a rule that say which check should have fired: its protocol, modules and target. */
function ruleParts(o: Outcome): string {
  const line = o.case.dump.split('\n')[o.case.focusLine - 1] ?? '';
  const parts = [...line.matchAll(/(?:^|\s)(-p|-m|-j)\s+(\S+)/g)].map((m) => `${m[1]} ${m[2]}`);
  return parts.join(' ') || '(no module)';
}

/** A message with its particular values blanked, so alike failures fall in one category. */
function normalize(message: string): string {
  return message
    .replace(/ip6?tables-restore v[\d.]+ \(legacy\):\s*/g, '')
    .replace(/`[^']*'/g, '`X\'')
    .replace(/"[^"]*"/g, '"X"')
    .replace(/\b0x[0-9a-f]+\b/gi, 'N')
    .replace(/\d+/g, 'N')
    .trim();
}

/** Why iptables refused, in one short line. */
function oracleReason(o: Outcome): string {
  const v = o.oracle;
  if (v.accepted) return 'accepted';
  if (isKernelRefusal(v, o.case.dump)) {
    const log = v.kernelLog?.[0];
    return log ? `kernel: ${log}` : `kernel refused at COMMIT (nothing logged)`;
  }
  // Drop the help hint, the line number (the dump shows it) and warnings that do not decide the verdict.
  const lines = v.message.split('\n').filter((l) => !/^Try `|^Error occurred at line|^Warning: /.test(l) && l.trim() !== '');
  return lines.join(' | ') || `exit ${v.exit}`;
}

/** The category of a disagreement: which way we differ and by which cause. */
export function category(o: Outcome): string {
  if (o.ours === 'crash') return `crash: ${(o.crash ?? '').split('\n')[0]}`;
  if (o.ours === 'reject') return `false alarm: we report ${[...new Set(o.errors.map((e) => e.code))].sort().join(' + ')}`;
  const reason = oracleReason(o);
  if (reason.startsWith('kernel: ')) return `missed kernel check: ${normalize(reason.slice(8).replace(/^x_tables: ip6?_tables: /, ''))}`;
  if (reason.startsWith('kernel refused')) return `missed kernel check (no log) for ${ruleParts(o)}`;
  return `missed: ${normalize(reason)}`;
}

export interface Category {
  key: string;
  count: number;
  failing: number;
  examples: Outcome[];
}

export function categorize(outcomes: readonly Outcome[]): Category[] {
  const map = new Map<string, Outcome[]>();
  for (const o of outcomes) {
    if (o.agree) continue;
    const k = category(o);
    map.set(k, [...(map.get(k) ?? []), o]);
  }
  return [...map.entries()]
    .map(([key, list]) => ({ key, count: list.length, failing: list.filter(isFailing).length, examples: list.slice(0, 3) }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

function ours(o: Outcome): string {
  if (o.ours === 'crash') return `crash: ${o.crash}`;
  if (o.ours === 'accept') return 'accept (no error)';
  return `reject: ${o.errors.map((e) => `${e.code} line ${e.line}: ${e.message}`).join(' ; ')}`;
}

function oracleText(o: Outcome): string {
  return `${o.oracle.accepted ? 'accept' : 'reject'} (exit ${o.oracle.exit})${o.oracle.accepted ? '' : `: ${oracleReason(o)}`}`;
}

/** The lines worth showing: whole small dumps; around the interesting lines of big ones. */
function dumpExcerpt(o: Outcome): string {
  const lines = o.case.dump.replace(/\n$/, '').split('\n');
  const numbered = (i: number): string => `${String(i + 1).padStart(4)}| ${lines[i]}`;
  if (lines.length <= 20) return lines.map((_, i) => numbered(i)).join('\n');
  const keep = new Set<number>();
  const named = Number(/line:? (\d+)/.exec(o.oracle.message)?.[1] ?? 0);
  for (const l of [o.case.focusLine, named, ...o.errors.map((e) => e.line)]) {
    for (let i = l - 3; i <= l + 1; i++) if (l > 0 && i >= 0 && i < lines.length) keep.add(i);
  }
  if (!keep.size) for (let i = 0; i < 8; i++) keep.add(i);
  let last = -1;
  const out: string[] = [];
  for (const i of [...keep].sort((a, b) => a - b)) {
    if (i !== last + 1) out.push('    | ...');
    out.push(numbered(i));
    last = i;
  }
  if (last < lines.length - 1) out.push('    | ...');
  return out.join('\n');
}

/** One line per disagreement, for the console. */
export function shortLine(o: Outcome): string {
  const rule = o.case.focusLine ? (o.case.dump.split('\n')[o.case.focusLine - 1] ?? '') : `(whole dump, ${o.case.dump.split('\n').length} lines)`;
  const tag = o.listed ? ` [${o.listed.list}]` : '';
  const oursShort = o.ours === 'reject' ? `reject ${[...new Set(o.errors.map((e) => e.code))].join(',')}` : o.ours;
  return `${o.case.id}${tag} | ${rule} | ours: ${oursShort} | iptables: ${o.oracle.accepted ? 'accept' : oracleReason(o)}`;
}

export function disagreementBlock(o: Outcome): string {
  const status = o.listed ? `${o.listed.list}: ${o.listed.entry.reason}` : 'FAILING';
  return [
    `== ${o.case.id} (${o.case.family}) [${status}]`,
    o.case.note ? `   made from: ${o.case.note}` : '',
    `   ours:     ${ours(o)}`,
    `   iptables: ${oracleText(o)}`,
    dumpExcerpt(o),
    '',
  ]
    .filter((l) => l !== '')
    .join('\n');
}

export function summaryText(summary: readonly SourceSummary[], cats: readonly Category[], runtimeMs: number, oracleVersion: string, runs = ''): string {
  const rows = summary.map(
    (s) =>
      `  ${s.source.padEnd(16)} ${String(s.cases).padStart(6)} cases  ${String(s.agreement).padStart(5)}% agree  ${String(s.disagree).padStart(5)} differ (${s.allowlisted} allow-listed, ${s.unsupported} unsupported, ${s.failing} failing)  expectation≠iptables: ${s.expectationMismatch}`,
  );
  const total = summary.reduce((n, s) => n + s.cases, 0);
  const agree = summary.reduce((n, s) => n + s.agree, 0);
  const out = [
    `Differential test against ${oracleVersion}: ${total} cases in ${(runtimeMs / 1000).toFixed(1)} s${runs}, ${total ? ((agree / total) * 100).toFixed(1) : '100'}% agree`,
    ...rows,
  ];
  if (cats.length) {
    out.push('', 'Disagreements by cause (count, failing):');
    for (const c of cats) {
      out.push(`  ${String(c.count).padStart(5)} ${String(c.failing).padStart(5)}  ${c.key}`);
      for (const e of c.examples) out.push(`               e.g. ${shortLine(e)}`);
    }
  }
  return out.join('\n');
}

export function writeReport(dir: string, outcomes: readonly Outcome[], summary: readonly SourceSummary[], cats: readonly Category[], extra: Record<string, unknown>): void {
  mkdirSync(dir, { recursive: true });
  const results = outcomes.map((o) => ({
    id: o.case.id,
    source: o.case.source,
    family: o.case.family,
    note: o.case.note,
    expected: o.case.expected,
    ours: o.ours,
    errors: o.errors,
    crash: o.crash,
    oracle: o.oracle,
    agree: o.agree,
    listed: o.listed && { list: o.listed.list, pattern: o.listed.entry.pattern, reason: o.listed.entry.reason },
    category: o.agree ? undefined : category(o),
    dump: o.case.dump,
  }));
  const categories = cats.map((c) => ({ key: c.key, count: c.count, failing: c.failing, examples: c.examples.map((e) => e.case.id) }));
  writeFileSync(path.join(dir, 'report.json'), `${JSON.stringify({ ...extra, summary, categories, results }, null, 1)}\n`);
  const differ = outcomes.filter((o) => !o.agree);
  const ordered = [...differ.filter(isFailing), ...differ.filter((o) => !isFailing(o))];
  const text = [
    summaryText(summary, cats, Number(extra.runtimeMs ?? 0), String(extra.oracleVersion ?? 'iptables'), String(extra.oracleRuns ?? '')),
    '',
    `Every disagreement (${differ.length}; failing ones first):`,
    '',
    ...ordered.map(disagreementBlock),
  ].join('\n');
  writeFileSync(path.join(dir, 'disagreements.txt'), `${text}\n`);
}
