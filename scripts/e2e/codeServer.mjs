// Starts and stops code-server (real VS Code 1.100 served to a browser) for the e2e run.
// Every folder it writes to lives in one temp dir, so runs never touch $HOME or each other.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync, openSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** Asks the kernel for a free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Folders and environment shared by --install-extension and the server itself. */
export function prepareProfile(tmp) {
  const dirs = {
    userData: join(tmp, 'user-data'),
    extensions: join(tmp, 'extensions'),
    xdg: join(tmp, 'xdg'),
    logs: join(tmp, 'logs'),
  };
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
  for (const sub of ['config', 'data', 'cache', 'state']) mkdirSync(join(dirs.xdg, sub), { recursive: true });
  // User settings: quiet, predictable workbench; no trust prompt, no network chatter.
  mkdirSync(join(dirs.userData, 'User'), { recursive: true });
  writeFileSync(
    join(dirs.userData, 'User', 'settings.json'),
    JSON.stringify(
      {
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'extensions.ignoreRecommendations': true,
        'security.workspace.trust.enabled': false,
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.enableExperiments': false,
        'workbench.welcomePage.walkthroughs.openOnInstall': false,
        'workbench.colorTheme': 'Default Dark Modern',
        'chat.commandCenter.enabled': false,
        'editor.minimap.enabled': false,
        'editor.stickyScroll.enabled': false,
        'editor.hover.delay': 200,
        'editor.quickSuggestionsDelay': 10,
        // Only the language server's suggestions: words from open files would hide a missing provider.
        'editor.wordBasedSuggestions': 'off',
        'editor.accessibilitySupport': 'off',
        'files.autoSave': 'off',
        'outline.collapseItems': 'alwaysExpand',
        'git.enabled': false,
        'npm.autoDetect': 'off',
      },
      null,
      2,
    ),
  );
  const env = {
    ...process.env,
    XDG_CONFIG_HOME: join(dirs.xdg, 'config'),
    XDG_DATA_HOME: join(dirs.xdg, 'data'),
    XDG_CACHE_HOME: join(dirs.xdg, 'cache'),
    XDG_STATE_HOME: join(dirs.xdg, 'state'),
    // code-server reads these too; none of them may leak in from the caller's shell.
    PASSWORD: '',
    HASHED_PASSWORD: '',
    VSCODE_PROXY_URI: '',
  };
  return { dirs, env };
}

function commonArgs(profile) {
  return ['--config', '/dev/null', '--user-data-dir', profile.dirs.userData, '--extensions-dir', profile.dirs.extensions];
}

/** `code-server --install-extension FILE.vsix` into the profile; throws with its output on failure. */
export function installExtension(entry, profile, vsix) {
  const r = spawnSync(process.execPath, [entry, ...commonArgs(profile), '--install-extension', vsix], {
    env: profile.env,
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (r.status !== 0) throw new Error(`--install-extension failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** Starts code-server on a free port and waits for /healthz; returns its URL and a stop function. */
export async function startCodeServer(entry, profile, { timeoutMs = 60_000 } = {}) {
  const port = await freePort();
  const log = openSync(join(profile.dirs.logs, 'code-server.log'), 'a');
  const child = spawn(
    process.execPath,
    [
      entry,
      ...commonArgs(profile),
      '--bind-addr', `127.0.0.1:${port}`,
      '--auth', 'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--disable-proxy',
      '--ignore-last-opened',
    ],
    { env: profile.env, stdio: ['ignore', log, log] },
  );
  let exited = null;
  child.on('exit', (code, signal) => (exited = { code, signal }));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited) throw new Error(`code-server exited early (${JSON.stringify(exited)}); see ${join(profile.dirs.logs, 'code-server.log')}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`code-server did not answer /healthz within ${timeoutMs} ms`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const stop = async () => {
    if (exited) return;
    child.kill('SIGTERM');
    const gone = new Promise((r) => child.once('exit', r));
    const timer = new Promise((r) => setTimeout(r, 5000, 'timeout'));
    if ((await Promise.race([gone, timer])) === 'timeout') child.kill('SIGKILL');
  };
  return { url, port, pid: child.pid, stop };
}
