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
    const original = doc.getText();
    const problems = (): string[] => vscode.languages.getDiagnostics(doc.uri).map((d) => `${codeOf(d)}: ${d.message}`);
    // Break the file first, so an empty list below means "checked and clean", not "never published".
    const commit = positionOf(doc, '\nCOMMIT', 1);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, commit, '-A POSTROUTING -j NOPE\n');
    assert.ok(await vscode.workspace.applyEdit(edit), 'the breaking edit applies');
    await until(() => problems().find((p) => p.startsWith('unknown-target:')), 'the unknown-target error of the inserted line');
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), original, 'undo restored the file');
    // On timeout, fall through so the assertion below names what is still reported.
    await until(() => problems().length === 0 || undefined, 'the diagnostics to clear after undo').catch(() => undefined);
    assert.deepEqual(problems(), []);
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
