// The server collects garbage after big edits even when its Node was started
// without --expose-gc (other editors start it plainly): the collector is asked for.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cancelIdleCollection, collect, collectWhenIdle, textBudget } from '../../server/src/workspace/collector';

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
