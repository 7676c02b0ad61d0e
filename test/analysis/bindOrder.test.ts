// The binder makes references in the order they are written, so every list of
// them (the document's, each chain's) is in file order without sorting.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/analysis/analyze';
import type { ChainReference } from '../../server/src/analysis/model';

const where = (refs: readonly ChainReference[]) => refs.map((r) => `${r.kind}@${r.word.range.start.line}:${r.word.range.start.character}`);

test('a rule naming its target before its chain gives references in written order', () => {
  const text = ['iptables -N LOOP', 'iptables -j LOOP -A LOOP', 'iptables -A INPUT -j LOOP', 'iptables -A LOOP -j RETURN', ''].join('\n');
  const { model } = analyzeText(text, { fileName: 'fw.sh' });
  const loop = model.chains.get('filter')!.get('LOOP')!;
  assert.deepEqual(where(loop.references), ['declaration@0:12', 'jump@1:12', 'append@1:20', 'jump@2:21', 'append@3:12']);
  const all = where(model.references);
  const sorted = [...model.references].sort((a, b) => a.word.range.start.line - b.word.range.start.line || a.word.range.start.character - b.word.range.start.character);
  assert.deepEqual(all, where(sorted));
  assert.equal(loop.rules.length, 2);
});
