import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codes, marked } from './helpers';

const out = { table: 'mangle', chain: 'OUTPUT' };

test('owner: names, ids and id ranges', () => {
  for (const v of ['root', 'www-data', '0', '1000-1999', '1000:1999', '4294967294']) {
    assert.deepEqual(codes(`-m owner --uid-owner ${v}`, out), [], v);
  }
  assert.deepEqual(codes('-m owner --gid-owner 4294967295', out), ['error number-out-of-range']);
  assert.deepEqual(codes('-m owner --uid-owner 2000-1000', out), ['warning reversed-range']);
});

test('bad-owner: neither a name nor a number', () => {
  assert.deepEqual(marked('-m owner --uid-owner "bad user"', out), ['error bad-owner: -m owner --uid-owner "⟦bad user⟧"']);
  assert.deepEqual(codes('-m owner --gid-owner @staff', out), ['error bad-owner']);
});
