// Shell word splitting for iptables scripts: POSIX quoting, variables,
// continuations, operators, comments and heredoc markers, with exact ranges.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readShellLine, type ShellLogicalLine, type ShellToken } from '../../server/src/syntax/shellWords';
import { isDynamic, type Word } from '../../server/src/syntax/word';
import { textAt as at } from '../support/fixture';

function read(text: string, start = 0): { lines: string[]; logical: ShellLogicalLine } {
  const lines = text.split('\n');
  return { lines, logical: readShellLine(lines, start) };
}

function words(tokens: readonly ShellToken[]): Word[] {
  return tokens.flatMap((t) => (t.kind === 'word' ? [t.word] : []));
}

test('plain words with exact ranges', () => {
  const { lines, logical } = read('iptables -A INPUT  -j ACCEPT');
  const w = words(logical.tokens);
  assert.deepEqual(w.map((x) => x.text), ['iptables', '-A', 'INPUT', '-j', 'ACCEPT']);
  assert.deepEqual(w.map((x) => at(lines, x.range)), ['iptables', '-A', 'INPUT', '-j', 'ACCEPT']);
  assert.equal(logical.lastLine, 0);
});

test('single quotes are literal, double quotes expand $, backslash escapes outside quotes', () => {
  const { lines, logical } = read(`a 'x $Y' "p $Q" b\\ c "d\\"e" 'it'"'"'s'`);
  const w = words(logical.tokens);
  assert.deepEqual(w.map((x) => x.text), ['a', 'x $Y', 'p $Q', 'b c', 'd"e', "it's"]);
  assert.equal(w[1].variables, undefined, 'no expansion in single quotes');
  assert.equal(isDynamic(w[1]), false);
  assert.deepEqual(w[2].variables?.map((v) => v.name), ['Q']);
  assert.equal(at(lines, w[2].variables![0].range), '$Q');
  assert.equal(isDynamic(w[2]), true);
  assert.equal(at(lines, w[3].range), 'b\\ c');
  assert.equal(at(lines, w[5].range), `'it'"'"'s'`);
  assert.equal(w[1].quoted, true);
  assert.equal(w[0].quoted, false);
});

test('$VAR, ${VAR}, $1 and $@ are variables; $(...) and backquotes are substitutions', () => {
  const { lines, logical } = read('x $NET ${NET}/24 $1 "$@" $(cat f) `id -u` $ 5$');
  const w = words(logical.tokens);
  assert.deepEqual(w.map((x) => x.variables?.map((v) => v.name)), [undefined, ['NET'], ['NET'], ['1'], ['@'], undefined, undefined, undefined, undefined]);
  assert.equal(at(lines, w[2].variables![0].range), '${NET}');
  assert.equal(w[2].text, '${NET}/24');
  assert.equal(w[5].substitution, true);
  assert.equal(w[5].text, '$(cat f)');
  assert.equal(w[6].substitution, true);
  assert.equal(w[6].text, '`id -u`');
  assert.equal(isDynamic(w[7]), false, 'a lone $ is literal');
  assert.equal(isDynamic(w[8]), false);
});

test('backslash-newline continues the logical line; ranges stay on their own lines', () => {
  const text = 'iptables -A INPUT \\\n  -p tcp \\\n  -j ACCEPT\nnext';
  const { lines, logical } = read(text);
  assert.equal(logical.lastLine, 2);
  const w = words(logical.tokens);
  assert.deepEqual(w.map((x) => x.text), ['iptables', '-A', 'INPUT', '-p', 'tcp', '-j', 'ACCEPT']);
  assert.deepEqual(w.map((x) => x.range.start.line), [0, 0, 0, 1, 1, 2, 2]);
  assert.deepEqual(w.map((x) => at(lines, x.range)), ['iptables', '-A', 'INPUT', '-p', 'tcp', '-j', 'ACCEPT']);
  assert.equal(readShellLine(lines, 3).tokens.length, 1);
});

test('a continuation inside a word joins the two halves', () => {
  const { lines, logical } = read('AC\\\nCEPT x');
  const w = words(logical.tokens);
  assert.deepEqual(w.map((x) => x.text), ['ACCEPT', 'x']);
  assert.equal(at(lines, w[0].range), 'AC\\\nCEPT');
});

test('a quoted string may span lines', () => {
  const { lines, logical } = read('echo "a\nb" c');
  const w = words(logical.tokens);
  assert.deepEqual(w.map((x) => x.text), ['echo', 'a\nb', 'c']);
  assert.equal(at(lines, w[1].range), '"a\nb"');
  assert.equal(logical.lastLine, 1);
});

test('an unterminated quote runs to the end of the text', () => {
  const { logical } = read("echo 'abc\nmore");
  const w = words(logical.tokens);
  assert.equal(w[1].unterminated, true);
  assert.equal(logical.lastLine, 1);
});

test('# starts a comment only at the start of a word', () => {
  const { lines, logical } = read('iptables -F a#b # the rest');
  const w = words(logical.tokens);
  assert.deepEqual(w.map((x) => x.text), ['iptables', '-F', 'a#b']);
  const c = logical.tokens.find((t) => t.kind === 'comment');
  assert.ok(c);
  assert.equal(at(lines, c.range), '# the rest');
});

test('operators split commands and redirections', () => {
  const { lines, logical } = read('iptables -F 2>/dev/null || true; a && b | c &');
  const ops = logical.tokens.flatMap((t) => (t.kind === 'op' ? [t.text] : []));
  assert.deepEqual(ops, ['>', '||', ';', '&&', '|', '&']);
  const op = logical.tokens.find((t) => t.kind === 'op' && t.text === '||');
  assert.ok(op && op.kind === 'op');
  assert.equal(at(lines, op.range), '||');
});

test('heredoc markers: delimiter with quotes removed, <<- strips tabs', () => {
  const plain = read('iptables-restore <<EOF').logical;
  assert.deepEqual(plain.heredocs, [{ delimiter: 'EOF', stripTabs: false }]);
  const quoted = read("cat <<-'END' > f").logical;
  assert.deepEqual(quoted.heredocs, [{ delimiter: 'END', stripTabs: true }]);
});

test('CR at the end of a line is whitespace, not part of the word', () => {
  const w = words(read('iptables -F\r').logical.tokens);
  assert.deepEqual(w.map((x) => x.text), ['iptables', '-F']);
});
