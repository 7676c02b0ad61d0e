// Completion through VS Code's command, in an untitled iptables document.
import assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { activate, until } from './helpers';

suite('completion', () => {
  test('after "-m " the match modules are offered', async () => {
    const content = '*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -p tcp -m \nCOMMIT\n';
    const doc = await vscode.workspace.openTextDocument({ language: 'iptables', content });
    await vscode.window.showTextDocument(doc);
    await activate();
    const pos = new vscode.Position(2, '-A INPUT -p tcp -m '.length);
    const labels = await until(async () => {
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, pos);
      const names = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
      return names.includes('conntrack') ? names : undefined;
    }, 'conntrack among the completions');
    assert.ok(labels.includes('multiport') && labels.includes('comment'), labels.slice(0, 30).join(', '));
  });
});
