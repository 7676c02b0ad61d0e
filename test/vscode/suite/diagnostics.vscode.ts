// Diagnostics and quick fixes as VS Code receives them from the language server.
import assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { codeOf, open, positionOf, until } from './helpers';

suite('diagnostics', () => {
  test('broken.rules: -j NOPE is an unknown-target error on NOPE', async () => {
    const doc = await open('broken.rules');
    const diags = await until(() => {
      const d = vscode.languages.getDiagnostics(doc.uri).filter((x) => x.source === 'iptables');
      return d.length ? d : undefined;
    }, 'diagnostics');
    const nope = diags.find((d) => doc.getText(d.range) === 'NOPE');
    assert.ok(nope, JSON.stringify(diags.map((d) => [codeOf(d), d.message])));
    assert.equal(codeOf(nope), 'unknown-target');
    assert.equal(nope.severity, vscode.DiagnosticSeverity.Error);
    assert.deepEqual(nope.range.start, positionOf(doc, 'NOPE'));
  });

  test('rules.v4 (a clean kube-proxy dump) has no problems', async () => {
    const doc = await open('rules.v4');
    // Give the server time to publish, then expect an empty list.
    await new Promise((r) => setTimeout(r, 1500));
    assert.deepEqual(vscode.languages.getDiagnostics(doc.uri).map((d) => `${codeOf(d)}: ${d.message}`), []);
  });

  test('a quick fix is offered for the ACCPET line', async () => {
    const doc = await open('broken.rules');
    const pos = positionOf(doc, 'ACCPET', 2);
    const actions = await until(async () => {
      const r = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, new vscode.Range(pos, pos), vscode.CodeActionKind.QuickFix.value);
      return r?.length ? r : undefined;
    }, 'code actions');
    assert.ok(actions.every((a) => a.edit), 'each quick fix carries its edit');
  });
});
