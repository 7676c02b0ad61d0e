// Lines of iptables-restore input: table, chain, COMMIT, comment and rule lines,
// counters, and the quirks iptables-legacy-restore 1.8.9 was measured to have.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ChainNode, LineNode, RuleNode, TableNode } from '../../server/src/syntax/ast';
import { noExtensions } from '../../server/src/syntax/extensionGrammar';
import { parseRestoreLine, type RestoreState } from '../../server/src/syntax/restoreLines';
import { textAt } from '../support/fixture';

/** Parses one line as if it were line 0 inside (or outside) a table block. */
function line(text: string, table: string | null = 'filter'): { node: LineNode; state: RestoreState } {
  const state: RestoreState = table === null ? {} : { table };
  const node = parseRestoreLine(text, 0, state, noExtensions);
  return { node, state };
}

function codes(node: LineNode): string[] {
  return node.problems.map((p) => p.code);
}

test('table line: name range covers `*` and the name, and opens the block', () => {
  const text = '*nat';
  const { node, state } = line(text, null);
  assert.equal(node.kind, 'table');
  const t = node as TableNode;
  assert.equal(t.name.text, 'nat');
  assert.equal(textAt(text, t.name.range), '*nat');
  assert.deepEqual(codes(t), []);
  assert.equal(state.table, 'nat');
});

test('table line with a trailing space is fine (accepted by iptables); more words are a warning', () => {
  assert.deepEqual(codes(line('*filter ', null).node), []);
  const text = '*filter junk more';
  const { node } = line(text, null);
  const p = node.problems.find((x) => x.code === 'extra-words');
  assert.ok(p);
  assert.equal(p.severity, 'warning');
  assert.equal(textAt(text, p.range), 'junk more');
});

test('chain line: name, policy and counters with exact ranges', () => {
  const text = ':INPUT ACCEPT [12:720]';
  const node = line(text).node as ChainNode;
  assert.equal(node.kind, 'chain');
  assert.equal(node.name.text, 'INPUT');
  assert.equal(textAt(text, node.name.range), 'INPUT');
  assert.equal(node.policy?.text, 'ACCEPT');
  assert.equal(textAt(text, node.policy!.range), 'ACCEPT');
  assert.ok(node.counters);
  assert.equal(node.counters.packets.text, '12');
  assert.equal(textAt(text, node.counters.packets.range), '12');
  assert.equal(node.counters.bytes.text, '720');
  assert.equal(textAt(text, node.counters.bytes.range), '720');
  assert.equal(textAt(text, node.counters.range), '[12:720]');
  assert.equal(node.table, 'filter');
  assert.deepEqual(codes(node), []);
});

test('chain line: a user chain with `-` and no counters', () => {
  const node = line(':KUBE-SERVICES -').node as ChainNode;
  assert.equal(node.name.text, 'KUBE-SERVICES');
  assert.equal(node.policy?.text, '-');
  assert.equal(node.counters, undefined);
  assert.deepEqual(codes(node), []);
});

test('chain line: `: NAME` still names the chain (strtok skips the space; accepted by iptables)', () => {
  const text = ': FOO - [0:0]';
  const node = line(text).node as ChainNode;
  assert.equal(node.name.text, 'FOO');
  assert.equal(textAt(text, node.name.range), 'FOO');
  assert.deepEqual(codes(node), []);
});

test('chain line problems: no name, no policy, odd counters, extra words', () => {
  assert.deepEqual(codes(line(':').node), ['missing-chain-name']);
  const noPolicy = ':FOO';
  const n = line(noPolicy).node;
  assert.deepEqual(codes(n), ['missing-policy']);
  assert.equal(textAt(noPolicy, n.problems[0].range), 'FOO');
  const odd = ':FOO - junk';
  const o = line(odd).node;
  assert.deepEqual(codes(o), ['bad-counters']);
  assert.equal(o.problems[0].severity, 'warning');
  assert.equal(textAt(odd, o.problems[0].range), 'junk');
  const extra = ':FOO - [0:0] x y';
  const e = line(extra).node;
  assert.deepEqual(codes(e), ['extra-words']);
  assert.equal(textAt(extra, e.problems[0].range), 'x y');
});

test('chain line outside a table', () => {
  const text = ':FOO - [0:0]';
  const node = line(text, null).node as ChainNode;
  assert.equal(node.kind, 'chain');
  assert.equal(node.table, undefined);
  assert.deepEqual(codes(node), ['outside-table']);
});

test('COMMIT closes the table; trailing text and a missing table are errors', () => {
  const { node, state } = line('COMMIT');
  assert.equal(node.kind, 'commit');
  assert.deepEqual(codes(node), []);
  assert.equal(state.table, undefined);

  const spaced = 'COMMIT ';
  const s = line(spaced).node;
  assert.equal(s.kind, 'commit');
  assert.deepEqual(codes(s), ['commit-trailing-space']);
  assert.equal(textAt(spaced, s.problems[0].range), ' ');

  const outside = line('COMMIT', null).node;
  assert.deepEqual(codes(outside), ['commit-outside-table']);
  assert.equal(textAt('COMMIT', outside.problems[0].range), 'COMMIT');
});

test('COMMITTED is not a COMMIT line but a rule line', () => {
  const node = line('COMMITTED').node;
  assert.equal(node.kind, 'rule');
  assert.deepEqual(codes(node), ['bad-argument', 'no-command']);
});

test('comment lines: only in the first column', () => {
  const c = line('# Generated by iptables-save').node;
  assert.equal(c.kind, 'comment');
  assert.equal(c.kind === 'comment' && c.text, ' Generated by iptables-save');
  assert.deepEqual(codes(c), []);

  const text = '  # indented';
  const i = line(text).node;
  assert.equal(i.kind, 'comment');
  assert.deepEqual(codes(i), ['indented-comment']);
  assert.equal(textAt(text, i.problems[0].range), '  ');
});

test('blank and whitespace-only lines', () => {
  const b = line('').node;
  assert.equal(b.kind, 'blank');
  assert.deepEqual(codes(b), []);
  const text = ' \t';
  const w = line(text).node;
  assert.equal(w.kind, 'blank');
  assert.deepEqual(codes(w), ['whitespace-line']);
  assert.equal(textAt(text, w.problems[0].range), ' \t');
});

test('indented table, chain and COMMIT lines are flagged at the indent', () => {
  for (const text of [' *filter', '\t:INPUT ACCEPT [0:0]', '  COMMIT']) {
    const node = line(text).node;
    assert.ok(codes(node).includes('indented-line'), text);
    const p = node.problems.find((x) => x.code === 'indented-line')!;
    assert.equal(textAt(text, p.range), text.slice(0, text.length - text.trimStart().length), text);
  }
});

test('rule line: counter prefix [12:720] with exact ranges, then the rule', () => {
  const text = '[12:720] -A INPUT -j ACCEPT';
  const node = line(text).node as RuleNode;
  assert.equal(node.kind, 'rule');
  assert.equal(node.origin, 'restore');
  assert.equal(node.table, 'filter');
  assert.ok(node.counters);
  assert.equal(node.counters.packets.text, '12');
  assert.equal(textAt(text, node.counters.packets.range), '12');
  assert.equal(node.counters.bytes.text, '720');
  assert.equal(textAt(text, node.counters.bytes.range), '720');
  assert.equal(textAt(text, node.counters.range), '[12:720]');
  assert.equal(node.command?.name, 'append');
  assert.equal(node.chain?.text, 'INPUT');
  assert.equal(textAt(text, node.chain!.range), 'INPUT');
  assert.equal(node.target?.name, 'ACCEPT');
  assert.deepEqual(codes(node), []);
});

test('rule line counters: `[abc]` and an unclosed `[` are errors, `[1:x]` only a warning', () => {
  // Measured: `[abc]` and `[1:2 -A ...` fail ("need ]"); `[1:x]` is accepted without -c.
  const bad = '[abc] -A INPUT -j ACCEPT';
  const b = line(bad).node;
  assert.deepEqual(codes(b), ['bad-counters']);
  assert.equal(b.problems[0].severity, 'error');
  assert.equal(textAt(bad, b.problems[0].range), '[abc]');

  const open = '[1:2 -A INPUT -j ACCEPT';
  const o = line(open).node;
  assert.ok(codes(o).includes('bad-counters'));
  assert.equal(o.problems.find((p) => p.code === 'bad-counters')!.severity, 'error');

  const soft = '[1:x] -A INPUT -j ACCEPT';
  const s = line(soft).node as RuleNode;
  assert.deepEqual(codes(s), ['bad-counters']);
  assert.equal(s.problems[0].severity, 'warning');
  assert.equal(s.command?.name, 'append');
});

test('rule line outside a table, and a rule line without a command', () => {
  const outside = line('-A INPUT -j ACCEPT', null).node;
  assert.deepEqual(codes(outside), ['outside-table']);
  assert.equal(outside.problems[0].range.start.character, 0);

  const text = '-s 1.2.3.4 -j ACCEPT';
  const none = line(text).node;
  assert.deepEqual(codes(none), ['no-command']);
  assert.equal(textAt(text, none.problems[0].range), '-s');
});

test('`-t` is refused inside restore input', () => {
  const text = '-t nat -A INPUT -j ACCEPT';
  const node = line(text).node;
  assert.deepEqual(codes(node), ['table-option-in-restore']);
  assert.equal(textAt(text, node.problems[0].range), '-t nat');
});

test('a line ending in CR is flagged at the CR and otherwise read without it', () => {
  const text = '-A INPUT -j ACCEPT\r';
  const node = line(text).node as RuleNode;
  assert.deepEqual(codes(node), ['crlf-line-ending']);
  assert.equal(textAt(text, node.problems[0].range), '\r');
  assert.equal(node.target?.name, 'ACCEPT');
  const commit = line('COMMIT\r').node;
  assert.equal(commit.kind, 'commit');
  assert.deepEqual(codes(commit), ['crlf-line-ending']);
});
