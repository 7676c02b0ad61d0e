// npm run bench: our lint beside iptables-legacy-restore --test on the same
// generated dumps, alternating, median of several runs. Ratios, not absolute
// times, are the figures to compare: this machine is shared and noisy.
import '../server/src/heapFlags';
import { spawnSync } from 'node:child_process';
import { buildSync } from 'esbuild';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeText } from '../server/src/analysis/analyze';
import { generateDump, type DumpShape } from './generate';
import { measureLsp, quantile, type LspFigures } from './lsp';

const repo = join(__dirname, '..');
const cli = join(repo, 'server', 'out', 'cli.js');
const runs = Number(process.env.BENCH_RUNS ?? 5);
const sizes = (process.env.BENCH_SIZES ?? '1000,10000,50000,100000,200000').split(',').map(Number);
const lspSizes = (process.env.BENCH_LSP_SIZES ?? '50000,200000').split(',').map(Number);
const shapes = (process.env.BENCH_SHAPES ?? 'kube-proxy,docker,firewall').split(',') as DumpShape[];
/** The other shapes are measured at these sizes only, to keep a run within minutes. */
const otherSizes = (process.env.BENCH_OTHER_SIZES ?? '50000').split(',').map(Number);

const median = (xs: number[]): number => quantile(xs, 0.5);

function timeProcess(cmd: string, args: string[], input?: string): { ms: number; status: number | null } {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { input, stdio: [input === undefined ? 'ignore' : 'pipe', 'ignore', 'ignore'], maxBuffer: 1 << 30 });
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, status: r.status };
}

/** Peak resident memory of one CLI run, from GNU time when present. */
function cliPeakRss(file: string): number | null {
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, cli, file], { encoding: 'utf8' });
  const kb = Number(r.stderr?.trim().split('\n').pop());
  return r.error || !Number.isFinite(kb) ? null : Math.round(kb / 1024);
}

const hasIptables = spawnSync('iptables-legacy-restore', ['--version'], { stdio: 'ignore' }).status === 0;
const dir = mkdtempSync(join(tmpdir(), 'iptables-bench-'));
/** Kube-proxy sizes at which the floors under the lint (bench/floor.ts) are timed too. */
const floorSizes = (process.env.BENCH_FLOOR_SIZES ?? '50000').split(',').map(Number);
const floorModes = ['read', 'words', 'parse'] as const;
const floorScript = join(dir, 'floor.js');
buildSync({ entryPoints: [join(repo, 'bench', 'floor.ts')], bundle: true, platform: 'node', target: 'node20', outfile: floorScript, logLevel: 'warning' });
const rows: Array<Record<string, number | string | null>> = [];

for (const shape of shapes) {
  for (const size of shape === 'kube-proxy' ? sizes : otherSizes) {
    const text = generateDump(shape, size);
    const file = join(dir, `${shape}-${size}.rules`);
    writeFileSync(file, text);
    const inProc: number[] = [];
    const cliRuns: number[] = [];
    const oracle: number[] = [];
    const floors = shape === 'kube-proxy' && floorSizes.includes(size) ? new Map(floorModes.map((m) => [m, [] as number[]])) : undefined;
    let errors = 0;
    for (let r = 0; r < runs; r++) {
      const t0 = process.hrtime.bigint();
      const { findings } = analyzeText(text);
      inProc.push(Number(process.hrtime.bigint() - t0) / 1e6);
      errors = findings.filter((f) => f.severity === 'error').length;
      cliRuns.push(timeProcess(process.execPath, [cli, file]).ms);
      if (hasIptables) oracle.push(timeProcess('iptables-legacy-restore', ['--test'], text).ms);
      for (const [mode, times] of floors ?? []) times.push(timeProcess(process.execPath, [floorScript, mode, file]).ms);
    }
    const ours = median(cliRuns);
    const peakCli = cliPeakRss(file);
    const theirs = hasIptables ? median(oracle) : null;
    const row = {
      shape,
      rules: size,
      lines: text.split('\n').length,
      bytes: text.length,
      analyzeMs: +median(inProc).toFixed(1),
      cliMs: +ours.toFixed(1),
      iptablesTestMs: theirs === null ? null : +theirs.toFixed(1),
      ratio: theirs === null ? null : +(ours / theirs).toFixed(2),
      mbPerSec: +((text.length / 1e6) / (median(inProc) / 1000)).toFixed(1),
      peakCliRssMb: peakCli,
      errors,
      ...(floors && {
        floorReadMs: +median(floors.get('read')!).toFixed(1),
        floorWordsMs: +median(floors.get('words')!).toFixed(1),
        floorParseMs: +median(floors.get('parse')!).toFixed(1),
        floorParseRatio: theirs === null ? null : +(median(floors.get('parse')!) / theirs).toFixed(2),
      }),
    };
    rows.push(row);
    console.log(JSON.stringify(row));
  }
}

console.table(rows);

// Linear growth: the largest kube-proxy size against 50k, in this same run.
const kube = rows.filter((r) => r.shape === 'kube-proxy');
const at = (n: number) => kube.find((r) => r.rules === n)?.analyzeMs as number | undefined;
const growth = at(200000) && at(50000) ? +(at(200000)! / at(50000)!).toFixed(2) : null;
if (growth !== null) console.log(`analysis time 200k / 50k: ${growth} (linear is 4)`);
for (const r of kube.filter((row) => row.floorParseMs !== undefined)) {
  console.log(`floors at ${r.rules} rules: Node reading the file ${r.floorReadMs} ms, splitting its words ${r.floorWordsMs} ms, parsing it without checks ${r.floorParseMs} ms; iptables-legacy-restore --test ${r.iptablesTestMs} ms, our lint ${r.cliMs} ms`);
}

async function lspPhase(): Promise<LspFigures[]> {
  const out: LspFigures[] = [];
  for (const size of lspSizes) out.push(await measureLsp(generateDump('kube-proxy', size), size));
  return out;
}

void lspPhase().then((lsp) => {
  console.table(lsp);
  mkdirSync(join(repo, 'bench', 'results'), { recursive: true });
  const out = join(repo, 'bench', 'results', 'latest.json');
  writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), node: process.version, cpus: cpus().length, runs, rows, growth200kOver50k: growth, lsp }, null, 2));
  console.log(`written ${out}`);
});
