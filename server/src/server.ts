// Wiring only: LSP requests in, feature functions out. Speaks --stdio or --node-ipc.
import './heapFlags';
import {
  createConnection,
  DidChangeConfigurationNotification,
  FileChangeType,
  LSPErrorCodes,
  type CancellationToken,
  type RequestMessage,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { toDiagnostics } from './features/diagnostics';
import { hover } from './features/hover';
import { definition } from './features/definition';
import { references } from './features/references';
import { prepareRename, rename } from './features/rename';
import { documentHighlight } from './features/highlight';
import { documentSymbols } from './features/symbols';
import { workspaceSymbols } from './features/workspaceSymbols';
import { foldingRanges } from './features/folding';
import { codeActions } from './features/codeActions';
import { completionList, resolveCompletion } from './features/completion';
import { defaultSettings, readSettings, type Settings } from './settings';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AnalysisCache } from './workspace/analysisCache';
import { WorkspaceIndex } from './workspace/workspaceIndex';
import manifest from '../../package.json';

// A request the client cancelled while it still waited in the queue (typing during a
// long analysis) is answered at once as cancelled instead of being computed.
const connection = createConnection(ProposedFeatures.all, {
  cancelUndispatched: (message) => ({
    jsonrpc: '2.0',
    id: (message as RequestMessage).id,
    error: { code: LSPErrorCodes.RequestCancelled, message: 'cancelled before it started' },
  }),
});
const documents = new TextDocuments(TextDocument);
let settings: Settings = defaultSettings;
let canPullConfiguration = false;
const index = new WorkspaceIndex();
const cache = new AnalysisCache(() => settings.family, index);
let workspaceFolders: string[] = [];
// Another file's chains changed: the other open documents' diagnostics may change too.
cache.onIndexChanged = (uri) => {
  for (const doc of documents.all()) if (doc.uri !== uri) schedule(doc.uri, 300);
};

/** Diagnostics wait for a pause in typing; each document has its own timer. */
const diagnosticDelayMs = 120;
/** See onDidChangeContent: long enough for a request sent with a keystroke to come in first. */
const quickPatchDelayMs = 20;
const pending = new Map<string, ReturnType<typeof setTimeout>>();

function publish(uri: string): void {
  const doc = documents.get(uri);
  if (!doc) return;
  const version = doc.version;
  try {
    const { findings } = cache.get(doc);
    connection.sendDiagnostics({ uri, version, diagnostics: toDiagnostics(findings, uri, settings.severity) });
  } catch (e) {
    connection.console.error(`iptables: analysis of ${uri} failed: ${(e as Error).stack ?? e}`);
  }
}

/** A request answered without the pending patch: the patch waits for the next pause, so the answer goes out first. */
function postpone(uri: string): void {
  if (pending.has(uri)) schedule(uri);
}

/** Runs `run` (publishing, unless said) for the document after `delay`, in place of whatever was pending for it. */
function schedule(uri: string, delay = diagnosticDelayMs, run: (uri: string) => void = publish): void {
  cancel(uri);
  pending.set(uri, setTimeout(() => {
    pending.delete(uri);
    run(uri);
  }, delay));
}

function cancel(uri: string): void {
  const t = pending.get(uri);
  if (t) clearTimeout(t);
  pending.delete(uri);
}

/** Runs a feature against the current analysis; a failure answers null instead of killing the server. */
function withAnalysis<T>(uri: string, feature: (a: ReturnType<AnalysisCache['get']>) => T, token?: CancellationToken, quickly?: (doc: TextDocument) => T | undefined): T | null {
  const doc = documents.get(uri);
  if (!doc || token?.isCancellationRequested) return null;
  try {
    const quick = quickly?.(doc);
    if (quick !== undefined && quick !== null) {
      postpone(uri);
      return quick;
    }
    return feature(cache.get(doc));
  } catch (e) {
    connection.console.error(`iptables: request on ${uri} failed: ${(e as Error).stack ?? e}`);
    return null;
  }
}

connection.onInitialize((params): InitializeResult => {
  canPullConfiguration = params.capabilities.workspace?.configuration === true;
  const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  workspaceFolders = folders.filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u));
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      renameProvider: { prepareProvider: true },
      documentHighlightProvider: true,
      documentSymbolProvider: true,
      workspaceSymbolProvider: true,
      foldingRangeProvider: true,
      codeActionProvider: { codeActionKinds: ['quickfix'] },
      completionProvider: { resolveProvider: true, triggerCharacters: [' ', '-', ',', '*', ':', '='] },
    },
    serverInfo: { name: 'iptables-language-server', version: manifest.version },
  };
});

connection.onInitialized(async () => {
  // Index the other iptables files of the workspace (read only) for chains they declare, a file
  // per turn so that documents opened meanwhile are answered; then they may see other chains.
  index.scanInTurns(workspaceFolders, () => new Promise((resolve) => setTimeout(resolve, 0))).then(
    (changed) => {
      if (changed) for (const doc of documents.all()) schedule(doc.uri, 0);
    },
    (e) => connection.console.warn(`iptables: could not index the workspace: ${(e as Error).message}`),
  );
  if (canPullConfiguration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'iptables' }).catch(() => undefined);
    await refreshSettings();
  }
});

async function refreshSettings(pushed?: unknown): Promise<void> {
  let next: Settings;
  try {
    const raw = pushed ?? (canPullConfiguration ? await connection.workspace.getConfiguration('iptables') : undefined);
    next = readSettings(raw);
  } catch {
    next = defaultSettings;
  }
  // The first pull usually finds the defaults the open documents were analysed with: nothing to redo.
  if (JSON.stringify(next) === JSON.stringify(settings)) return;
  settings = next;
  cache.clear();
  for (const doc of documents.all()) schedule(doc.uri, 0);
}

connection.onDidChangeConfiguration((change) => {
  const pushed = (change.settings as Record<string, unknown> | undefined)?.iptables;
  void refreshSettings(canPullConfiguration ? undefined : pushed);
});

connection.onHover((params, token) => withAnalysis(params.textDocument.uri, ({ model }) => hover(model, params.position, { detail: settings.hoverDetail }), token));

connection.onDefinition((p, token) => withAnalysis(p.textDocument.uri, ({ model }) => definition(model, p.textDocument.uri, p.position), token));
connection.onReferences((p, token) => withAnalysis(p.textDocument.uri, ({ model }) => references(model, p.textDocument.uri, p.position, p.context), token));
connection.onDocumentHighlight((p, token) => withAnalysis(p.textDocument.uri, ({ model }) => documentHighlight(model, p.textDocument.uri, p.position), token));
connection.onDocumentSymbol((p, token) => withAnalysis(p.textDocument.uri, ({ model }) => documentSymbols(model), token));
connection.onFoldingRanges((p, token) => withAnalysis(p.textDocument.uri, ({ model }) => foldingRanges(model), token));
connection.onWorkspaceSymbol((p) => workspaceSymbols(documents.all().map((doc) => ({ uri: doc.uri, model: cache.get(doc).model })), p.query));
connection.onCompletion((p, token) =>
  withAnalysis(p.textDocument.uri, ({ model }) => completionList(model, p.position), token, (doc) => {
    // While a line of a big dump is typed, the last analysis and the current line answer at once.
    const typing = cache.typingView(doc, p.position.line);
    return typing && completionList(typing, p.position);
  }),
);
connection.onCompletionResolve((item) => resolveCompletion(item));
connection.onCodeAction((p, token) =>
  withAnalysis(p.textDocument.uri, ({ model, findings }) => codeActions(model, findings, p.textDocument.uri, p.context.diagnostics), token),
);
// Rename refusals are ResponseErrors with a message for the user: let them through.
connection.onPrepareRename((p) => {
  const doc = documents.get(p.textDocument.uri);
  return doc ? prepareRename(cache.get(doc).model, p.textDocument.uri, p.position) : null;
});
connection.onRenameRequest((p) => {
  const doc = documents.get(p.textDocument.uri);
  return doc ? rename(cache.get(doc).model, p.textDocument.uri, p.position, p.newName) : null;
});

connection.onDidChangeWatchedFiles((change) => {
  const before = index.generation;
  for (const c of change.changes) {
    if (documents.get(c.uri) || !c.uri.startsWith('file:')) continue; // open documents are indexed from the editor's text
    try {
      if (c.type === FileChangeType.Deleted) index.remove(c.uri);
      else index.update(c.uri, readFileSync(fileURLToPath(c.uri), 'utf8'));
    } catch {
      index.remove(c.uri);
    }
  }
  // Saving a file without touching its chains (the usual case) changes nothing for the others.
  if (index.generation === before) return;
  for (const doc of documents.all()) schedule(doc.uri, 300);
});

// The library reports an opening as a change too. A document not analysed yet is
// analysed at once; typing inside one rule is re-checked at once (a few
// milliseconds); other edits wait for a pause in typing. In a big document the
// quick patch waits a moment (quickPatchDelayMs), so that a request sent with the
// keystroke (completion) is answered first, from the typing view, and the patch
// waits for the next pause (postpone).
documents.onDidChangeContent((e) => {
  const uri = e.document.uri;
  if (!cache.has(uri)) return schedule(uri, 0);
  if (cache.isBig(uri)) schedule(uri, quickPatchDelayMs, patchOrWait);
  else patchOrWait(uri);
});

/** Publishes at once if a quick patch brings the analysis up to date; else waits for a pause in typing. */
function patchOrWait(uri: string): void {
  const doc = documents.get(uri);
  if (!doc) return;
  let quick: ReturnType<AnalysisCache['patched']>;
  try {
    quick = cache.patched(doc);
  } catch (err) {
    // A half-patched analysis is not to be trusted: the next request starts over.
    cache.delete(uri);
    connection.console.error(`iptables: incremental analysis of ${uri} failed: ${(err as Error).stack ?? err}`);
  }
  if (!quick) return schedule(uri);
  cancel(uri);
  publish(uri);
}
documents.onDidClose((e) => {
  cancel(e.document.uri);
  cache.delete(e.document.uri);
  // The index goes back to what the file on disk says (or forgets an unsaved document).
  try {
    if (e.document.uri.startsWith('file:')) index.update(e.document.uri, readFileSync(fileURLToPath(e.document.uri), 'utf8'));
    else index.remove(e.document.uri);
  } catch {
    index.remove(e.document.uri);
  }
  connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});


documents.listen(connection);
connection.listen();
