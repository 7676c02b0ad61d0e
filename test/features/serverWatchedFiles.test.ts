// The bundled server: its reported version is the package's, and a watched
// file event re-checks the open documents only when some file's chains changed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawn } from 'node:child_process';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import type { InitializeResult } from 'vscode-languageserver-protocol';
import manifest from '../../package.json';
import { builtServer, needsBuild } from '../support/build';
import { startServer } from '../lsp/client';

const skip = needsBuild(builtServer);

test('the server reports the version of package.json', { skip }, async () => {
  const child = spawn(process.execPath, [builtServer, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  connection.listen();
  try {
    const result = (await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} })) as InitializeResult;
    assert.equal(result.serverInfo?.version, manifest.version);
  } finally {
    connection.dispose();
    child.kill();
  }
});

test('a watched file event re-checks open documents only when chains changed', { skip }, async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'iptables-watch-'));
  const other = path.join(dir, 'web.rules');
  const otherUri = pathToFileURL(other).toString();
  const uri = pathToFileURL(path.join(dir, 'rules.v4')).toString();
  const client = await startServer();
  try {
    const text = '*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -j WEB\nCOMMIT\n';
    client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'iptables', version: 1, text } });
    const first = await client.diagnostics(uri, 1);
    assert.ok(first.diagnostics.some((d) => d.code === 'unknown-target'));

    // Another file now declares WEB: the open document is checked again and the finding goes.
    writeFileSync(other, '*filter\n:WEB - [0:0]\n-A WEB -j ACCEPT\nCOMMIT\n');
    client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: otherUri, type: 1 }] });
    const second = await client.diagnostics(uri, 1);
    assert.ok(!second.diagnostics.some((d) => d.code === 'unknown-target'), JSON.stringify(second.diagnostics));

    // Saved again with another rule but the same chains: nothing to re-check.
    writeFileSync(other, '*filter\n:WEB - [0:0]\n-A WEB -j DROP\nCOMMIT\n');
    client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: otherUri, type: 2 }] });
    await assert.rejects(client.diagnostics(uri, 1, 1200), /no diagnostics/);
  } finally {
    await client.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
