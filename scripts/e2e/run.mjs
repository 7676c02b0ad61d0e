// End-to-end test in real VS Code: code-server 4.100.3 (VS Code 1.100.3) driven by Debian chromium
// through playwright-core. Packages the extension as a .vsix, installs it, opens test/e2e/fixtures
// (copied to a temp dir) and checks what a user sees: language mode, colours, Problems, hover,
// go to definition, outline, rename, completion and quick fixes.
//
//   npm run test:e2e                    # run the checks
//   npm run test:e2e -- --screenshots   # also save the README pictures into docs/
//   npm run test:e2e -- --keep          # keep the temp dir (logs, profile) for debugging
//
// Prints one line per check and ends with "N passed, N failed[, N skipped]"; exits 1 on any failure.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { checks } from './checks.mjs';
import { installExtension, prepareProfile, startCodeServer } from './codeServer.mjs';
import { vsixProblems } from './vsix.mjs';
import { Workbench } from './workbench.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = new Set(process.argv.slice(2));
const pictures = args.has('--screenshots');
const keep = args.has('--keep');
const only = process.env.E2E_ONLY ? new RegExp(process.env.E2E_ONLY) : null;
const outDir = join(root, 'test-output', 'e2e');
const checkTimeoutMs = 60_000;
const wholeRunMs = 10 * 60_000;

const chromiumArgs = [
  '--no-sandbox', // we run as root in CI
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const started = Date.now();
const secs = (t) => `${((Date.now() - t) / 1000).toFixed(1)}s`;
const cleanups = [];
async function cleanup() {
  while (cleanups.length) await cleanups.pop()().catch(() => undefined);
}
// A hung browser or server must never hang CI.
const watchdog = setTimeout(async () => {
  console.error(`e2e: no result after ${wholeRunMs / 1000}s, giving up`);
  await cleanup();
  process.exit(1);
}, wholeRunMs);
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, async () => { await cleanup(); process.exit(130); });

function step(name, fn) {
  const t = Date.now();
  const r = fn();
  console.log(`e2e: ${name} (${secs(t)})`);
  return r;
}

function sh(cmd, argv, opts = {}) {
  const r = spawnSync(cmd, argv, { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20, ...opts });
  if (r.status !== 0) {
    throw new Error(`${cmd} ${argv.join(' ')} failed (${r.status ?? r.signal}):\n${r.stdout ?? ''}\n${r.stderr ?? ''}`);
  }
  return r.stdout;
}

async function main() {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const tmp = mkdtempSync(join(tmpdir(), 'iptables-ls-e2e-'));
  cleanups.push(async () => (keep ? console.log(`e2e: kept ${tmp}`) : rmSync(tmp, { recursive: true, force: true })));

  const entry = step('code-server ready', () =>
    sh('bash', [join(root, 'scripts/e2e/install.sh')], { stdio: ['ignore', 'pipe', 'inherit'] }).trim().split('\n').pop(),
  );
  const vsix = join(tmp, 'iptables-language.vsix');
  // vsce runs the "vscode:prepublish" script, i.e. the --production build. Relative README links stay as
  // they are: the repository URL is not one vsce can rewrite them against, and the test does not need them.
  step('packaged .vsix', () => sh(join(root, 'node_modules/.bin/vsce'), ['package', '--no-dependencies', '--no-rewrite-relative-links', '--out', vsix]));

  const results = [];
  const record = (id, title, status, detail = '') => {
    results.push({ id, status });
    console.log(`${status.toUpperCase().padEnd(4)} ${title}${detail ? `\n     ${detail.replace(/\n/g, '\n     ')}` : ''}`);
  };

  const problems = vsixProblems(vsix);
  record('vsix-contents', 'the .vsix holds only the runtime files, minified', problems.length ? 'fail' : 'pass', problems.join('\n'));

  const profile = prepareProfile(tmp);
  step('extension installed', () => installExtension(entry, profile, vsix));
  const ws = join(tmp, 'ws');
  cpSync(join(root, 'test/e2e/fixtures'), ws, { recursive: true });
  // The same dump without a file extension: only its first line can make it iptables.
  cpSync(join(ws, 'docker-dump.txt'), join(ws, 'docker-dump'));

  const server = await startCodeServer(entry, profile);
  cleanups.push(server.stop);
  console.log(`e2e: code-server ${server.url} pid ${server.pid} (${secs(started)})`);

  const browser = await chromium.launch({
    executablePath: process.env.E2E_CHROMIUM ?? '/usr/bin/chromium',
    env: profile.env, // XDG_* in the temp dir: chromium writes crash reports under ~/.config otherwise
    headless: true,
    args: chromiumArgs,
    timeout: 60_000,
  });
  cleanups.push(() => browser.close());
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  const consoleLog = [];
  page.on('console', (m) => consoleLog.push(`[${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => consoleLog.push(`[pageerror] ${e.stack ?? e}`));
  cleanups.push(async () => writeFileSync(join(outDir, 'browser-console.log'), consoleLog.join('\n') + '\n'));

  const t = Date.now();
  await page.goto(`${server.url}/?folder=${encodeURIComponent(ws)}`);
  const wb = new Workbench(page);
  await wb.waitReady();
  console.log(`e2e: workbench loaded (${secs(t)})`);

  const picture = async (name, clip) => {
    if (!pictures) return;
    const vp = page.viewportSize();
    const x = Math.max(0, Math.floor(clip.x));
    const y = Math.max(0, Math.floor(clip.y));
    const c = { x, y, width: Math.min(Math.ceil(clip.width), vp.width - x), height: Math.min(Math.ceil(clip.height), vp.height - y) };
    await page.screenshot({ path: join(root, 'docs', `${name}.png`), clip: c });
    console.log(`     saved docs/${name}.png (${c.width}x${c.height})`);
  };
  picture.enabled = pictures;

  for (const check of checks) {
    if (only && !only.test(check.id)) continue;
    const t0 = Date.now();
    try {
      await page.keyboard.press('Escape');
      let timer;
      const outcome = await Promise.race([
        check.run({ wb, page, ws, picture }),
        new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${checkTimeoutMs / 1000}s`)), checkTimeoutMs))),
      ]).finally(() => clearTimeout(timer));
      if (outcome && outcome.skip) record(check.id, `${check.title} (${secs(t0)})`, 'skip', outcome.skip);
      else record(check.id, `${check.title} (${secs(t0)})`, 'pass', outcome?.note ?? '');
    } catch (e) {
      const shot = join(outDir, `${check.id}.png`);
      await page.screenshot({ path: shot }).catch(() => undefined);
      record(check.id, `${check.title} (${secs(t0)})`, 'fail', `${String(e?.message ?? e).slice(0, 1500)}\nscreenshot: ${shot}`);
    }
  }

  await cleanup();
  const n = (s) => results.filter((r) => r.status === s).length;
  console.log(`e2e: total ${secs(started)}`);
  console.log(`${n('pass')} passed, ${n('fail')} failed${n('skip') ? `, ${n('skip')} skipped` : ''}`);
  return n('fail') === 0 && results.length > 0 ? 0 : 1;
}

main()
  .then((code) => {
    clearTimeout(watchdog);
    process.exit(code);
  })
  .catch(async (e) => {
    console.error(`e2e: ${e?.stack ?? e}`);
    await cleanup();
    console.log('0 passed, 1 failed');
    process.exit(1);
  });
