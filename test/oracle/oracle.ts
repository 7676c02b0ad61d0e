// The real iptables as a test oracle: commits a rules file with
// `unshare -n iptables-legacy-restore` (or ip6tables-) inside a throw-away network
// namespace, so the machine's own firewall is never touched. Exit 0 = accepted.
// Verdicts are cached on disk (outside the repo) so reruns are fast; a missing
// cache just means every verdict is computed fresh, as on a new CI machine.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type OracleFamily = 'ipv4' | 'ipv6';

export interface OracleVerdict {
  accepted: boolean;
  /** Exit code of iptables-legacy-restore (0 accepted, 1 commit/kernel failure, 2 parse error). */
  exit: number;
  /** stdout + stderr, trimmed. */
  message: string;
  /** Kernel log lines printed while this input was committed (only looked up for some cases). */
  kernelLog?: string[];
}

/** What the oracle needs from the machine, found once. */
export interface OracleSetup {
  ipv4: string;
  ipv6: string;
  /** Goes into the cache key: another iptables or kernel may judge differently. */
  version: string;
}

const searchDirs = ['/usr/sbin', '/sbin', '/usr/local/sbin', ...(process.env.PATH ?? '').split(':')];

function findProgram(name: string): string | undefined {
  for (const dir of searchDirs) {
    const full = path.join(dir, name);
    if (dir && existsSync(full)) return full;
  }
  return undefined;
}

const lockFiles = new Set<string>();

/** Every helper process gets its own lock file: runs happen in separate namespaces, so they need not queue on /run/xtables.lock. */
function lockFile(slot: number): string {
  const file = path.join(os.tmpdir(), `iptables-oracle-lock-${process.pid}-${slot}`);
  if (!lockFiles.size) process.once('exit', () => lockFiles.forEach((f) => rmSync(f, { force: true })));
  lockFiles.add(file);
  return file;
}

/** The oracle's programs, or the reason the oracle cannot run here (the tests then skip). */
export function findOracle(): OracleSetup | { missing: string } {
  if (process.platform !== 'linux') return { missing: 'not Linux' };
  if (typeof process.getuid === 'function' && process.getuid() !== 0) return { missing: 'not root: unshare -n needs CAP_SYS_ADMIN' };
  const ipv4 = findProgram('iptables-legacy-restore');
  const ipv6 = findProgram('ip6tables-legacy-restore');
  if (!ipv4 || !ipv6) return { missing: 'iptables-legacy-restore / ip6tables-legacy-restore not installed (apt-get install iptables)' };
  const unshare = findProgram('unshare');
  if (!unshare) return { missing: 'unshare not installed (util-linux)' };
  const probe = spawnSync('unshare', ['-n', ipv4], {
    input: '*filter\nCOMMIT\n',
    encoding: 'utf8',
    timeout: 20_000,
    env: { ...process.env, XTABLES_LOCKFILE: lockFile(0) },
  });
  if (probe.error || probe.status !== 0) {
    const why = probe.error?.message ?? `${probe.stderr}${probe.stdout}`.trim();
    return { missing: `unshare -n iptables-legacy-restore failed on an empty table: ${why || `exit ${probe.status}`}` };
  }
  const v = spawnSync(ipv4, ['--version'], { encoding: 'utf8' });
  return { ipv4, ipv6, version: `${`${v.stdout}${v.stderr}`.trim()} kernel ${os.release()}` };
}

/** Bump when the cached record changes meaning. */
const cacheFormat = 2;

export const cacheDir = path.join(os.tmpdir(), 'iptables-oracle-cache');

/** What an input is run by: iptables-restore of a family, or `sh -e` for a shell script. */
type InputKind = OracleFamily | 'script';

function cacheKey(setup: OracleSetup, kind: InputKind, input: string): string {
  return createHash('sha256').update(`${cacheFormat}\0${setup.version}\0${kind}\0${input}`).digest('hex');
}

function readCache(key: string): OracleVerdict | undefined {
  if (process.env.ORACLE_NO_CACHE) return undefined;
  try {
    const v = JSON.parse(readFileSync(path.join(cacheDir, key.slice(0, 2), `${key}.json`), 'utf8')) as OracleVerdict;
    return typeof v.exit === 'number' && typeof v.accepted === 'boolean' ? v : undefined;
  } catch {
    return undefined;
  }
}

function writeCache(key: string, v: OracleVerdict): void {
  try {
    const dir = path.join(cacheDir, key.slice(0, 2));
    mkdirSync(dir, { recursive: true });
    // Write then rename, so a reader running at the same time never sees half a file.
    const tmp = path.join(dir, `${key}.${process.pid}.tmp`);
    writeFileSync(tmp, JSON.stringify(v));
    renameSync(tmp, path.join(dir, `${key}.json`));
  } catch {
    // A cache we cannot write only costs speed.
  }
}

/** Thrown when the oracle itself broke (timeout, signal, lock): not a verdict about the input. */
export class OracleFailure extends Error {}

/** The `iptables`/`ip6tables` of a script run the legacy programs, as iptables-legacy-restore is the oracle. */
const scriptPrelude = 'iptables() { iptables-legacy "$@"; }\nip6tables() { ip6tables-legacy "$@"; }\n';

function runOnce(setup: OracleSetup, kind: InputKind, input: string, slot: number): Promise<OracleVerdict> {
  // A script runs in `sh -e`, so its first failing command ends it with that command's exit code.
  const command = kind === 'script' ? ['sh', '-e', '-c', scriptPrelude + input] : [kind === 'ipv6' ? setup.ipv6 : setup.ipv4];
  const stdin = kind === 'script' ? '' : input;
  return new Promise((resolve, reject) => {
    const child = spawn('unshare', ['-n', ...command], {
      env: { ...process.env, XTABLES_LOCKFILE: lockFile(slot) },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (out += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(new OracleFailure(`cannot start unshare: ${e.message}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const message = out.trim();
      if (code === null) return reject(new OracleFailure(`oracle killed by ${signal ?? 'a signal'}`));
      // Exit 4 is "resource problem": the lock or the namespace, never the input.
      if (code === 4 || /xtables lock|unshare failed/i.test(message)) return reject(new OracleFailure(`oracle could not run: ${message}`));
      resolve({ accepted: code === 0, exit: code, message });
    });
    child.stdin.on('error', () => undefined); // restore may exit before reading everything
    child.stdin.end(stdin);
  });
}

/** How many verdicts came from the cache and how many from a fresh commit, for the summary. */
export const oracleStats = { cached: 0, fresh: 0 };

/** The verdict for one input, from the cache or a fresh commit. */
export function judge(setup: OracleSetup, family: OracleFamily, input: string, slot = 0): Promise<OracleVerdict> {
  return judgeCached(setup, family, input, slot);
}

/**
 * The verdict for a shell script of iptables/ip6tables commands, run with
 * `sh -e` in a throw-away namespace: accepted when every command succeeded.
 */
export function judgeScript(setup: OracleSetup, script: string, slot = 0): Promise<OracleVerdict> {
  return judgeCached(setup, 'script', script, slot);
}

async function judgeCached(setup: OracleSetup, kind: InputKind, input: string, slot: number): Promise<OracleVerdict> {
  const key = cacheKey(setup, kind, input);
  const cached = readCache(key);
  if (cached) {
    oracleStats.cached++;
    return cached;
  }
  oracleStats.fresh++;
  let verdict: OracleVerdict | undefined;
  for (let attempt = 0; !verdict; attempt++) {
    try {
      verdict = await runOnce(setup, kind, input, slot);
    } catch (e) {
      if (attempt >= 2) throw e;
    }
  }
  writeCache(key, verdict);
  return verdict;
}

/** The 1-based line iptables-restore names in its message (`Error occurred at line: 3`, `line 3 failed`), if any. */
export function namedLine(message: string): number | undefined {
  const m = /Error occurred at line: (\d+)/.exec(message) ?? /COMMIT expected at line (\d+)/.exec(message) ?? /line (\d+)/.exec(message);
  return m ? Number(m[1]) : undefined;
}

/** Runs `work` over `items` with at most `width` at a time; results keep the items' order. */
export async function mapPool<T, R>(items: readonly T[], width: number, work: (item: T, slot: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async (slot: number): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i], slot);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, (_, slot) => lane(slot + 1)));
  return results;
}

/** True when iptables refused the file at a COMMIT line: the kernel's own checks, whose reason is only in the kernel log. */
export function isKernelRefusal(v: OracleVerdict, input: string): boolean {
  const m = /^(?:ip6?tables-restore: )?line (\d+) failed$/m.exec(v.message);
  if (v.exit !== 1 || !m) return false;
  return /^COMMIT\b/.test(input.split('\n')[Number(m[1]) - 1] ?? '');
}

function kernelLogTail(): string[] {
  const r = spawnSync('dmesg', [], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return r.status === 0 ? r.stdout.split('\n').filter((l) => l.trim() !== '') : [];
}

/** Names of the modules a dump loads (`-m x`, `-j X`, `-p x`), lower case, to recognise their kernel messages. */
function moduleNames(input: string): string[] {
  return [...new Set([...input.matchAll(/(?:^|\s)(?:-m|--match|-j|--jump|-p|--protocol)\s+"?([\w-]+)/g)].map((m) => m[1].toLowerCase()))];
}

/** Does a kernel log line speak of one of these modules (`xt_TCPMSS: ...`, `ip_tables: ah match: ...`)? */
function speaksOf(line: string, names: readonly string[]): boolean {
  const l = line.toLowerCase();
  return names.some((n) => new RegExp(`\\b(xt|ipt|ip6t|nf)_${n}\\b|\\b${n} (match|target)\\b`).test(l));
}

/**
 * Commits the input again, alone, and returns what the kernel logged meanwhile
 * about the modules the input uses (other processes on the machine may log at
 * the same moment: lines about other modules are dropped). Cached with the
 * verdict. Call it from one place at a time, never in a pool.
 */
export async function explainKernelRefusal(setup: OracleSetup, family: OracleFamily, input: string): Promise<string[]> {
  const key = cacheKey(setup, family, input);
  const cached = readCache(key);
  if (cached?.kernelLog) return cached.kernelLog;
  const before = kernelLogTail();
  const last = before[before.length - 1];
  const verdict = await runOnce(setup, family, input, 0);
  const after = kernelLogTail();
  const start = last === undefined ? 0 : after.lastIndexOf(last) + 1;
  const names = moduleNames(input);
  const lines = [...new Set(after.slice(start).map((l) => l.replace(/^\[\s*[\d.]+\]\s*/, '')))].filter((l) => speaksOf(l, names)).slice(0, 3);
  writeCache(key, { ...verdict, kernelLog: lines });
  return lines;
}
