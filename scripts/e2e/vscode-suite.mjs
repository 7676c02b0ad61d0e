// Runs the desktop suites (test/vscode/suite, bundled by test/vscode/runTest.ts into
// test-output/vscode/suite) in a real VS Code extension host without downloading VS Code:
// code-server's own, started with this repo as the extension under development
// (the workbench URL's `payload` carries extensionDevelopmentPath and extensionTestsPath).
// Used by `npm run test:vscode -- --code-server`. Prints the suite's lines and a summary; exit 1 on failure.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { prepareProfile, startCodeServer } from './codeServer.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const testsEntry = join(root, 'test-output/vscode/suite/index.js');
const tag = 'iptables-vscode-suite:';
const timeoutMs = 180_000;

async function main() {
  if (!existsSync(testsEntry)) throw new Error(`${testsEntry} is missing: run it through npm run test:vscode -- --code-server`);
  const install = spawnSync('bash', [join(root, 'scripts/e2e/install.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (install.status !== 0) throw new Error('scripts/e2e/install.sh failed');
  const entry = install.stdout.trim().split('\n').pop();

  const tmp = mkdtempSync(join(tmpdir(), 'iptables-vscode-suite-'));
  const profile = prepareProfile(tmp);
  const ws = join(tmp, 'workspace');
  cpSync(join(root, 'test/e2e/fixtures'), ws, { recursive: true });
  const server = await startCodeServer(entry, profile);
  const browser = await chromium.launch({
    executablePath: process.env.E2E_CHROMIUM ?? '/usr/bin/chromium',
    env: profile.env, // XDG_* in the temp dir: chromium writes crash reports under ~/.config otherwise
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage();
    let summary = null;
    let failures = 0;
    const done = new Promise((resolveDone) => {
      page.on('console', (m) => {
        const text = m.text();
        const at = text.indexOf(tag);
        if (at < 0) return;
        const line = text.slice(at + tag.length).trim();
        console.log(line);
        if (line.startsWith('FAIL ')) failures++;
        if (/^\d+ passed, \d+ failed$/.test(line)) {
          summary = line;
          resolveDone();
        }
      });
      // The workbench closes the page when the test run ends, also when index.js throws before the summary.
      page.on('close', resolveDone);
      setTimeout(resolveDone, timeoutMs);
    });
    const host = new URL(server.url).host;
    const payload = JSON.stringify([
      ['extensionDevelopmentPath', `vscode-remote://${host}${root}`],
      ['extensionTestsPath', `vscode-remote://${host}${testsEntry}`],
    ]);
    await page.goto(`${server.url}/?folder=${encodeURIComponent(ws)}&payload=${encodeURIComponent(payload)}`);
    await done;
    if (!summary) {
      console.log(`no summary from the extension host within ${timeoutMs / 1000}s`);
      return 1;
    }
    return failures === 0 && !/ 0 passed/.test(` ${summary}`) ? 0 : 1;
  } finally {
    await browser.close().catch(() => undefined);
    await server.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`vscode-suite: ${e?.stack ?? e}`);
    process.exit(1);
  },
);
