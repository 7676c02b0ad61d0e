import { test } from 'node:test';
import assert from 'node:assert/strict';
import { utf8Length } from '../../../server/src/analysis/values/string';
import { codes, marked, messages } from './helpers';

test('utf8Length counts bytes', () => {
  assert.equal(utf8Length('abc'), 3);
  assert.equal(utf8Length('é'), 2);
  assert.equal(utf8Length('€'), 3);
  assert.equal(utf8Length('😀'), 4);
});

test('value-truncated: text iptables cuts silently is a warning, from where the cut falls', () => {
  const prefix = 'x'.repeat(35);
  assert.deepEqual(marked(`-j LOG --log-prefix ${prefix}`), [`warning value-truncated: -j LOG --log-prefix ${'x'.repeat(29)}⟦${'x'.repeat(6)}⟧`]);
  assert.match(messages(`-j LOG --log-prefix ${prefix}`)[0], /at most 29 bytes/);
  assert.deepEqual(codes(`-m comment --comment ${'c'.repeat(256)}`), ['warning value-truncated']);
  assert.deepEqual(codes(`-m comment --comment ${'c'.repeat(255)}`), []);
  assert.deepEqual(codes('-j LOG --log-prefix "ok: "'), []);
});

test('value-too-long: text iptables refuses past its limit is an error', () => {
  assert.deepEqual(codes(`-m set --match-set ${'s'.repeat(32)} src`), ['error value-too-long']);
  assert.deepEqual(codes(`-m set --match-set ${'s'.repeat(31)} src`), []);
  assert.deepEqual(codes(`-m string --algo bm --string ${'a'.repeat(129)}`), ['error value-too-long']);
  assert.deepEqual(codes(`-m string --algo bm --string ${'a'.repeat(128)}`), []);
});

test('bad-string: empty prefixes and file-name characters', () => {
  assert.deepEqual(codes('-j LOG --log-prefix ""'), ['error bad-string']);
  assert.deepEqual(marked('-m recent --set --name a/b'), ['error bad-string: -m recent --set --name a⟦/⟧b']);
  assert.deepEqual(codes('-m hashlimit --hashlimit-upto 1/s --hashlimit-name .'), ['error bad-string']);
  assert.deepEqual(codes('-m hashlimit --hashlimit-upto 1/s --hashlimit-name web.v4'), []);
  assert.deepEqual(codes('-j IDLETIMER --timeout 10 --label a/b'), ['error bad-string']);
});
