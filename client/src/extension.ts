// The VS Code side: starts the bundled language server and registers commands.
import * as path from 'node:path';
import { commands, window, workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('server', 'out', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'iptables' },
      { scheme: 'untitled', language: 'iptables' },
    ],
    synchronize: { configurationSection: 'iptables', fileEvents: workspace.createFileSystemWatcher('**/*.{rules,v4,v6,iptables,ipt}') },
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
