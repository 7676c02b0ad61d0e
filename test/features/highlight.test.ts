import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DocumentHighlightKind } from 'vscode-languageserver';
import type { DocumentModel } from '../../server/src/analysis/model';
import { documentHighlight } from '../../server/src/features/highlight';
import type { Position } from '../../server/src/syntax/position';
import { showRange } from '../support/fixture';
import { kube, marked, script } from '../support/samples';

const uri = 'file:///work/rules.v4';
const kindName = (k: number | undefined) => (k === DocumentHighlightKind.Write ? 'write' : k === DocumentHighlightKind.Read ? 'read' : String(k));

interface Row {
  why: string;
  doc: { text: string; model: DocumentModel };
  at: Position;
  /** Each highlight as `kind line: marked line`. */
  found: string[];
}

const rows: Row[] = [
  {
    why: 'declarations are writes, every other mention a read',
    doc: kube,
    at: kube.at.markMasqJump,
    found: [
      'write 17: :⟦KUBE-MARK-MASQ⟧ - [0:0]',
      'read 26: -A ⟦KUBE-MARK-MASQ⟧ -j MARK --set-xmark 0x4000/0x4000',
      'read 33: -A KUBE-SEP-A2B3C4D5E6F7G8H9 -s 192.168.1.10/32 -j ⟦KUBE-MARK-MASQ⟧',
      'read 35: -A KUBE-SEP-Z9Y8X7W6V5U4T3S2 -s 192.168.1.11/32 -j ⟦KUBE-MARK-MASQ⟧',
    ],
  },
  {
    why: 'script: `-N` is the write, and the nat chain of the same name is not highlighted',
    doc: script,
    at: script.at.natSshJump,
    found: [
      'write 8: iptables -t nat -N ⟦SSH⟧',
      'read 9: iptables -t nat -A PREROUTING -p tcp --dport 2222 -j ⟦SSH⟧',
      'read 10: iptables -t nat -A ⟦SSH⟧ -p tcp -j DNAT --to-destination 10.0.0.2:22',
    ],
  },
];

for (const row of rows) {
  test(row.why, () => {
    const found = documentHighlight(row.doc.model, uri, row.at);
    assert.deepEqual(found.map((h) => `${kindName(h.kind)} ${showRange(row.doc.text, h.range)}`), row.found);
  });
}

test('nothing on a comment or an option', () => {
  for (const text of ['# ‸FOO\n*filter\n:FOO -\nCOMMIT\n', '*filter\n:FOO -\n-A FOO -p tcp --dp‸ort 22\nCOMMIT\n']) {
    const m = marked(text);
    assert.deepEqual(documentHighlight(m.model, uri, m.at), [], text);
  }
});
