// Definition, references, rename and document symbols of chains, through VS Code's commands.
import assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { open, positionOf, until } from './helpers';

const svc = 'KUBE-SVC-NPX46M4PTMTKRN6Y';

/** Where a definition result points, whichever of the two shapes it came in. */
function targetOf(d: vscode.Location | vscode.LocationLink): { uri: vscode.Uri; range: vscode.Range } {
  return 'targetUri' in d ? { uri: d.targetUri, range: d.targetSelectionRange ?? d.targetRange } : d;
}

suite('navigation', () => {
  test('definition of -j KUBE-SVC-... is its :KUBE-SVC-... declaration', async () => {
    const doc = await open('rules.v4');
    const from = positionOf(doc, `-j ${svc}`, 8);
    const decl = positionOf(doc, `:${svc} `, 1);
    const defs = await until(async () => {
      const r = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, from);
      return r?.length ? r : undefined;
    }, 'a definition');
    const t = targetOf(defs[0]!);
    assert.equal(t.uri.toString(), doc.uri.toString());
    assert.equal(t.range.start.line, decl.line);
  });

  test('references of a chain: the declaration and every rule that jumps to it or appends to it', async () => {
    const doc = await open('rules.v4');
    const refs = await until(async () => {
      const r = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, positionOf(doc, `:${svc}`, 3));
      return r?.length ? r : undefined;
    }, 'references');
    const lines = new Set(refs.map((r) => r.range.start.line));
    const expected = doc.getText().split('\n').flatMap((l, i) => (l.includes(svc) ? [i] : []));
    assert.deepEqual([...lines].sort((a, b) => a - b), expected);
  });

  test('rename of a chain edits every occurrence and nothing else', async () => {
    const doc = await open('rules.v4');
    const old = 'KUBE-SEP-IT2ZTR26TO4XFPTO';
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', doc.uri, positionOf(doc, `-j ${old}`, 5), 'KUBE-SEP-NEWNAME');
    const edits = edit.get(doc.uri);
    assert.equal(edits.length, doc.getText().split(old).length - 1);
    for (const e of edits) {
      assert.equal(doc.getText(e.range), old);
      assert.equal(e.newText, 'KUBE-SEP-NEWNAME');
    }
  });

  test('document symbols: tables with their chains', async () => {
    const doc = await open('rules.v4');
    const symbols = await until(async () => {
      const r = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
      return r?.length ? r : undefined;
    }, 'document symbols');
    assert.deepEqual(symbols.map((s) => s.name), ['nat', 'filter']);
    const nat = symbols[0]!.children.map((c) => c.name);
    assert.ok(nat.includes('KUBE-SERVICES') && nat.includes(svc), nat.join(', '));
  });
});
