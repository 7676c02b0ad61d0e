// A real non-VS Code client: headless Neovim 0.7 (Debian's) runs the bundled language server over
// stdio with its built-in LSP client (see neovim/lsp-check.lua) and reports what it received.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtServer, needsBuild } from '../support/build';
import { repoRoot } from '../support/corpus';

const fixture = join(import.meta.dirname, 'fixtures/nvim.rules');
const script = join(import.meta.dirname, 'neovim/lsp-check.lua');
const hasNvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' }).status === 0;
const skipReason = !hasNvim ? 'nvim is not installed (apt-get install -y neovim)' : needsBuild(builtServer) || undefined;

interface LspDiagnostic {
  range: { start: { line: number; character: number } };
  code?: string | number;
  message: string;
}
interface Report {
  attached?: boolean;
  error?: string;
  diagnostics: LspDiagnostic[];
  diagnostics_timed_out?: boolean;
  hover?: { request_error?: string; answered?: boolean; error?: string; is_null?: boolean; result?: { contents: unknown } };
  events: string[];
}

/** 0-based position of `word` in the fixture, plus `offset` characters. */
function positionOf(word: string, offset = 0): { line: number; character: number } {
  const lines = readFileSync(fixture, 'utf8').split('\n');
  const line = lines.findIndex((l) => l.includes(word));
  assert.ok(line >= 0, `${word} is in the fixture`);
  return { line, character: lines[line]!.indexOf(word) + offset };
}

/** Runs Neovim once; both tests read the same report. Killed if it outlives the deadline. */
let report: Promise<Report> | undefined;
function runNeovim(): Promise<Report> {
  report ??= new Promise<Report>((resolvePromise, reject) => {
    const tmp = mkdtempSync(join(tmpdir(), 'iptables-nvim-'));
    const out = join(tmp, 'result.json');
    const hover = positionOf('MASQUERADE', 3);
    const child = spawn('nvim', ['--headless', '-n', '-i', 'NONE', '-u', script, fixture], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        IPT_NODE: process.execPath,
        IPT_SERVER: builtServer,
        IPT_OUT: out,
        IPT_HOVER_LINE: String(hover.line),
        IPT_HOVER_CHAR: String(hover.character),
        IPT_WAIT_MS: '8000',
        // Neovim's LSP log and state go to the temp dir, not $HOME.
        XDG_CACHE_HOME: join(tmp, 'cache'),
        XDG_STATE_HOME: join(tmp, 'state'),
        XDG_DATA_HOME: join(tmp, 'data'),
        XDG_CONFIG_HOME: join(tmp, 'config'),
      },
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d));
    child.stderr.on('data', (d: Buffer) => (output += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 25_000);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      try {
        if (!existsSync(out)) throw new Error(`nvim wrote no result (exit ${code ?? signal}):\n${output}`);
        resolvePromise(JSON.parse(readFileSync(out, 'utf8')) as Report);
      } catch (e) {
        reject(e);
      } finally {
        rmSync(tmp, { recursive: true, force: true });
      }
    });
  });
  return report;
}

test('Neovim 0.7: server starts over stdio, publishes the unknown-target diagnostic, answers hover', { timeout: 40_000 }, async (t) => {
  if (skipReason) return t.skip(skipReason);
  const r = await runNeovim();
  assert.equal(r.error, undefined, `Lua error: ${r.error}\n${r.events.join('\n')}`);
  assert.equal(r.attached, true, 'buf_attach_client succeeded');
  assert.equal(r.diagnostics_timed_out, false, `no diagnostics arrived\n${r.events.join('\n')}`);
  const nope = positionOf('NOPE');
  const found = r.diagnostics.find((d) => d.code === 'unknown-target');
  assert.ok(found, `unknown-target among ${JSON.stringify(r.diagnostics.map((d) => d.code))}`);
  assert.deepEqual(found.range.start, nope, 'the diagnostic starts at NOPE');
  assert.match(found.message, /NOPE/);
  // The hover request itself must complete without an error (its text is checked below).
  assert.ok(r.hover, 'hover was requested');
  assert.equal(r.hover.request_error, undefined, `hover request failed: ${r.hover.request_error}`);
  assert.equal(r.hover.answered, true, 'the server answered the hover request');
  assert.equal(r.hover.error, undefined, `hover answered with an error: ${r.hover.error}`);
});

// Separate on purpose: this one needs the hover feature; the one above only needs the server to answer.
test('Neovim 0.7: hover text over MASQUERADE explains it (needs the hover feature)', { timeout: 40_000 }, async (t) => {
  if (skipReason) return t.skip(skipReason);
  const r = await runNeovim();
  assert.equal(r.hover?.is_null, false, 'hover returned null');
  const contents = r.hover?.result?.contents;
  const text = typeof contents === 'string' ? contents : JSON.stringify(contents ?? '');
  assert.match(text, /MASQUERADE/);
  assert.match(text, /address/i);
});
