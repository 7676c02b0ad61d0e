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

test('COMMIT closes the table', () => {
  const { node, state } = line('COMMIT');
  assert.equal(node.kind, 'commit');
  assert.equal(state.table, undefined);
});

// ------------------------------------------------------------------ one line: kind, problems, ranges

interface Row {
  why: string;
  text: string;
  /** Parsed outside a table block (default: inside *filter). */
  outside?: true;
  kind?: LineNode['kind'];
  /** Every problem code, in order; with `includes`, codes that must be among them. */
  codes: string[];
  includes?: true;
  /** The text the first problem with codes[0] covers. */
  at?: string;
  severity?: 'error' | 'warning';
  /** Further facts about the node. */
  also?: (node: LineNode) => void;
}

const rows: Row[] = [
  // Chain lines.
  { why: 'a chain line without a name', text: ':', codes: ['missing-chain-name'] },
  { why: 'a chain line without a policy', text: ':FOO', codes: ['missing-policy'], at: 'FOO' },
  { why: 'odd counters on a chain line only warn', text: ':FOO - junk', codes: ['bad-counters'], at: 'junk', severity: 'warning' },
  { why: 'extra words after the counters', text: ':FOO - [0:0] x y', codes: ['extra-words'], at: 'x y' },
  { why: 'a chain line outside a table', text: ':FOO - [0:0]', outside: true, kind: 'chain', codes: ['outside-table'], also: (n) => assert.equal((n as ChainNode).table, undefined) },
  // COMMIT lines.
  { why: 'COMMIT', text: 'COMMIT', kind: 'commit', codes: [] },
  { why: 'trailing text after COMMIT', text: 'COMMIT ', kind: 'commit', codes: ['commit-trailing-space'], at: ' ' },
  { why: 'COMMIT without a table', text: 'COMMIT', outside: true, codes: ['commit-outside-table'], at: 'COMMIT' },
  { why: 'COMMITTED is not a COMMIT line but a rule line', text: 'COMMITTED', kind: 'rule', codes: ['bad-argument', 'no-command'] },
  // Comments only in the first column; blank lines.
  { why: 'a comment', text: '# Generated by iptables-save', kind: 'comment', codes: [], also: (n) => assert.equal(n.kind === 'comment' && n.text, ' Generated by iptables-save') },
  { why: 'an indented comment', text: '  # indented', kind: 'comment', codes: ['indented-comment'], at: '  ' },
  { why: 'a blank line', text: '', kind: 'blank', codes: [] },
  { why: 'a whitespace-only line', text: ' \t', kind: 'blank', codes: ['whitespace-line'], at: ' \t' },
  // Indented table, chain and COMMIT lines are flagged at the indent.
  { why: 'an indented table line', text: ' *filter', codes: ['indented-line'], includes: true, at: ' ' },
  { why: 'an indented chain line', text: '\t:INPUT ACCEPT [0:0]', codes: ['indented-line'], includes: true, at: '\t' },
  { why: 'an indented COMMIT', text: '  COMMIT', codes: ['indented-line'], includes: true, at: '  ' },
  // Rule counters. Measured: `[abc]` and `[1:2 -A ...` fail ("need ]"); `[1:x]` is accepted without -c.
  { why: 'counters that are not numbers', text: '[abc] -A INPUT -j ACCEPT', codes: ['bad-counters'], severity: 'error', at: '[abc]' },
  { why: 'unclosed counters', text: '[1:2 -A INPUT -j ACCEPT', codes: ['bad-counters'], includes: true, severity: 'error' },
  { why: 'a counter with a letter only warns', text: '[1:x] -A INPUT -j ACCEPT', codes: ['bad-counters'], severity: 'warning', also: (n) => assert.equal((n as RuleNode).command?.name, 'append') },
  // Rule lines.
  { why: 'a rule outside a table', text: '-A INPUT -j ACCEPT', outside: true, codes: ['outside-table'], also: (n) => assert.equal(n.problems[0].range.start.character, 0) },
  { why: 'a rule without a command', text: '-s 1.2.3.4 -j ACCEPT', codes: ['no-command'], at: '-s' },
  { why: '`-t` is refused inside restore input', text: '-t nat -A INPUT -j ACCEPT', codes: ['table-option-in-restore'], at: '-t nat' },
  // A line ending in CR is flagged at the CR and otherwise read without it.
  { why: 'a rule ending in CR', text: '-A INPUT -j ACCEPT\r', codes: ['crlf-line-ending'], at: '\r', also: (n) => assert.equal((n as RuleNode).target?.name, 'ACCEPT') },
  { why: 'COMMIT ending in CR', text: 'COMMIT\r', kind: 'commit', codes: ['crlf-line-ending'] },
];

for (const row of rows) {
  test(`${row.why}: ${JSON.stringify(row.text)}${row.outside ? ' outside a table' : ''} -> ${row.codes.join(', ') || 'no problem'}`, () => {
    const { node } = line(row.text, row.outside ? null : 'filter');
    if (row.kind) assert.equal(node.kind, row.kind);
    if (row.includes) for (const c of row.codes) assert.ok(codes(node).includes(c), `${c} among ${codes(node).join(', ')}`);
    else assert.deepEqual(codes(node), row.codes);
    const p = node.problems.find((x) => x.code === row.codes[0]);
    if (row.at !== undefined) assert.equal(p && textAt(row.text, p.range), row.at);
    if (row.severity) assert.equal(p?.severity, row.severity);
    row.also?.(node);
  });
}
