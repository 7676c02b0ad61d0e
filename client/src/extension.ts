// The VS Code side: starts the bundled language server and registers commands.
import * as path from 'node:path';
import { commands, languages, window, workspace, type ExtensionContext, type TextDocument } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { serverExecArgv } from './serverFlags';

let client: LanguageClient | undefined;

/**
 * VS Code gives a `.txt` file's extension priority over our first-line pattern;
 * a plain-text document that starts like an iptables-save dump is switched here.
 */
interface LanguageContribution {
  firstLine?: string;
  extensions?: string[];
  filenames?: string[];
}

/** Our language as package.json declares it: the one list of names, extensions and first line. */
function contribution(context: ExtensionContext): LanguageContribution {
  return (context.extension.packageJSON as { contributes?: { languages?: LanguageContribution[] } }).contributes?.languages?.[0] ?? {};
}

function adoptDumps(context: ExtensionContext): void {
  const pattern = contribution(context).firstLine;
  if (!pattern) return;
  const firstLine = new RegExp(pattern);
  const adopt = (doc: TextDocument): void => {
    if (doc.languageId === 'plaintext' && doc.lineCount > 0 && firstLine.test(doc.lineAt(0).text)) {
      void languages.setTextDocumentLanguage(doc, 'iptables');
    }
  };
  workspace.textDocuments.forEach(adopt);
  context.subscriptions.push(workspace.onDidOpenTextDocument(adopt));
}

/** A glob of every iptables file name and extension: the files whose chains the server indexes. */
function watchedFiles(language: LanguageContribution): string {
  const names = [...(language.extensions ?? []).map((e) => `*${e}`), ...(language.filenames ?? [])];
  return `**/{${names.join(',')}}`;
}

export async function activate(context: ExtensionContext): Promise<void> {
  adoptDumps(context);
  const module = context.asAbsolutePath(path.join('server', 'out', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...serverExecArgv] } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...serverExecArgv, '--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'iptables' },
      { scheme: 'untitled', language: 'iptables' },
    ],
    synchronize: { configurationSection: 'iptables', fileEvents: workspace.createFileSystemWatcher(watchedFiles(contribution(context))) },
  };
  client = new LanguageClient('iptables', 'iptables Language Server', serverOptions, clientOptions);
  context.subscriptions.push(
    commands.registerCommand('iptables.restartServer', async () => {
      await client?.restart();
      window.setStatusBarMessage('iptables language server restarted', 3000);
    }),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
