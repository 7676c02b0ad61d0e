// The shapes in syntax/coreOptions.ts as the rule parser applies them: values
// that may be left out, options that take none, operands read once per
// command, and the family guess from IPv6 addresses written with `::`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coreOptions } from '../../server/src/syntax/coreOptions';
import { familyFromText } from '../../server/src/syntax/parse';
import { splitRestoreWords } from '../../server/src/syntax/restoreWords';
import { parseRuleWords, type RuleParts } from '../../server/src/syntax/ruleParser';
import { catalogGrammar } from '../../server/src/catalog/grammar';

function parse(line: string, origin: 'restore' | 'command' = 'command'): RuleParts {
  return parseRuleWords(splitRestoreWords(line, { line: 0 }), { origin, grammar: catalogGrammar });
}

const argsOf = (p: RuleParts, name: string): string[] => p.options.find((o) => o.name === name)!.args.map((a) => a.text);

test('-w takes the next word unless it starts with - or ! (as iptables tests it)', () => {
  assert.deepEqual(argsOf(parse('-w 5 -A INPUT'), '--wait'), ['5']);
  assert.deepEqual(argsOf(parse('-w -A INPUT'), '--wait'), []);
  assert.deepEqual(argsOf(parse('-A INPUT -w ! -s 1.2.3.4'), '--wait'), []);
  assert.deepEqual(argsOf(parse('-A INPUT -w "!x"'), '--wait'), [], 'a quoted ! is still a !');
  assert.deepEqual(argsOf(parse('-w5 -A INPUT'), '--wait'), ['5']);
  assert.deepEqual(argsOf(parse('--wait=5 -A INPUT'), '--wait'), ['5']);
});

test('a core option without values refuses an inline one, like an extension option', () => {
  // iptables 1.8.9: `--verbose=x` and `--syn=x` are both "unknown option" (exit 2).
  assert.deepEqual(parse('-A INPUT --verbose=x -j ACCEPT').problems.map((p) => p.code), ['unexpected-value']);
  assert.deepEqual(parse('-A INPUT -p tcp --syn=x -j ACCEPT').problems.map((p) => p.code), ['unexpected-value']);
});

test('command operands are read from the shape built once: optional ones only when present', () => {
  const list = parse('-L INPUT 3 -n');
  assert.equal(list.chain?.text, 'INPUT');
  assert.deepEqual(list.operands.map((w) => w.text), ['3']);
  const bare = parse('-L -n');
  assert.equal(bare.chain, undefined);
  assert.deepEqual(bare.problems, []);
  assert.deepEqual(parse('-R INPUT -j ACCEPT').problems.map((p) => p.code), ['missing-argument']);
  const spec = coreOptions.find((o) => o.long === '--delete')!.command!;
  assert.deepEqual(spec.operands, [{ kind: 'chain', optional: false }, { kind: 'rulenum', optional: true }]);
});

test('-m and -v may repeat; -g after -j is a second target', () => {
  assert.deepEqual(parse('-A INPUT -v -v -m comment --comment a -m comment --comment b -j ACCEPT').problems, []);
  assert.deepEqual(parse('-A INPUT -j ACCEPT -g OTHER').problems.map((p) => p.code), ['duplicate-option']);
  assert.deepEqual(parse('-A INPUT -s 1.2.3.4 -s 5.6.7.8 -j ACCEPT').problems.map((p) => p.code), ['duplicate-option']);
});

test('IPv6 addresses with :: in the middle make the family guess', () => {
  assert.equal(familyFromText(['-A INPUT -s 2001:db8::1 -j ACCEPT'])?.family, 'ipv6');
  assert.equal(familyFromText(['-A INPUT -d 2001:db8::/32 -j ACCEPT'])?.family, 'ipv6');
  assert.equal(familyFromText(['-A INPUT -s ::1 -j ACCEPT'])?.family, 'ipv6');
  assert.equal(familyFromText(['-A INPUT -s 10.0.0.1 -j ACCEPT'])?.family, 'ipv4');
  assert.equal(familyFromText(['-A INPUT -p tcp --dport 22 -j ACCEPT']), undefined);
});
