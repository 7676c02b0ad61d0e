import { test } from 'node:test';
import assert from 'node:assert/strict';
import { didYouMean, editDistance, suggest, Suggestions } from '../../../server/src/analysis/values/suggest';

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

test('editDistance with a limit agrees with the whole table on random words (it computes only a band)', () => {
  let seed = 7;
  const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const word = (): string => Array.from({ length: Math.floor(random() * 12) }, () => 'abc'[Math.floor(random() * 3)]).join('');
  for (let k = 0; k < 3000; k++) {
    const a = word();
    const b = word();
    const whole = editDistance(a, b);
    for (const limit of [0, 1, 2, 3, 5]) assert.equal(editDistance(a, b, limit), Math.min(whole, limit + 1), `${a} ${b} ${limit}`);
  }
  // The whole table, against a known value on longer words.
  assert.equal(editDistance('KUBE-SEP-ABCDEFGH', 'KUBE-SVC-ABCDEFHG'), 4);
});

test('Suggestions: a list made once per key, each word looked up once, nothing past the budget', () => {
  let made = 0;
  const names = (): string[] => (made++, ['KUBE-SERVICES', 'KUBE-NODEPORTS', 'KUBE-MARK-MASQ']);
  const s = new Suggestions(6);
  assert.equal(s.suggest('KUBE-SERVICE', 'nat', names), 'KUBE-SERVICES');
  assert.equal(s.suggest('KUBE-SERVICE', 'nat', names), 'KUBE-SERVICES', 'asked again: no comparison');
  assert.equal(s.suggest('KUBE-NODEPORT', 'nat', names), 'KUBE-NODEPORTS', 'the last 3 comparisons of the budget');
  assert.equal(made, 1);
  assert.equal(s.suggest('KUBE-MARK-MAS', 'nat', names), undefined, 'past the budget');
});
