// Completion says where a module works in the same words as the checks, and asks
// for a module's protocol only in the family that needs it (ah: IPv4 only).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CompletionItem, MarkupContent } from 'vscode-languageserver';
import { analyzeText } from '../../server/src/analysis/analyze';
import { completion, resolveCompletion } from '../../server/src/features/completion';
import { fixture, onlyPosition } from '../support/fixture';

function item(marked: string, label: string, fileName: string): string {
  const f = fixture(marked);
  const found = completion(analyzeText(f.text, { fileName }).model, onlyPosition(f)).find((i) => i.label === label) as CompletionItem;
  assert.ok(found, `no ${label}`);
  const resolved = found.documentation ? found : resolveCompletion(found);
  return (resolved.documentation as MarkupContent).value;
}

test('a target refused here names the places it works in, as the checks word them', () => {
  const doc = item('*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -j ‸\nCOMMIT\n', 'MASQUERADE', 'rules.v4');
  assert.match(doc, /It works only in nat POSTROUTING\./);
});

test('ah asks for -p ah in IPv4 rules, not in IPv6 ones', () => {
  const v4 = item('*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -m ‸\nCOMMIT\n', 'ah', 'rules.v4');
  const v6 = item('*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -m ‸\nCOMMIT\n', 'ah', 'rules.v6');
  assert.match(v4, /Needs `-p ah`/);
  assert.doesNotMatch(v6, /Needs `-p ah`/);
});
