// A restore rule keeps what other lines see of it and reads its options and
// matches again from its text: what it answers must be what one reading of the
// line gives, with the kept command and target objects in place.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { OptionNode, RuleNode } from '../../server/src/syntax/ast';
import { catalogGrammar } from '../../server/src/catalog/grammar';
import { parseRestoreLine } from '../../server/src/syntax/restoreLines';
import { commandOf, familyMarksOf, plainConditions, plainConditionsOf, RestoreRule, targetOf } from '../../server/src/syntax/restoreRule';
import { splitRestoreWords } from '../../server/src/syntax/restoreWords';
import { parseRuleWords, ruleNode } from '../../server/src/syntax/ruleParser';

const lines = [
  '-A INPUT -p tcp -m tcp --dport 22 -m conntrack --ctstate NEW -m comment --comment "ssh in" -j ACCEPT',
  '[5:300] -A INPUT -i lo -j ACCEPT',
  '-A KUBE-SEP-X -p tcp -m comment --comment "default/web:http" -m tcp -j DNAT --to-destination 10.244.1.5:8080',
  '-A INPUT ! -s 10.0.0.0/8 -j LOGDROP',
  '-A LOGDROP -m limit --limit 5/min -j LOG --log-prefix "drop: " --log-level 4',
  '-6 -A INPUT -s ::/0 -j DROP',
  '-A INPUT -s 0.0.0.0/0 -p all -j ACCEPT',
  '-I INPUT 2 -j REJECT --reject-with tcp-reset -p tcp',
  '-A INPUT --bogus -j',
];

function rule(text: string, line = 3): RestoreRule {
  const node = parseRestoreLine(text, line, { table: 'filter' }, catalogGrammar);
  assert.ok(node instanceof RestoreRule, text);
  return node;
}

/** Each option as text with its place, its owner and its values: what checks and features read. */
function shape(options: readonly OptionNode[]): string[] {
  return options.map((o) => {
    const owner = o.owner.kind === 'core' ? o.owner.spec.long : o.owner.kind === 'match' ? `m:${o.owner.match.name}` : o.owner.kind === 'target' ? `t:${o.owner.target.name}` : '?';
    return `${o.negation ? '! ' : ''}${o.written}@${JSON.stringify(o.range)} ${owner} [${o.args.map((a) => `${a.text}@${a.range.start.character}`).join(' ')}]`;
  });
}

test('a restore rule answers what one reading of its line gives', () => {
  for (const text of lines) {
    const r = rule(text);
    const from = text.startsWith('[') ? text.indexOf(']') + 1 : 0;
    const once = parseRuleWords(splitRestoreWords(text, { line: 3 }, from), { origin: 'restore', grammar: catalogGrammar });
    assert.deepEqual(shape(r.options), shape(once.options), text);
    assert.deepEqual(r.matches.map((m) => `${m.name} ${m.implicit} ${shape(m.options).join('|')}`), once.matches.map((m) => `${m.name} ${m.implicit} ${shape(m.options).join('|')}`), text);
    assert.equal(r.protocol?.args[0]?.text, once.protocol?.args[0]?.text, text);
    assert.deepEqual(r.range, { start: { line: 3, character: 0 }, end: { line: 3, character: text.length } });
  }
});

test('what binding reads of a rule (its command and where it jumps) is kept, and agrees with the rule read again', () => {
  for (const text of lines) {
    const r = rule(text);
    assert.equal(commandOf(r), r.command?.name, text);
    const kept = targetOf(r);
    const read = r.target;
    assert.equal(kept?.name, read?.name, text);
    assert.equal(kept?.kind, read?.kind, text);
    assert.equal(kept?.extension, read?.extension, text);
    assert.deepEqual(kept?.nameWord.range, read?.nameWord.range, text);
    assert.deepEqual(r.chain?.range, r.command?.option.args[0]?.range, text);
  }
  assert.equal(targetOf(rule('-A INPUT -p tcp')), undefined);
  assert.equal(commandOf(rule('-p tcp -j ACCEPT')), undefined);
});

test('one reading gives details that agree by identity: the command and target options are in the options list', () => {
  for (const text of lines) {
    const r = rule(text);
    for (let round = 0; round < 2; round++) {
      if (r.command) assert.ok(r.options.includes(r.command.option), text);
      if (r.target) {
        assert.ok(r.options.includes(r.target.option), text);
        for (const o of r.target.options) assert.ok(r.options.includes(o), `${text}: ${o.written}`);
      }
      r.forgetDetails();
    }
  }
});

test('the details of only a few rules are kept: reading many others drops them, and reading again gives equal ones', () => {
  const first = rule(lines[0]);
  const before = first.options;
  assert.equal(first.options, before, 'read once, then kept while recent');
  const others = Array.from({ length: 200 }, (_, i) => rule(lines[i % lines.length], 10 + i));
  for (const o of others) void o.options;
  const after = first.options;
  assert.notEqual(after, before, 'the kept details were dropped');
  assert.deepEqual(shape(after), shape(before));
});

test('-4 and -6, and the conditions of a rule without matches, are known without reading the rule again', () => {
  const marked = rule('-6 -A INPUT -4 -j DROP');
  assert.deepEqual(marked.familyMarks?.map((o) => o.name), ['--ipv6', '--ipv4']);
  assert.deepEqual(familyMarksOf(marked).map((o) => o.written), ['-6', '-4']);
  assert.equal(rule('-A INPUT -j DROP').familyMarks, undefined);

  assert.deepEqual(plainConditions(rule('-A INPUT -s 0.0.0.0/0 -p all -j ACCEPT'))?.map((o) => o.name), ['--source', '--protocol']);
  assert.deepEqual(plainConditions(rule('-A INPUT -j ACCEPT')), []);
  assert.equal(plainConditions(rule('-A INPUT ! -s 10.0.0.0/8 -j ACCEPT')), undefined, 'a negation tests something');
  assert.equal(plainConditions(rule('-A INPUT -m comment --comment x -j ACCEPT')), undefined, 'a match tests something');
  // Any rule node gives the same answers, read from its options.
  const words = splitRestoreWords('-A INPUT -s 0/0 -j ACCEPT', { line: 0 });
  const plain: RuleNode = ruleNode({ range: words[0].range, origin: 'command', prefix: [], table: 'filter' }, parseRuleWords(words, { origin: 'command', grammar: catalogGrammar }));
  assert.deepEqual(plainConditions(plain)?.map((o) => o.name), ['--source']);
  assert.deepEqual(plainConditionsOf(plain.options, plain.matches)?.map((o) => o.args[0].text), ['0/0']);
});

test('the engine turns off V8 pretenuring before any parser code runs (restore rules are read again; see heapFlags.ts)', () => {
  for (const entry of ['server/src/cli.ts', 'server/src/server.ts']) {
    const firstImport = readFileSync(entry, 'utf8').split('\n').find((l) => l.startsWith('import'));
    assert.equal(firstImport, "import './heapFlags';", entry);
  }
});
