// Shell scripts that call iptables: which lines become rules, with what table,
// program and words, and how heredocs fed to iptables-restore are read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AssignmentNode, LineNode, OptionNode, ParsedDocument, RuleNode } from '../../server/src/syntax/ast';
import { parseDocument } from '../../server/src/syntax/parse';
import { isDynamic } from '../../server/src/syntax/word';
import { catalogGrammar } from '../../server/src/catalog/grammar';
import { textAt as at } from '../support/fixture';

function script(text: string): { doc: ParsedDocument; lines: string[] } {
  return { doc: parseDocument(text, { grammar: catalogGrammar, format: 'script' }), lines: text.split('\n') };
}

function rules(doc: ParsedDocument): RuleNode[] {
  return doc.nodes.filter((n): n is RuleNode => n.kind === 'rule');
}

function only(doc: ParsedDocument): RuleNode {
  const r = rules(doc);
  assert.equal(r.length, 1, `expected one rule, got ${r.length}`);
  return r[0];
}

function option(rule: RuleNode, name: string): OptionNode {
  const o = rule.options.find((x) => x.name === name);
  assert.ok(o, `no ${name}`);
  return o;
}

function kinds(doc: ParsedDocument): string[] {
  return doc.nodes.map((n: LineNode) => n.kind);
}

test('a plain iptables command line is a rule in the filter table', () => {
  const text = 'iptables -A INPUT -p tcp --dport 22 -j ACCEPT';
  const { doc, lines } = script(text);
  const r = only(doc);
  assert.equal(r.origin, 'command');
  assert.equal(r.table, 'filter');
  assert.equal(r.program?.text, 'iptables');
  assert.equal(r.programFamily, 'ipv4');
  assert.equal(r.command?.name, 'append');
  assert.equal(r.chain?.text, 'INPUT');
  assert.equal(r.target?.name, 'ACCEPT');
  assert.equal(at(lines, r.range), text);
  assert.deepEqual(r.problems, []);
  assert.deepEqual(doc.familyHint, { family: 'ipv4', reason: 'the commands are iptables' });
});

test('sudo with its flags, absolute paths, -w 5 and -t nat', () => {
  const text = 'sudo -E /usr/sbin/iptables -w 5 -t nat -A POSTROUTING -o eth0 -j MASQUERADE';
  const { doc, lines } = script(text);
  const r = only(doc);
  assert.deepEqual(r.prefix.map((w) => w.text), ['sudo', '-E']);
  assert.equal(r.program?.text, '/usr/sbin/iptables');
  assert.equal(at(lines, r.program!.range), '/usr/sbin/iptables');
  assert.equal(r.table, 'nat');
  assert.deepEqual(option(r, '--wait').args.map((a) => a.text), ['5']);
  assert.equal(at(lines, option(r, '--table').range), '-t nat');
  assert.equal(r.chain?.text, 'POSTROUTING');
  assert.equal(at(lines, r.range), text, 'the rule range starts at sudo');
  assert.deepEqual(r.problems, []);
});

test('-w without a value does not eat the next option', () => {
  const r = only(script('iptables -w -A INPUT -j ACCEPT').doc);
  assert.deepEqual(option(r, '--wait').args, []);
  assert.equal(r.command?.name, 'append');
});

test('ip6tables and its variants set the family', () => {
  for (const program of ['ip6tables', '/sbin/ip6tables-legacy', 'ip6tables-nft']) {
    const { doc } = script(`${program} -A INPUT -j ACCEPT`);
    assert.equal(only(doc).programFamily, 'ipv6', program);
    assert.equal(doc.familyHint?.family, 'ipv6', program);
  }
  assert.equal(script('iptables -F\nip6tables -F').doc.familyHint, undefined, 'both families: no hint');
});

test('$VAR and ${VAR} values are dynamic, with the variable range', () => {
  const text = 'iptables -A INPUT -s $NET -d "${HOST}" -p tcp --dport "$PORT" -j ACCEPT';
  const { doc, lines } = script(text);
  const r = only(doc);
  const s = option(r, '--source').args[0];
  assert.equal(isDynamic(s), true);
  assert.equal(at(lines, s.range), '$NET');
  assert.deepEqual(s.variables?.map((v) => v.name), ['NET']);
  const d = option(r, '--destination').args[0];
  assert.equal(isDynamic(d), true);
  assert.equal(at(lines, d.range), '"${HOST}"');
  assert.equal(at(lines, d.variables![0].range), '${HOST}');
  const port = r.options.find((o) => o.written === '--dport')!.args[0];
  assert.equal(isDynamic(port), true);
  assert.equal(isDynamic(r.target!.nameWord), false);
});

test('$IPT -A ... is a rule when IPT names an iptables program', () => {
  const text = 'IPT=/sbin/iptables\n$IPT -A INPUT -j ACCEPT\n${IPT} -F\n$OTHER -A INPUT -j ACCEPT';
  const { doc, lines } = script(text);
  assert.deepEqual(kinds(doc), ['assignment', 'rule', 'rule', 'shell']);
  const [a, b] = rules(doc);
  assert.equal(a.program?.text, '$IPT');
  assert.equal(at(lines, a.program!.range), '$IPT');
  assert.equal(a.programFamily, 'ipv4');
  assert.equal(b.command?.name, 'flush');
  const assign = doc.nodes[0] as AssignmentNode;
  assert.equal(assign.name.text, 'IPT');
  assert.equal(at(lines, assign.name.range), 'IPT');
  assert.equal(assign.value?.text, '/sbin/iptables');
  assert.equal(at(lines, assign.value!.range), '/sbin/iptables');
});

test('assignment ranges: quoted values and export', () => {
  const text = 'NET="10.0.0.0/8"\nexport IPT=iptables\n$IPT -F';
  const { doc, lines } = script(text);
  assert.deepEqual(kinds(doc), ['assignment', 'assignment', 'rule']);
  const net = doc.nodes[0] as AssignmentNode;
  assert.equal(net.value?.text, '10.0.0.0/8');
  assert.equal(at(lines, net.value!.range), '"10.0.0.0/8"');
  assert.equal(at(lines, net.range), 'NET="10.0.0.0/8"');
  const ipt = doc.nodes[1] as AssignmentNode;
  assert.equal(at(lines, ipt.name.range), 'IPT');
  assert.equal(at(lines, ipt.value!.range), 'iptables');
});

test('IP6T=ip6tables makes $IP6T an IPv6 rule; reassigning forgets it', () => {
  const { doc } = script('IP6T=ip6tables\n$IP6T -A INPUT -j ACCEPT\nIP6T=echo\n$IP6T -A INPUT -j ACCEPT');
  assert.deepEqual(kinds(doc), ['assignment', 'rule', 'assignment', 'shell']);
  assert.equal(rules(doc)[0].programFamily, 'ipv6');
});

test('backslash continuations make one rule spanning lines, with exact ranges', () => {
  const text = '  iptables -A FORWARD \\\n      -i eth0 \\\n      -j ACCEPT # forward\necho done';
  const { doc, lines } = script(text);
  assert.deepEqual(kinds(doc), ['rule', 'shell']);
  const r = rules(doc)[0];
  assert.deepEqual(r.range, { start: { line: 0, character: 2 }, end: { line: 2, character: 15 } });
  assert.equal(at(lines, r.range), 'iptables -A FORWARD \\\n      -i eth0 \\\n      -j ACCEPT');
  const i = option(r, '--in-interface');
  assert.equal(i.range.start.line, 1);
  assert.equal(at(lines, i.range), '-i eth0');
  assert.equal(r.target?.name, 'ACCEPT');
  assert.equal(r.target?.nameWord.range.start.line, 2);
  assert.equal(at(lines, r.target!.nameWord.range), 'ACCEPT');
  // Every line of the command maps to the rule.
  assert.deepEqual([...doc.nodeAtLine], [0, 0, 0, 1]);
});

test('an option split by a continuation keeps a range across the lines', () => {
  const text = 'iptables -A INPUT -s \\\n 10.0.0.1 -j DROP';
  const { doc, lines } = script(text);
  const s = option(only(doc), '--source');
  assert.equal(at(lines, s.range), '-s \\\n 10.0.0.1');
});

test('comments, blank lines and other shell lines', () => {
  const text = '#!/bin/sh\n# allow ssh\n\nset -e\necho "iptables -A INPUT"';
  const { doc } = script(text);
  assert.deepEqual(kinds(doc), ['comment', 'comment', 'blank', 'shell', 'shell']);
  const c = doc.nodes[1];
  assert.equal(c.kind === 'comment' && c.text, ' allow ssh');
});

test('a trailing comment is not part of the rule', () => {
  const text = 'iptables -A INPUT -j ACCEPT # ok -j DROP';
  const { doc, lines } = script(text);
  const r = only(doc);
  assert.equal(at(lines, r.range), 'iptables -A INPUT -j ACCEPT');
  assert.equal(r.target?.name, 'ACCEPT');
  assert.deepEqual(r.problems, []);
});

test('redirections and separators: 2>/dev/null is no argument, || and ; split commands', () => {
  const text = 'iptables -N FOO 2>/dev/null || true; iptables -F FOO && iptables -X FOO';
  const { doc } = script(text);
  const r = rules(doc);
  assert.deepEqual(r.map((x) => x.command?.name), ['new-chain', 'flush', 'delete-chain']);
  assert.deepEqual(r[0].operands, []);
  assert.deepEqual(r[0].problems, []);
  assert.deepEqual(r.map((x) => x.range.start.character), [0, text.indexOf('iptables -F'), text.indexOf('iptables -X')]);
});

test('shell keywords before the program: if !, then', () => {
  const { doc } = script('if ! iptables -C INPUT -j DROP; then iptables -A INPUT -j DROP; fi');
  const r = rules(doc);
  assert.deepEqual(r.map((x) => x.command?.name), ['check', 'append']);
  assert.deepEqual(r[0].prefix.map((w) => w.text), ['if', '!']);
});

test('short clusters on the command line: iptables -nvL INPUT', () => {
  const r = only(script('iptables -nvL INPUT').doc);
  assert.equal(r.command?.name, 'list');
  assert.equal(r.chain?.text, 'INPUT');
  assert.deepEqual(r.problems, []);
});

test('a command line without a command is flagged at the program', () => {
  const text = 'iptables -s 1.2.3.4 -j ACCEPT';
  const { doc, lines } = script(text);
  const r = only(doc);
  const p = r.problems.find((x) => x.code === 'no-command');
  assert.ok(p);
  assert.equal(at(lines, p.range), 'iptables');
});

test('a heredoc fed to iptables-restore is read as restore input', () => {
  const text = 'iptables-restore <<EOF\n*filter\n:FOO - [0:0]\n-A INPUT -j FOO\nCOMMIT\nEOF\necho done';
  const { doc, lines } = script(text);
  assert.deepEqual(kinds(doc), ['shell', 'table', 'chain', 'rule', 'commit', 'shell', 'shell']);
  const r = rules(doc)[0];
  assert.equal(r.origin, 'restore');
  assert.equal(r.table, 'filter');
  assert.equal(at(lines, r.chain!.range), 'INPUT');
  assert.equal(r.range.start.line, 3);
  assert.deepEqual(doc.tables.map((t) => t.name), ['filter']);
  assert.equal(doc.familyHint?.family, 'ipv4');
});

test('a heredoc to another program stays shell text', () => {
  const { doc } = script('cat <<EOF > /etc/rules\n*filter\n-A FOO\nEOF');
  assert.deepEqual(kinds(doc), ['shell', 'shell', 'shell', 'shell']);
});

test('a here-string (<<<) is no heredoc: the lines below stay commands (regression)', () => {
  const { doc } = script('grep -q ssh <<< "$rules"\niptables -A INPUT -j ACCEPT');
  assert.deepEqual(kinds(doc), ['shell', 'rule']);
  assert.equal(doc.restoreInput, undefined);
});

test('the heredoc bodies fed to iptables-restore are marked, delimiter excluded, and an open one runs to the end', () => {
  assert.deepEqual(script('iptables-restore <<EOF\n*filter\n\nCOMMIT\nEOF\necho done').doc.restoreInput, [{ first: 1, last: 3 }]);
  assert.deepEqual(script('sudo ip6tables-restore <<-END\n\t*filter\n\tCOMMIT').doc.restoreInput, [{ first: 1, last: 2 }]);
  assert.equal(script('cat <<EOF > /etc/rules\n*filter\nEOF').doc.restoreInput, undefined);
});

test('<<- heredocs: the shell strips leading tabs, so tabs are no indentation for restore', () => {
  const text = 'ip6tables-restore <<-END\n\t*filter\n\t-A INPUT -j ACCEPT\n\tCOMMIT\n\tEND';
  const { doc, lines } = script(text);
  assert.deepEqual(kinds(doc), ['shell', 'table', 'rule', 'commit', 'shell']);
  for (const n of doc.nodes) assert.deepEqual(n.problems, [], `${n.kind} line ${n.range.start.line}`);
  const r = rules(doc)[0];
  assert.equal(at(lines, r.chain!.range), 'INPUT');
  assert.equal(at(lines, r.target!.nameWord.range), 'ACCEPT');
  const table = doc.nodes[1];
  assert.equal(table.kind === 'table' && at(lines, table.name.range), '*filter');
  assert.equal(doc.familyHint?.family, 'ipv6');
});

test('a rule in a heredoc without COMMIT leaves the table uncommitted', () => {
  const { doc } = script('iptables-restore <<EOF\n*filter\n-A INPUT -j ACCEPT\nEOF');
  assert.deepEqual(doc.problems.map((p) => p.code), ['missing-commit']);
});

test('a heredoc piped into iptables-restore is its input too: cat <<EOF | iptables-restore (review finding)', () => {
  const { doc } = script('cat <<EOF | sudo ip6tables-restore\n*filter\n-A INPUT -j ACCEPT\nCOMMIT\nEOF\necho done');
  assert.deepEqual(kinds(doc), ['shell', 'table', 'rule', 'commit', 'shell', 'shell']);
  assert.deepEqual(doc.restoreInput, [{ first: 1, last: 3 }]);
  assert.equal(doc.familyHint?.family, 'ipv6');
  // A pipe into another program, or a heredoc after `;`, is not.
  assert.equal(script('cat <<EOF | grep x\n*filter\nEOF').doc.restoreInput, undefined);
  assert.equal(script('cat <<EOF > /tmp/r; iptables-restore < /tmp/r\n*filter\nEOF').doc.restoreInput, undefined);
});
