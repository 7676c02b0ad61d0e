// A minimal LSP client over stdio for tests: starts the bundled server and speaks JSON-RPC to it.
import { spawn, type ChildProcess } from 'node:child_process';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-languageserver-protocol/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { builtServer } from '../support/build';

export interface TestClient {
  connection: MessageConnection;
  process: ChildProcess;
  /** Resolves with the next diagnostics published for `uri` (optionally of at least `version`). */
  diagnostics(uri: string, version?: number, timeoutMs?: number): Promise<PublishDiagnosticsParams>;
  stderr(): string;
  close(): Promise<void>;
}

/** `rootUri`: the workspace folder the server is started in (none when null). */
export async function startServer(initializationOptions: unknown = {}, execArgv: readonly string[] = [], rootUri: string | null = null): Promise<TestClient> {
  const child = spawn(process.execPath, [...execArgv, builtServer, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const published = new Map<string, PublishDiagnosticsParams[]>();
  const waiters: Array<{ uri: string; version?: number; resolve: (p: PublishDiagnosticsParams) => void }> = [];
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    const w = waiters.findIndex((x) => x.uri === p.uri && (x.version === undefined || (p.version ?? 0) >= x.version));
    if (w >= 0) waiters.splice(w, 1)[0].resolve(p);
    else published.set(p.uri, [...(published.get(p.uri) ?? []), p]);
  });
  connection.onRequest('workspace/configuration', () => [{}]);
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri,
    workspaceFolders: rootUri === null ? null : [{ uri: rootUri, name: 'workspace' }],
    capabilities: { workspace: { configuration: true }, textDocument: { hover: { contentFormat: ['markdown'] }, rename: { prepareSupport: true } } },
    initializationOptions,
  });
  connection.sendNotification('initialized', {});
  return {
    connection,
    process: child,
    diagnostics(uri, version, timeoutMs = 10_000) {
      const queued = published.get(uri)?.find((p) => version === undefined || (p.version ?? 0) >= version);
      if (queued) {
        published.set(uri, published.get(uri)!.filter((p) => p !== queued));
        return Promise.resolve(queued);
      }
      return new Promise((resolve, reject) => {
        const waiter = { uri, version, resolve: (p: PublishDiagnosticsParams) => (clearTimeout(timer), resolve(p)) };
        // A waiter that timed out must not swallow the next diagnostics.
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(waiter), 1);
          reject(new Error(`no diagnostics for ${uri}; server stderr: ${stderr}`));
        }, timeoutMs);
        waiters.push(waiter);
      });
    },
    stderr: () => stderr,
    async close() {
      const exited = new Promise<void>((resolve) => {
        if (child.exitCode !== null) resolve();
        else child.once('exit', () => resolve());
      });
      try {
        await connection.sendRequest('shutdown');
        await connection.sendNotification('exit');
      } catch {
        // the server may already be gone
      }
      const timer = setTimeout(() => child.kill(), 3000);
      await exited;
      clearTimeout(timer);
      connection.dispose();
    },
  };
}
