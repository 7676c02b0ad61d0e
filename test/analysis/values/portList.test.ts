import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codes, marked, messages } from './helpers';

const list = (n: number): string => Array.from({ length: n }, (_, i) => String(i + 1)).join(',');

test('too-many-ports: fires past 15 places, a range counting as two', () => {
  assert.deepEqual(codes(`-p tcp -m multiport --dports ${list(15)}`), []);
  assert.deepEqual(codes(`-p tcp -m multiport --dports ${list(16)}`), ['error too-many-ports']);
  assert.deepEqual(codes(`-p tcp -m multiport --dports ${list(13)},14:16`), []);
  assert.deepEqual(codes(`-p tcp -m multiport --dports ${list(14)},15:16`), ['error too-many-ports']);
  assert.deepEqual(marked(`-p tcp -m multiport --dports ${list(16)}`), [`error too-many-ports: -p tcp -m multiport --dports ${list(15)},⟦16⟧`]);
  assert.match(messages(`-p tcp -m multiport --dports ${list(16)}`)[0], /at most 15 ports, a range counting as two/);
});

test('multiport ranges need both ends, first below last', () => {
  assert.deepEqual(codes('-p tcp -m multiport --dports 80:80'), ['error reversed-range']);
  assert.deepEqual(codes('-p tcp -m multiport --dports 90:80'), ['error reversed-range']);
  assert.deepEqual(codes('-p tcp -m multiport --dports :80'), ['error bad-port']);
  assert.deepEqual(marked('-p tcp -m multiport --dports 80,,443'), ['error bad-port: -p tcp -m multiport --dports ⟦80,,443⟧']);
  assert.deepEqual(marked('-p tcp -m multiport --sports 22,99999'), ['error bad-port: -p tcp -m multiport --sports 22,⟦99999⟧']);
  assert.deepEqual(codes('-p udp -m multiport --ports 53,67:68,123'), []);
});
