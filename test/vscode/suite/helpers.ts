// Shared by the extension-host suites: open fixture files, find positions, wait for the server.
import * as vscode from 'vscode';

export const extensionId = 'iptables-language.iptables-language';

/** Activates the extension (the language client starts the server) once per run. */
export async function activate(): Promise<void> {
  const ext = vscode.extensions.getExtension(extensionId);
  if (!ext) throw new Error(`extension ${extensionId} is not loaded`);
  await ext.activate();
}

/** Opens a file of the workspace folder (a copy of test/e2e/fixtures) in an editor. */
export async function open(name: string): Promise<vscode.TextDocument> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('runTest.ts opens the fixture folder as the workspace');
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, name));
  await vscode.window.showTextDocument(doc);
  await activate();
  return doc;
}

/** Position of the first `needle` in the document, moved `offset` characters into it. */
export function positionOf(doc: vscode.TextDocument, needle: string, offset = 0): vscode.Position {
  const at = doc.getText().indexOf(needle);
  if (at < 0) throw new Error(`${needle} is not in ${doc.uri.fsPath}`);
  return doc.positionAt(at + offset);
}

/** Polls until `probe` returns something truthy; the language server answers asynchronously. */
export async function until<T>(probe: () => T | undefined | Promise<T | undefined>, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Plain text of hover contents, whatever shape the provider returned. */
export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

/** A diagnostic's code as a string ({ value, target } codes included). */
export function codeOf(d: vscode.Diagnostic): string {
  const c = d.code;
  return typeof c === 'object' && c !== null ? String(c.value) : String(c ?? '');
}
