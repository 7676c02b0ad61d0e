// Differential test: our verdict (any error finding = reject) against the real
// iptables' (`unshare -n iptables-legacy-restore`, exit 0 = accept) on
// (a) every rule of iptables' own extensions/*.t files, in each chain they list,
// (b) every corpus dump in VERDICTS.tsv, (c) one-word mutations of valid rules.
// The oracle is the truth. A disagreement fails the test unless allowlist.tsv
// (we differ on purpose) or unsupported.tsv (this machine lacks the feature)
// names it. Full results: test-output/oracle/report.json and disagreements.txt.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { corpusMissing, repoRoot, tFilesDir } from '../support/corpus';
import { seededRandom } from '../support/random';
import type { OracleCase } from './cases';
import { compareAll } from './compare';
import { casesFromCorpusDumps } from './corpusDumps';
import { readList } from './lists';
import { candidateBases } from './mutationBases';
import { chooseBases, mutationCases } from './mutations';
import { cacheDir, findOracle, oracleStats } from './oracle';
import { categorize, disagreementBlock, isFailing, shortLine, sources, summarize, summaryText, writeReport } from './report';
import { scriptCases } from './scriptCases';
import { casesFromTFolder } from './tFiles';

/** Fixed, so every run (and CI) holds the same generated cases against the oracle. */
const mutationSeed = 0x1b7ab1e5;
const baseCount = 300;
const mutationsPerBase = 5;
/** Child processes at once: the machine has 2 cores, and each run mostly waits on the kernel. */
const poolWidth = Number(process.env.ORACLE_POOL ?? 4);

const here = path.join(repoRoot, 'test', 'oracle');
const outDir = path.join(repoRoot, 'test-output', 'oracle');

function buildCases(): OracleCase[] {
  const rng = seededRandom(mutationSeed);
  const bases = chooseBases(candidateBases(tFilesDir), baseCount, rng);
  const mutations = mutationCases(bases, mutationsPerBase, rng);
  const tFiles = casesFromTFolder(tFilesDir);
  return [...tFiles, ...casesFromCorpusDumps(), ...mutations, ...scriptCases(tFiles, 'script-t-files'), ...scriptCases(mutations, 'script-mutations')];
}

test('our verdicts agree with the real iptables', { timeout: 15 * 60_000 }, async (t) => {
  const setup = findOracle();
  if ('missing' in setup) return t.skip(`the real iptables cannot be asked here: ${setup.missing}`);
  const noCorpus = corpusMissing();
  if (noCorpus) return t.skip(noCorpus);

  const started = Date.now();
  const cases = buildCases();
  const ids = new Set(cases.map((c) => c.id));
  assert.equal(ids.size, cases.length, 'case ids must be unique, or the lists could name the wrong case');
  const lists = { allowlist: readList(path.join(here, 'allowlist.tsv')), unsupported: readList(path.join(here, 'unsupported.tsv')) };
  const outcomes = await compareAll(setup, cases, lists, poolWidth);
  const runtimeMs = Date.now() - started;
  const runs = ` (${oracleStats.fresh} fresh iptables runs, ${oracleStats.cached} verdicts from ${cacheDir})`;

  const summary = summarize(outcomes);
  const cats = categorize(outcomes);
  const staleAllow = lists.allowlist.filter((e) => !outcomes.some((o) => o.listed?.entry === e));
  const unusedUnsupported = lists.unsupported.filter((e) => !outcomes.some((o) => e.test(o.case)));
  writeReport(outDir, outcomes, summary, cats, {
    oracleVersion: setup.version,
    runtimeMs,
    oracleRuns: runs,
    seed: mutationSeed,
    staleAllowlist: staleAllow.map((e) => e.pattern),
    unusedUnsupported: unusedUnsupported.map((e) => e.pattern),
  });

  console.log(summaryText(summary, cats, runtimeMs, setup.version, runs));
  const failing = outcomes.filter(isFailing);
  const listed = outcomes.filter((o) => !o.agree && o.listed);
  if (failing.length) console.log(`\nFailing disagreements (${failing.length}):\n\n${failing.map(disagreementBlock).join('\n')}`);
  if (listed.length) console.log(`\nAllow-listed or unsupported disagreements (${listed.length}):\n${listed.map((o) => `  ${shortLine(o)}`).join('\n')}`);
  console.log(`\nFull results: ${path.relative(repoRoot, outDir)}/report.json and disagreements.txt`);
  if (staleAllow.length) console.log(`\nallowlist.tsv entries that no longer differ (remove them): ${staleAllow.map((e) => `line ${e.line} ${e.pattern}`).join(', ')}`);
  if (unusedUnsupported.length) console.log(`\nunsupported.tsv entries that match no case: ${unusedUnsupported.map((e) => `line ${e.line} ${e.pattern}`).join(', ')}`);

  // Sanity: the harness itself must see both verdicts, or it compares nothing.
  assert.ok(outcomes.some((o) => o.oracle.accepted) && outcomes.some((o) => !o.oracle.accepted), 'the oracle gave only one verdict: it is broken');

  for (const source of sources) {
    await t.test(`${source}: no disagreement outside allowlist.tsv and unsupported.tsv`, () => {
      const failing = outcomes.filter((o) => o.case.source === source && isFailing(o));
      assert.ok(outcomes.some((o) => o.case.source === source), `no ${source} cases were made`);
      assert.deepEqual(
        failing.map((o) => o.case.id),
        [],
        `${failing.length} disagreement(s) with iptables; first ones:\n${failing
          .slice(0, 15)
          .map((o) => `  ${shortLine(o)}`)
          .join('\n')}`,
      );
    });
  }
});
