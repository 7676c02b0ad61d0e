// Completion of iptables' own options follows the same flags the analysis
// checks (syntax/coreOptions.ts): refused in restore input, one family only,
// allowed with some commands only, repeatable or once per rule.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CompletionItem } from 'vscode-languageserver';
import { bindDocument } from '../../server/src/analysis/model';
import { catalogGrammar } from '../../server/src/catalog/grammar';
import { completion } from '../../server/src/features/completion';
import type { Family } from '../../server/src/syntax/ast';
import { parseDocument } from '../../server/src/syntax/parse';
import { fixture } from '../support/fixture';

function items(marked: string, family: Family = 'ipv4'): CompletionItem[] {
  const f = fixture(marked);
  assert.equal(f.positions.length, 1);
  const model = bindDocument(parseDocument(f.text, { grammar: catalogGrammar }), { forced: family });
  return completion(model, f.positions[0]);
}

const labels = (marked: string, family?: Family): string[] => items(marked, family).map((i) => i.label);
const restore = (line: string): string => `*filter\n:INPUT ACCEPT [0:0]\n${line}\nCOMMIT\n`;

test('restore input: -w, -W and -t are not offered, on the command line they are', () => {
  const r = labels(restore('-A INPUT -‸'));
  for (const refused of ['-w', '-W', '-t']) assert.ok(!r.includes(refused), refused);
  assert.ok(r.includes('-s') && r.includes('-v'));
  const c = labels('iptables -A INPUT -‸\n');
  for (const offered of ['-w', '-W', '-t']) assert.ok(c.includes(offered), offered);
});

test('-f is offered for IPv4 only', () => {
  assert.ok(labels(restore('-A INPUT -‸'), 'ipv4').includes('-f'));
  assert.ok(!labels(restore('-A INPUT -‸'), 'ipv6').includes('-f'));
});

test('listing options come with -L only; rule options not with -L, -F or -D by number', () => {
  const list = labels('iptables -L INPUT -‸\n');
  for (const offered of ['-n', '-x', '-v', '--line-numbers']) assert.ok(list.includes(offered), offered);
  for (const refused of ['-s', '-j', '-g', '-p', '-c']) assert.ok(!list.includes(refused), refused);
  const append = labels('iptables -A INPUT -‸\n');
  for (const refused of ['-n', '-x', '--line-numbers']) assert.ok(!append.includes(refused), refused);
  assert.ok(append.includes('-c'));
  const flush = labels('iptables -F INPUT -‸\n');
  assert.ok(!flush.includes('-s') && flush.includes('-v'));
  const byNumber = labels('iptables -D INPUT 1 -‸\n');
  assert.ok(!byNumber.includes('-s') && !byNumber.includes('-j'));
  const byRule = labels('iptables -D INPUT -s 1.2.3.4 -‸\n');
  assert.ok(byRule.includes('-j') && !byRule.includes('-c'));
  assert.ok(labels('iptables -P INPUT DROP -‸\n').includes('-c'));
  // Before the command: in restore input -L is not offered, so neither is -n.
  assert.ok(!labels(restore('‸')).includes('-n'));
  assert.ok(labels('iptables -‸\n').includes('-n'));
});

test('-m and -v may repeat; -g is taken once -j is given', () => {
  const r = labels(restore('-A INPUT -m comment --comment x -v -j ACCEPT -‸'));
  assert.ok(r.includes('-m') && r.includes('-v'));
  assert.ok(!r.includes('-j') && !r.includes('-g'));
});

test('details show the value placeholder of each core option', () => {
  const all = items('iptables -A INPUT -‸\n');
  const detail = (label: string) => all.find((i) => i.label === label)?.detail;
  assert.equal(detail('-c'), '-c PACKETS BYTES (also --set-counters)');
  assert.equal(detail('-w'), '-w [SECONDS] (also --wait)');
  assert.equal(detail('-s'), '-s ADDRESS[/MASK][,...] (also --source)');
  assert.equal(detail('-j'), '-j TARGET (also --jump)');
  assert.equal(detail('-f'), '-f (also --fragment)');
  const command = items('iptables -‸\n').find((i) => i.label === '-L');
  assert.equal(command?.detail, '--list [CHAIN] [RULENUM]');
});
