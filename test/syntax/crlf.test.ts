// CR LF line ends: one problem per file, on the first such line, counting the others.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../../server/src/syntax/parse';

const crlf = (text: string) => parseDocument(text).nodes.flatMap((n) => n.problems).filter((p) => p.code === 'crlf-line-ending');

test('several CR LF lines give one problem that counts the rest', () => {
  const found = crlf('*filter\r\n:INPUT ACCEPT [0:0]\r\nCOMMIT\r\n');
  assert.equal(found.length, 1);
  assert.equal(found[0].range.start.line, 0);
  assert.match(found[0].message, /^This line and 2 more end in CR LF/);
});

test('a single CR LF line says so without a count', () => {
  const found = crlf('*filter\n:INPUT ACCEPT [0:0]\r\nCOMMIT\n');
  assert.deepEqual(found.map((p) => [p.range.start.line, p.message.startsWith('This line ends in CR LF')]), [[1, true]]);
});
