// What to write instead of a refused `!`, from the core options' documentation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/analysis/analyze';

const negation = (rule: string) =>
  analyzeText(`*filter\n:INPUT ACCEPT [0:0]\n${rule}\nCOMMIT\n`).findings.filter((f) => f.code === 'negation-not-allowed');

test('a refused ! before -m or -j says what to do instead', () => {
  assert.match(negation('-A INPUT -p tcp ! -m tcp --dport 22 -j ACCEPT')[0].message, /put `!` before that option: `-m tcp ! --dport 22`/);
  assert.match(negation('-A INPUT -p tcp ! -j ACCEPT')[0].message, /cannot do "everything except" a target/);
});

test('a ! iptables ignores is a warning without a hint; a negatable option is fine', () => {
  const ignored = negation('-A INPUT ! -4 -p tcp -j ACCEPT');
  assert.deepEqual(ignored.map((f) => f.severity), ['warning']);
  assert.deepEqual(negation('-A INPUT ! -p tcp -j ACCEPT'), []);
});
