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
const rule = lines.findIndex((l) => l.startsWith('-A KUBE-SERVICES'));
const policy = lines.findIndex((l) => l.startsWith(':INPUT ACCEPT'));
const chainAt = lines.findIndex((l) => l.startsWith(':KUBE-'));
let version = 1;
const change = async (sl: number, sc: number, el: number, ec: number, t: string) => {
  const t0 = performance.now();
  version++;
  await c.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: { line: sl, character: sc }, end: { line: el, character: ec } }, text: t }] });
  await client.diagnostics(uri, version, 300_000);
  return Math.round(performance.now() - t0);
};
const out: Record<string, number[]> = {};
const rec = (k: string, v: number) => (out[k] ??= []).push(v);
for (let k = 0; k < 3; k++) {
  // a new rule line typed: the chain name character by character
  rec('newline', await change(rule, 0, rule, 0, '\n'));
  let typed = '';
  for (const ch of '-A KUBE-X') { rec('type', await change(rule, typed.length, rule, typed.length, ch)); typed += ch; }
  rec('delline', await change(rule, 0, rule + 1, 0, ''));
  rec('policy', await change(policy, 7, policy, 13, k % 2 ? 'ACCEPT' : 'DROP  '.trim()));
  rec('policyback', await change(policy, 0, policy + 1, 0, lines[policy] + '\n'));
  rec('chainline', await change(chainAt, 0, chainAt, 0, ':BENCH-NEW - [0:0]\n'));
  rec('chainlinedel', await change(chainAt, 0, chainAt + 1, 0, ''));
  rec('block', await change(chainAt, 0, chainAt, 0, ':BLK - [0:0]\n-A BLK -p tcp -j ACCEPT\n'));
  rec('blockdel', await change(chainAt, 0, chainAt + 2, 0, ''));
}
for (const [k, v] of Object.entries(out)) console.log(k.padEnd(14), v.join(' '));
await client.close();
