import { readFileSync } from 'node:fs';
import { startServer } from './test/lsp/client';
import { serverExecArgv } from './client/src/serverFlags';
(async () => {
  const text = readFileSync('/tmp/perf/kube-proxy-50000.rules', 'utf8');
  const client = await startServer({}, ['--cpu-prof', '--cpu-prof-dir=/tmp/perf/srv', ...serverExecArgv]);
  const uri = 'file:///bench/x.v4';
  const c = client.connection;
  const t0 = performance.now();
  await c.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'iptables', version: 1, text } });
  await client.diagnostics(uri, 1, 300_000);
  console.log('open', (performance.now() - t0).toFixed(0));
  await client.close();
})();
