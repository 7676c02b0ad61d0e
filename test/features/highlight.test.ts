import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DocumentHighlightKind } from 'vscode-languageserver';
import { analyzeText } from '../../server/src/analysis/analyze';
import { documentHighlight } from '../../server/src/features/highlight';
import { fixture, onlyPosition, showRange } from '../support/fixture';
import { kube, script } from '../support/samples';

const uri = 'file:///work/rules.v4';
const kindName = (k: number | undefined) => (k === DocumentHighlightKind.Write ? 'write' : k === DocumentHighlightKind.Read ? 'read' : String(k));

test('declarations are writes, every other mention a read', () => {
  const found = documentHighlight(kube.model, uri, kube.at.markMasqJump);
  assert.deepEqual(found.map((h) => `${kindName(h.kind)} ${showRange(kube.text, h.range)}`), [
    'write 17: :⟦KUBE-MARK-MASQ⟧ - [0:0]',
    'read 26: -A ⟦KUBE-MARK-MASQ⟧ -j MARK --set-xmark 0x4000/0x4000',
    'read 33: -A KUBE-SEP-A2B3C4D5E6F7G8H9 -s 192.168.1.10/32 -j ⟦KUBE-MARK-MASQ⟧',
    'read 35: -A KUBE-SEP-Z9Y8X7W6V5U4T3S2 -s 192.168.1.11/32 -j ⟦KUBE-MARK-MASQ⟧',
  ]);
});

test('script: `-N` is the write, and the nat chain of the same name is not highlighted', () => {
  const found = documentHighlight(script.model, uri, script.at.natSshJump);
  assert.deepEqual(found.map((h) => `${kindName(h.kind)} ${showRange(script.text, h.range)}`), [
    'write 8: iptables -t nat -N ⟦SSH⟧',
    'read 9: iptables -t nat -A PREROUTING -p tcp --dport 2222 -j ⟦SSH⟧',
    'read 10: iptables -t nat -A ⟦SSH⟧ -p tcp -j DNAT --to-destination 10.0.0.2:22',
  ]);
});

test('nothing on a comment or an option', () => {
  for (const marked of ['# ‸FOO\n*filter\n:FOO -\nCOMMIT\n', '*filter\n:FOO -\n-A FOO -p tcp --dp‸ort 22\nCOMMIT\n']) {
    const f = fixture(marked);
    assert.deepEqual(documentHighlight(analyzeText(f.text).model, uri, onlyPosition(f)), [], marked);
  }
});
