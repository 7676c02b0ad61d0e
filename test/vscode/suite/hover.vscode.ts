// Hover through VS Code's own command, as the editor asks for it.
import assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { hoverText, open, positionOf, until } from './helpers';

async function hoverAt(doc: vscode.TextDocument, needle: string, offset: number): Promise<string> {
  const pos = positionOf(doc, needle, offset);
  return until(async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos);
    return hoverText(hovers ?? []).trim() || undefined;
  }, `a hover at ${needle}`);
}

suite('hover', () => {
  test('MASQUERADE: explains it uses the address of the outgoing interface', async () => {
    const doc = await open('rules.v4');
    const text = await hoverAt(doc, '! -o docker0 -j MASQUERADE', '! -o docker0 -j MAS'.length);
    assert.match(text, /MASQUERADE/);
    assert.match(text, /address/i);
    assert.match(text, /interface/i);
  });

  test('! before -d: explains the negation', async () => {
    const doc = await open('rules.v4');
    const text = await hoverAt(doc, '-A OUTPUT ! -d', '-A OUTPUT '.length);
    assert.match(text, /\bnot\b/i);
  });

  test('no hover on a comment line', async () => {
    const doc = await open('rules.v4');
    // The server does answer for this document, so an empty answer below is its choice.
    assert.match(await hoverAt(doc, '! -o docker0 -j MASQUERADE', '! -o docker0 -j MAS'.length), /MASQUERADE/);
    const pos = positionOf(doc, '# A kube-proxy node', 4);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos);
    assert.equal(hoverText(hovers ?? []).trim(), '');
  });
});
