import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseMac } from '../../../server/src/analysis/values/mac';
import { codes, marked, messages } from './helpers';

test('parseMac: six groups of one or two hex digits', () => {
  assert.deepEqual(parseMac('00:11:22:aa:BB:cc'), [0, 0x11, 0x22, 0xaa, 0xbb, 0xcc]);
  assert.deepEqual(parseMac('0:1:2:3:4:5'), [0, 1, 2, 3, 4, 5]);
  assert.equal(parseMac('00:11:22:33:44'), undefined);
  assert.equal(parseMac('00:11:22:33:44:55:66'), undefined);
  assert.equal(parseMac('000:11:22:33:44:55'), undefined);
});

test('bad-mac: fires on malformed addresses, not on good ones', () => {
  assert.deepEqual(marked('-m mac --mac-source 42:01:02:03:04'), ['error bad-mac: -m mac --mac-source ⟦42:01:02:03:04⟧']);
  assert.match(messages('-m mac --mac-source 42-01-02-03-04-05')[0], /colons, not dashes/);
  assert.deepEqual(codes('-m mac --mac-source 42:01:02:03:04:05'), []);
  assert.deepEqual(codes('-m mac ! --mac-source aa:bb:cc:dd:ee:ff'), []);
});

test('bad-mac: CLUSTERIP needs a multicast address', () => {
  const rule = (mac: string): string => `-d 10.0.0.1 -j CLUSTERIP --new --hashmode sourceip --clustermac ${mac} --total-nodes 2 --local-node 1`;
  assert.deepEqual(codes(rule('01:aa:7b:47:f7:d7')), []);
  assert.deepEqual(codes(rule('00:aa:7b:47:f7:d7')), ['error bad-mac']);
});
