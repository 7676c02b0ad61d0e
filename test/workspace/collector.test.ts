// The server collects garbage after big edits even when its Node was started
// without --expose-gc (other editors start it plainly): the collector is asked for.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { cancelIdleCollection, collect, collectWhenIdle, textBudget, textPending } from '../../server/src/workspace/collector';
import { AnalysisCache } from '../../server/src/workspace/analysisCache';
import { generateDump } from '../../bench/generate';

test('collect() frees an unreachable object in a process started without --expose-gc', async () => {
  assert.equal(typeof (globalThis as { gc?: unknown }).gc, 'undefined', 'this test must run without --expose-gc');
  const ref = ((): WeakRef<object> => new WeakRef({ payload: new Array(1000).fill(0) }))();
  // A WeakRef keeps its target alive until the current job ends.
  await new Promise((resolve) => setImmediate(resolve));
  collect();
  assert.equal(ref.deref(), undefined);
});

test('quick patches start a collection once the texts they left behind exceed the budget, not before', () => {
  const half = Math.ceil(textBudget / 2);
  assert.equal(collectWhenIdle(half), false, 'half the budget waits for a pause');
  assert.equal(collectWhenIdle(half), true, 'the whole budget starts a collection now');
  assert.equal(collectWhenIdle(half), false, 'the count starts again after a collection');
  collect();
  assert.equal(collectWhenIdle(half), false, 'a full collection also starts the count again');
  cancelIdleCollection();
});

test('every edit of a big document counts the text it left behind, whether or not a quick patch could carry it', () => {
  const cache = new AnalysisCache(() => undefined);
  const text = generateDump('kube-proxy', 4000);
  let doc = TextDocument.create('file:///w/big.rules', 'iptables', 1, text);
  cache.get(doc);
  const at = text.split('\n').findIndex((l) => l.startsWith('-A KUBE-SERVICES '));
  const edit = (line: string) => (doc = TextDocument.update(doc, [{ range: { start: { line: at, character: 0 }, end: { line: at, character: 0 } }, text: line }], doc.version + 1));
  collect();
  assert.ok(cache.patched(edit('\n')), 'a blank line is patched quickly');
  assert.equal(textPending(), doc.getText().length);
  // A rule inserted with -I is bound again by the general patch, which waits for a pause in typing.
  assert.equal(cache.patched(edit('-I KUBE-SERVICES -j ACCEPT\n')), undefined);
  assert.equal(textPending(), 2 * doc.getText().length - '-I KUBE-SERVICES -j ACCEPT\n'.length);
  cancelIdleCollection();
});
