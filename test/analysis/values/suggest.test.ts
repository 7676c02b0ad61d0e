import { test } from 'node:test';
import assert from 'node:assert/strict';
import { didYouMean, editDistance, suggest } from '../../../server/src/analysis/values/suggest';

test('editDistance', () => {
  assert.equal(editDistance('kitten', 'sitting'), 3);
  assert.equal(editDistance('', 'abc'), 3);
  assert.equal(editDistance('same', 'same'), 0);
  // Past the limit it stops early and says limit + 1.
  assert.equal(editDistance('abcdef', 'uvwxyz', 2), 3);
});

test('suggest: close words only, any case, first of equals', () => {
  assert.equal(suggest('ESTABLISHD', ['NEW', 'ESTABLISHED', 'RELATED']), 'ESTABLISHED');
  assert.equal(suggest('established', ['ESTABLISHED']), 'ESTABLISHED');
  assert.equal(suggest('xyz', ['NEW', 'ESTABLISHED']), undefined);
  assert.equal(suggest('', ['a']), undefined);
  assert.equal(didYouMean('tcpp', ['tcp', 'udp']), ' Did you mean `tcp`?');
  assert.equal(didYouMean('zzzzzz', ['tcp']), '');
});
