// Word splitting of iptables-restore lines. Every expectation here was measured
// with iptables-legacy-restore 1.8.9 (a `-m comment --comment WORDS` rule, then
// iptables-save to read back what the kernel stored, or the "Bad argument" it printed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitRestoreWords, wordPlace } from '../../server/src/syntax/restoreWords';
import type { Word } from '../../server/src/syntax/word';
import { textAt } from '../support/fixture';

function split(line: string): Word[] {
  return splitRestoreWords(line, { line: 0 });
}

function texts(line: string): string[] {
  return split(line).map((w) => w.text);
}

test('plain words split on spaces and tabs', () => {
  assert.deepEqual(texts('-A INPUT\t-j  ACCEPT'), ['-A', 'INPUT', '-j', 'ACCEPT']);
  assert.deepEqual(texts('   '), []);
  assert.deepEqual(texts(''), []);
});

test('a closing quote ends the word: "a"b is two words a and b', () => {
  // iptables: Bad argument `b'
  const line = '"a"b';
  const words = split(line);
  assert.deepEqual(words.map((w) => w.text), ['a', 'b']);
  assert.deepEqual(words.map((w) => textAt(line, w.range)), ['"a"', 'b']);
  assert.equal(words[0].quoted, true);
  assert.equal(words[1].quoted, false);
});

test('"a"b"c" gives a and bc', () => {
  // iptables: Bad argument `bc'
  const line = '"a"b"c"';
  const words = split(line);
  assert.deepEqual(words.map((w) => w.text), ['a', 'bc']);
  assert.deepEqual(words.map((w) => textAt(line, w.range)), ['"a"', 'b"c"']);
});

test('a quote opened inside a word joins the quoted text: a"b c" is one word', () => {
  // iptables-save prints the stored comment as "ab c"
  assert.deepEqual(texts('a"b c" x'), ['ab c', 'x']);
});

test('"" is one empty word', () => {
  const line = '--comment "" -j ACCEPT';
  const words = split(line);
  assert.deepEqual(words.map((w) => w.text), ['--comment', '', '-j', 'ACCEPT']);
  assert.equal(textAt(line, words[1].range), '""');
  assert.equal(words[1].quoted, true);
});

test('outside quotes a backslash is an ordinary character: a\\ b is a\\ and b', () => {
  // iptables: Bad argument `b'
  const line = 'a\\ b';
  const words = split(line);
  assert.deepEqual(words.map((w) => w.text), ['a\\', 'b']);
  assert.deepEqual(words.map((w) => textAt(line, w.range)), ['a\\', 'b']);
});

test('inside quotes a backslash escapes the next character', () => {
  assert.deepEqual(texts('"a\\"b"'), ['a"b']);
  assert.deepEqual(texts('"a\\\\b"'), ['a\\b']);
  // Any character, not only quote and backslash: "a\xb" is stored as axb.
  assert.deepEqual(texts('"a\\xb"'), ['axb']);
});

test('an escaped quote does not close the word', () => {
  const line = '"x \\" y" z';
  const words = split(line);
  assert.deepEqual(words.map((w) => w.text), ['x " y', 'z']);
  assert.equal(textAt(line, words[0].range), '"x \\" y"');
});

test('an unterminated quote runs to the end of the line', () => {
  const line = '--comment "open x y';
  const words = split(line);
  assert.deepEqual(words.map((w) => w.text), ['--comment', 'open x y']);
  assert.equal(words[1].unterminated, true);
  assert.equal(textAt(line, words[1].range), '"open x y');
  assert.equal(words[0].unterminated, undefined);
});

test('a\\"b outside quotes: the backslash stays and the quote opens to the end of the line', () => {
  // iptables stored the comment `a\b -j ACCEPT` (and no target)
  const words = split('a\\"b -j ACCEPT');
  assert.deepEqual(words.map((w) => w.text), ['a\\b -j ACCEPT']);
  assert.equal(words[0].unterminated, true);
});

test('single quotes are not quotes for iptables-restore', () => {
  // iptables: Bad argument `b''
  assert.deepEqual(texts("'a b'"), ["'a", "b'"]);
});

test('# inside a line is an ordinary character', () => {
  assert.deepEqual(texts('--comment "x # y" #z'), ['--comment', 'x # y', '#z']);
});

test('ranges are exact, and offset by from/to and the line number', () => {
  const line = '[1:2] -A INPUT "a b"';
  const words = splitRestoreWords(line, { line: 7 }, 5);
  assert.deepEqual(words.map((w) => w.text), ['-A', 'INPUT', 'a b']);
  for (const w of words) assert.equal(w.range.start.line, 7);
  assert.deepEqual(words.map((w) => line.slice(w.range.start.character, w.range.end.character)), ['-A', 'INPUT', '"a b"']);
  assert.deepEqual(splitRestoreWords(line, { line: 0 }, 0, 5).map((w) => w.text), ['[1:2]']);
});

// Not iptables' behaviour (it keeps the CR: "Invalid target name `ACCEPT\r'"): the line
// reader reports CR LF once as crlf-line-ending, so words stay clean for the other checks.
test('a carriage return separates words and never ends up in one', () => {
  const words = split('-j ACCEPT\r');
  assert.deepEqual(words.map((w) => w.text), ['-j', 'ACCEPT']);
});

test('a word place keeps the range and the row, not the text (whose slice would keep the whole file alive)', () => {
  const row = { line: 4 };
  const [, chain] = splitRestoreWords('-A INPUT -j ACCEPT', row);
  const place = wordPlace(chain);
  assert.deepEqual(place.range, chain.range);
  assert.equal((place as { text?: string }).text, '');
  row.line = 9;
  assert.equal(place.range.start.line, 9);
  const plain = { text: 'X', quoted: false, range: { start: { line: 1, character: 2 }, end: { line: 1, character: 3 } } };
  assert.deepEqual(wordPlace(plain), { range: plain.range });
});
