// Settings over LSP: a document is analysed once on opening (the first settings pull
// finds the defaults it was analysed with), and a real change re-checks it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtServer, needsBuild } from '../support/build';
import { startServer } from './client';

const uri = 'file:///tmp/settings-test/rules.v4';
const text = '*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -j NOPE\nCOMMIT\n';

test('settings: one analysis on opening, another when the severity setting changes', { skip: needsBuild(builtServer) }, async () => {
  const client = await startServer();
  let severity: Record<string, string> = {};
  client.connection.onRequest('workspace/configuration', () => [{ diagnostics: { severity } }]);
  try {
    client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'iptables', version: 1, text } });
    const first = await client.diagnostics(uri, 1);
    assert.deepEqual(first.diagnostics.map((d) => [d.code, d.severity]), [['unknown-target', 1]]);
    // No second copy of the same diagnostics once the settings have been read.
    await assert.rejects(client.diagnostics(uri, 1, 800), /no diagnostics/);

    severity = { 'unknown-target': 'warning' };
    client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const second = await client.diagnostics(uri, 1);
    assert.deepEqual(second.diagnostics.map((d) => [d.code, d.severity]), [['unknown-target', 2]]);
  } finally {
    await client.close();
  }
});
