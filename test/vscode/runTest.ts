// Desktop VS Code suite (npm run test:vscode): bundles test/vscode/suite/*.ts, downloads VS Code with
// @vscode/test-electron and runs the suites in its extension host against this extension.
// Without internet the download fails: then it says so and exits 0 (skipped, not failed).
// Environment: VSCODE_EXECUTABLE=/path/to/code uses an installed VS Code instead of downloading;
// VSCODE_VERSION picks the downloaded version (default: stable).
// `npm run test:vscode -- --code-server` runs the same suites offline in code-server's extension host
// (scripts/e2e/vscode-suite.mjs) instead of a downloaded desktop VS Code.
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { build } from 'esbuild';

const root = resolve(__dirname, '../..');
const suiteDir = join(root, 'test/vscode/suite');
const outDir = join(root, 'test-output/vscode/suite');

async function bundleSuites(): Promise<void> {
  rmSync(outDir, { recursive: true, force: true });
  const entryPoints = readdirSync(suiteDir)
    .filter((n) => n === 'index.ts' || n.endsWith('.vscode.ts'))
    .map((n) => join(suiteDir, n));
  await build({
    entryPoints,
    outdir: outDir,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    // vscode is given by the extension host; mocha must be the one instance index.ts configures.
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
}

async function vscodeExecutable(): Promise<string | undefined> {
  if (process.env.VSCODE_EXECUTABLE) return process.env.VSCODE_EXECUTABLE;
  try {
    return await downloadAndUnzipVSCode({ version: process.env.VSCODE_VERSION ?? 'stable', cachePath: join(root, '.vscode-test') });
  } catch (e) {
    const reason = (e as Error).message?.split('\n')[0] ?? String(e);
    console.log(`test:vscode SKIPPED: VS Code could not be downloaded (${reason}).`);
    console.log('  This suite needs internet access to fetch VS Code, or VSCODE_EXECUTABLE=/path/to/code.');
    console.log('  To run these suites offline in code-server\'s extension host: npm run test:vscode -- --code-server');
    return undefined;
  }
}

async function main(): Promise<number> {
  const built = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) return 1;
  await bundleSuites();
  if (process.argv.includes('--code-server')) {
    const r = spawnSync(process.execPath, [join(root, 'scripts/e2e/vscode-suite.mjs')], { cwd: root, stdio: 'inherit' });
    return r.status ?? 1;
  }
  const executable = await vscodeExecutable();
  if (!executable) return 0;
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.log('test:vscode: no display; on a headless Linux machine run it under `xvfb-run -a npm run test:vscode`.');
  }

  // The suites open a throw-away copy of the e2e fixtures as their workspace folder.
  const tmp = mkdtempSync(join(tmpdir(), 'iptables-vscode-test-'));
  const workspace = join(tmp, 'workspace');
  cpSync(join(root, 'test/e2e/fixtures'), workspace, { recursive: true });
  try {
    await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: root,
      extensionTestsPath: join(outDir, 'index.js'),
      launchArgs: [
        workspace,
        '--disable-extensions', // only this extension, under development
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        `--user-data-dir=${join(tmp, 'user-data')}`,
        `--extensions-dir=${join(tmp, 'extensions')}`,
      ],
    });
    console.log('test:vscode passed');
    return 0;
  } catch (e) {
    console.error(`test:vscode FAILED: ${(e as Error).message ?? e}`);
    return 1;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

void main().then((code) => process.exit(code));
