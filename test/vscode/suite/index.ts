// Loaded by @vscode/test-electron (or code-server, see scripts/e2e/vscode-suite.mjs) inside the VS Code
// extension host: runs every *.vscode.js suite bundled next to this file with mocha's tdd interface.
// Besides mocha's own report it logs one plain "iptables-vscode-suite:" line per test and a summary,
// which the code-server runner reads from the browser console.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

const tag = 'iptables-vscode-suite:';

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 20_000 });
  for (const name of readdirSync(__dirname).filter((n) => n.endsWith('.vscode.js')).sort()) {
    mocha.addFile(join(__dirname, name));
  }
  await mocha.loadFilesAsync();
  let passed = 0;
  const failed: string[] = [];
  await new Promise<void>((resolve) => {
    const runner = mocha.run(() => resolve());
    runner.on('pass', (t) => {
      passed++;
      console.log(`${tag} PASS ${t.fullTitle()}`);
    });
    runner.on('fail', (t, err: Error) => {
      failed.push(t.fullTitle());
      console.log(`${tag} FAIL ${t.fullTitle()}: ${err?.message ?? err}`);
    });
  });
  console.log(`${tag} ${passed} passed, ${failed.length} failed`);
  if (failed.length > 0) throw new Error(`${failed.length} VS Code test(s) failed: ${failed.join('; ')}`);
}
