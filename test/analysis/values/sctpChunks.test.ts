// sctp --chunk-types lists, each case measured with iptables-legacy-restore 1.8.9.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codes, marked, messages } from './helpers';

const chunks = (list: string, mode = 'any'): string[] => codes(`-p sctp --chunk-types ${mode} ${list}`);

test('sctp chunk names: unknown names are refused, with a suggestion', () => {
  assert.deepEqual(marked('-p sctp -m sctp --chunk-types all COOKIE_ACKX'), ['error bad-enum-value: -p sctp -m sctp --chunk-types all ⟦COOKIE_ACKX⟧']);
  assert.match(messages('-p sctp --chunk-types all COOKIE_ACKX')[0], /Did you mean `COOKIE_ACK`\?/);
  assert.deepEqual(marked('-p sctp --chunk-types any DATA,INTI'), ['error bad-enum-value: -p sctp --chunk-types any DATA,⟦INTI⟧']);
  // ALL and NONE only stand alone.
  assert.deepEqual(chunks('ALL,DATA'), ['error bad-enum-value']);
  assert.deepEqual(chunks(':'), ['error bad-enum-value']);
});

test('sctp chunk names: any case, ALL/NONE alone, empty items skipped', () => {
  for (const list of ['cookie_ack', 'ALL', 'all', 'NONE', 'DATA,,INIT', ',', 'data,DATA', 'I_FORWARD_TSN,ASCONF_ACK,RE_CONFIG,PAD']) {
    assert.deepEqual(chunks(list), [], list);
  }
});

test('sctp chunk flags: only the letters of that chunk type, at most 4 chunk types with flags', () => {
  assert.deepEqual(marked('-p sctp --chunk-types any DATA:x'), ['error bad-enum-value: -p sctp --chunk-types any DATA:⟦x⟧']);
  assert.deepEqual(chunks('INIT:T'), ['error bad-enum-value']);
  assert.deepEqual(chunks('DATA:B:E'), ['error bad-enum-value']);
  assert.deepEqual(chunks('DATA:B,ABORT:T,SHUTDOWN_COMPLETE:T,I_DATA:B,INIT:-'), ['error bad-enum-value']);
  for (const list of ['DATA:Be', 'data:iube', 'ABORT:t', 'DATA:', 'DATA:-', 'INIT:-', 'DATA:B,INIT', 'DATA:B,ABORT:T,SHUTDOWN_COMPLETE:T,I_DATA:B', 'DATA:B,DATA:E,ABORT:T,SHUTDOWN_COMPLETE:T,I_DATA:B']) {
    assert.deepEqual(chunks(list), [], list);
  }
});
