import { readFileSync } from 'node:fs';
import { startServer } from './test/lsp/client';
import { serverExecArgv } from './client/src/serverFlags';
const n = Number(process.argv[2] ?? 50000);
const text = readFileSync(`/tmp/perf/kube-proxy-${n}.rules`, 'utf8');
const client = await startServer({}, serverExecArgv);
const uri = 'file:///bench/x.v4';
const c = client.connection;
await c.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'iptables', version: 1, text } });
await client.diagnostics(uri, 1, 300_000);
const lines = text.split('\n');
const at = lines.map((l, i) => (l.startsWith('-A ') ? i : -1)).filter((i) => i >= 0);
const line = at[Math.floor(at.length / 2)];
let version = 1;
const change = async (start: number, end: number, t: string) => {
  const t0 = performance.now();
  version++;
  await c.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: { line: start, character: 0 }, end: { line: end, character: 0 } }, text: t }] });
  await client.diagnostics(uri, version, 300_000);
  return Math.round(performance.now() - t0);
};
const adds: number[] = [], dels: number[] = [];
for (let k = 0; k < 10; k++) {
  adds.push(await change(line, line, `-A INPUT -p tcp --dport ${2223 + k} -j KUBE-MARK-MASQ\n`));
  dels.push(await change(line, line + 1, ''));
}
console.log('add', adds.join(' '), 'del', dels.join(' '));
await client.close();
