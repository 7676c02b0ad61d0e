import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codes, marked, messages } from './helpers';

test('bad-mark: fires on values past 32 bits, negatives, junk; on the bad part only', () => {
  assert.deepEqual(marked('-m mark --mark 4294967296'), ['error bad-mark: -m mark --mark ⟦4294967296⟧']);
  assert.deepEqual(codes('-m mark --mark -1'), ['error bad-mark']);
  assert.deepEqual(marked('-j MARK --set-xmark 0x1/0xfffffffff'), ['error bad-mark: -j MARK --set-xmark 0x1/⟦0xfffffffff⟧']);
  assert.deepEqual(codes('-j MARK --set-mark 1/'), ['error bad-mark']);
  assert.match(messages('-m mark --mark x')[0], /value\[\/mask\]/);
});

test('bad-mark: not for valid marks', () => {
  for (const v of ['0', '0x0', '4294967295', '0xfeedcafe/0xfeedcafe', '0x10/0xf0', '16/240']) {
    assert.deepEqual(codes(`-m mark --mark ${v}`), [], v);
    assert.deepEqual(codes(`-j MARK --set-xmark ${v}`), [], v);
  }
});

test('bad-mark: a match whose value has bits outside its mask never matches (warning)', () => {
  assert.deepEqual(codes('-m mark --mark 0x3/0x1'), ['warning bad-mark']);
  assert.deepEqual(codes('-m connmark --mark 0x100/0xff'), ['warning bad-mark']);
  // Setting with xor semantics is fine.
  assert.deepEqual(codes('-j MARK --set-xmark 0x3/0x1'), []);
});
