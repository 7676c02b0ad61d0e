// How the words of a rule become options: negations, modules, targets, commands,
// abbreviations and clusters, the way iptables' getopt loop reads them.
// A small stub grammar keeps these tests independent of the catalog's contents;
// a few tests at the end run the same rules through the real catalog.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { OptionNode } from '../../server/src/syntax/ast';
import type { ExtensionGrammar, ExtensionOption, ModuleRef } from '../../server/src/syntax/extensionGrammar';
import { splitRestoreWords } from '../../server/src/syntax/restoreWords';
import { looksLikeOption, parseRuleWords, type RuleParts } from '../../server/src/syntax/ruleParser';
import { catalogGrammar } from '../../server/src/catalog/grammar';
import { textAt } from '../support/fixture';

const modules: Record<string, Record<string, ExtensionOption>> = {
  'match:tcp': {
    '--dport': { name: '--dport', arity: 1 },
    '--destination-port': { name: '--dport', arity: 1 },
    '--sport': { name: '--sport', arity: 1 },
    '--source-port': { name: '--sport', arity: 1 },
    '--syn': { name: '--syn', arity: 0 },
    '--tcp-flags': { name: '--tcp-flags', arity: 2 },
  },
  'match:udp': {
    '--dport': { name: '--dport', arity: 1 },
    '--sport': { name: '--sport', arity: 1 },
  },
  'match:comment': { '--comment': { name: '--comment', arity: 1 } },
  'target:LOG': {
    '--log-prefix': { name: '--log-prefix', arity: 1 },
    '--log-level': { name: '--log-level', arity: 1 },
  },
};

const stub: ExtensionGrammar = {
  hasTarget: (name) => `target:${name}` in modules,
  option: (m: ModuleRef, name) => modules[`${m.kind}:${m.name}`]?.[name],
  optionNames: (m: ModuleRef) => Object.keys(modules[`${m.kind}:${m.name}`] ?? {}),
  protocolMatch: (p) => (p === 'tcp' || p === 'udp' ? p : undefined),
};

interface Parsed extends RuleParts {
  line: string;
}

function parse(line: string, origin: 'restore' | 'command' = 'restore', grammar: ExtensionGrammar = stub): Parsed {
  return { ...parseRuleWords(splitRestoreWords(line, { line: 0 }), { origin, grammar }), line };
}

function option(p: Parsed, written: string, nth = 0): OptionNode {
  const found = p.options.filter((o) => o.written === written)[nth];
  assert.ok(found, `no option ${written} in ${p.line}`);
  return found;
}

function codes(p: Parsed): string[] {
  return p.problems.map((x) => x.code);
}

function ownerName(o: OptionNode): string {
  switch (o.owner.kind) {
    case 'core':
      return 'core';
    case 'match':
      return `match:${o.owner.match.name}`;
    case 'target':
      return `target:${o.owner.target.name}`;
    default:
      return 'unknown';
  }
}

test('command, chain and target of a plain rule, with exact ranges', () => {
  const p = parse('-A INPUT -s 10.0.0.0/8 -j ACCEPT');
  assert.deepEqual(codes(p), []);
  assert.equal(p.command?.name, 'append');
  assert.equal(textAt(p.line, p.command!.option.range), '-A INPUT');
  assert.equal(p.chain?.text, 'INPUT');
  const s = option(p, '-s');
  assert.equal(s.name, '--source');
  assert.equal(ownerName(s), 'core');
  assert.deepEqual(s.args.map((a) => a.text), ['10.0.0.0/8']);
  assert.equal(textAt(p.line, s.range), '-s 10.0.0.0/8');
  assert.equal(p.target?.name, 'ACCEPT');
  assert.equal(p.target?.kind, 'jump');
  assert.equal(p.target?.extension, false);
  assert.equal(textAt(p.line, p.target!.nameWord.range), 'ACCEPT');
  assert.deepEqual(p.options.map((o) => o.name), ['--append', '--source', '--jump']);
});

test('`! -s x` negates -s; the option range starts at the `!`', () => {
  const p = parse('-A INPUT ! -s 1.2.3.4 -j DROP');
  assert.deepEqual(codes(p), []);
  const s = option(p, '-s');
  assert.ok(s.negation);
  assert.equal(textAt(p.line, s.negation.range), '!');
  assert.equal(s.intraNegation, undefined);
  assert.equal(textAt(p.line, s.range), '! -s 1.2.3.4');
  assert.equal(option(p, '-j').negation, undefined);
});

test('`-s ! x` is read as negated but flagged intrapositioned-negation at the `!`', () => {
  // iptables 1.8.9: Bad argument `1.2.3.4'
  const p = parse('-A INPUT -s ! 1.2.3.4 -j DROP');
  assert.deepEqual(codes(p), ['intrapositioned-negation']);
  assert.equal(textAt(p.line, p.problems[0].range), '!');
  const s = option(p, '-s');
  assert.equal(s.intraNegation, true);
  assert.deepEqual(s.args.map((a) => a.text), ['1.2.3.4']);
  assert.equal(textAt(p.line, s.range), '-s ! 1.2.3.4');
  assert.equal(p.target?.name, 'DROP');
});

test('two `!` in a row, and a `!` at the end', () => {
  const d = parse('-A INPUT ! ! -s 1.2.3.4');
  assert.deepEqual(codes(d), ['double-negation']);
  assert.equal(d.problems[0].range.start.character, d.line.indexOf('! -s'));
  const e = parse('-A INPUT -j ACCEPT !');
  assert.deepEqual(codes(e), ['dangling-negation']);
  assert.equal(e.problems[0].range.start.character, e.line.length - 1);
});

test('`-p tcp --dport 22` binds --dport to the implicit tcp match', () => {
  const p = parse('-A INPUT -p tcp --dport 22 -j ACCEPT');
  assert.deepEqual(codes(p), []);
  assert.equal(p.protocol?.args[0]?.text, 'tcp');
  assert.equal(p.matches.length, 1);
  const m = p.matches[0];
  assert.equal(m.name, 'tcp');
  assert.equal(m.implicit, true);
  assert.equal(m.option, undefined);
  assert.equal(textAt(p.line, m.nameWord.range), 'tcp');
  const dport = option(p, '--dport');
  assert.equal(ownerName(dport), 'match:tcp');
  assert.deepEqual(m.options, [dport]);
  assert.equal(textAt(p.line, dport.range), '--dport 22');
});

test('the implicit match is loaded only when needed, and not for a negated protocol', () => {
  const explicit = parse('-A INPUT -p tcp -m tcp --dport 22');
  assert.deepEqual(explicit.matches.map((m) => [m.name, m.implicit]), [['tcp', false]]);
  assert.equal(ownerName(option(explicit, '--dport')), 'match:tcp');

  const negated = parse('-A INPUT ! -p tcp --dport 22');
  assert.equal(negated.matches.length, 0);
  assert.equal(ownerName(option(negated, '--dport')), 'unknown');

  // An option before -p cannot use the protocol's match (iptables: unknown option).
  const early = parse('-A INPUT --dport 22 -p tcp');
  assert.equal(ownerName(option(early, '--dport')), 'unknown');
});

test('options go to the newest loaded module that knows them', () => {
  const p = parse('-A INPUT -p udp -m tcp --dport 1 -m udp --dport 2');
  const first = option(p, '--dport', 0);
  const second = option(p, '--dport', 1);
  assert.equal(ownerName(first), 'match:tcp');
  assert.equal(ownerName(second), 'match:udp');
  assert.deepEqual(p.matches.map((m) => m.name), ['tcp', 'udp']);
});

test('-m comment --comment "x # y": the quoted value is one word, # included', () => {
  const p = parse('-A INPUT -m comment --comment "x # y" -j ACCEPT');
  assert.deepEqual(codes(p), []);
  const m = p.matches[0];
  assert.equal(m.name, 'comment');
  assert.equal(m.implicit, false);
  assert.equal(m.option && textAt(p.line, m.option.range), '-m comment');
  const c = option(p, '--comment');
  assert.equal(ownerName(c), 'match:comment');
  assert.deepEqual(c.args.map((a) => a.text), ['x # y']);
  assert.equal(textAt(p.line, c.args[0].range), '"x # y"');
  assert.equal(textAt(p.line, c.range), '--comment "x # y"');
  assert.equal(p.target?.name, 'ACCEPT');
});

test('--comment=abc: the inline value is the argument, with its own range', () => {
  const p = parse('-A INPUT -m comment --comment=abc -j ACCEPT');
  assert.deepEqual(codes(p), []);
  const c = option(p, '--comment');
  assert.equal(c.name, '--comment');
  assert.equal(ownerName(c), 'match:comment');
  assert.deepEqual(c.args.map((a) => a.text), ['abc']);
  assert.equal(textAt(p.line, c.args[0].range), 'abc');
  assert.equal(textAt(p.line, c.range), '--comment=abc');
  assert.equal(p.target?.name, 'ACCEPT');
});

test('--dport=22 inline on an implicit match', () => {
  const p = parse('-A INPUT -p tcp --dport=22');
  const d = option(p, '--dport');
  assert.equal(ownerName(d), 'match:tcp');
  assert.equal(textAt(p.line, d.args[0].range), '22');
});

test('abbreviations: --dp is --dport, --sou is --source, --log-lev is --log-level', () => {
  // Measured: `-p tcp --dp 22` is accepted by iptables-restore.
  const p = parse('-A INPUT --sou 1.2.3.4 -p tcp --dp 22 -j LOG --log-lev 4');
  assert.deepEqual(codes(p), []);
  const dp = option(p, '--dp');
  assert.equal(dp.name, '--dport');
  assert.equal(ownerName(dp), 'match:tcp');
  assert.equal(textAt(p.line, dp.range), '--dp 22');
  assert.equal(option(p, '--sou').name, '--source');
  const lev = option(p, '--log-lev');
  assert.equal(lev.name, '--log-level');
  assert.equal(ownerName(lev), 'target:LOG');
});

test('an abbreviation of several options is ambiguous', () => {
  // Measured: iptables-restore says unknown option "--d".
  const p = parse('-A INPUT --d 1.2.3.4 -j ACCEPT');
  assert.ok(codes(p).includes('ambiguous-option'));
  assert.equal(textAt(p.line, p.problems.find((x) => x.code === 'ambiguous-option')!.range), '--d');
  assert.deepEqual(codes(parse('-A INPUT --des 1.2.3.4 -j ACCEPT')), []);
});

test('target options belong to the target only after -j', () => {
  const p = parse('-A INPUT -j LOG --log-prefix "dropped: "');
  assert.equal(p.target?.name, 'LOG');
  assert.equal(p.target?.extension, true);
  const lp = option(p, '--log-prefix');
  assert.equal(ownerName(lp), 'target:LOG');
  assert.deepEqual(p.target?.options, [lp]);
  assert.deepEqual(lp.args.map((a) => a.text), ['dropped: ']);

  const before = parse('-A INPUT --log-prefix x -j LOG');
  assert.equal(ownerName(option(before, '--log-prefix')), 'unknown');
});

test('-g is a goto target; a chain name is not an extension', () => {
  const p = parse('-A INPUT -g MYCHAIN');
  assert.equal(p.target?.kind, 'goto');
  assert.equal(p.target?.name, 'MYCHAIN');
  assert.equal(p.target?.extension, false);
});

test('an option of arity 2 takes two words', () => {
  const p = parse('-A INPUT -p tcp --tcp-flags SYN,RST SYN -j DROP');
  const f = option(p, '--tcp-flags');
  assert.deepEqual(f.args.map((a) => a.text), ['SYN,RST', 'SYN']);
  assert.equal(textAt(p.line, f.range), '--tcp-flags SYN,RST SYN');
  assert.equal(p.target?.name, 'DROP');
});

test('a missing value is reported without swallowing the next option', () => {
  const p = parse('-A INPUT -s -j ACCEPT');
  assert.deepEqual(codes(p), ['missing-argument']);
  assert.equal(textAt(p.line, p.problems[0].range), '-s');
  assert.deepEqual(option(p, '-s').args, []);
  assert.equal(p.target?.name, 'ACCEPT');

  const end = parse('-A INPUT -s');
  assert.deepEqual(codes(end), ['missing-argument']);
});

test('a flag given a value inline is an error', () => {
  const p = parse('-A INPUT -p tcp --syn=1');
  assert.deepEqual(codes(p), ['unexpected-value']);
  assert.equal(textAt(p.line, p.problems[0].range), '1');
});

test('a word that belongs to no option is a bad argument', () => {
  const p = parse('-A INPUT foo -j ACCEPT');
  assert.deepEqual(codes(p), ['bad-argument']);
  assert.equal(textAt(p.line, p.problems[0].range), 'foo');
});

test('an unknown option keeps the plain words after it as its values', () => {
  const p = parse('-A INPUT --frobnicate a b -j ACCEPT');
  assert.deepEqual(codes(p), []);
  const f = option(p, '--frobnicate');
  assert.equal(ownerName(f), 'unknown');
  assert.deepEqual(f.args.map((a) => a.text), ['a', 'b']);
  assert.equal(textAt(p.line, f.range), '--frobnicate a b');
  assert.equal(p.target?.name, 'ACCEPT');
});

test('repeated options, two commands and -j after -g', () => {
  const dup = parse('-A INPUT -s 1.1.1.1 -s 2.2.2.2');
  assert.deepEqual(codes(dup), ['duplicate-option']);
  assert.equal(dup.problems[0].range.start.character, dup.line.lastIndexOf('-s'));
  assert.deepEqual(codes(parse('-A INPUT -m comment --comment a -m comment --comment b')), []);
  const jg = parse('-A INPUT -j ACCEPT -g FOO');
  assert.deepEqual(codes(jg), ['duplicate-option']);
  assert.equal(textAt(jg.line, jg.problems[0].range), '-g');
  assert.equal(jg.target?.name, 'ACCEPT');
  const two = parse('-A INPUT -A OUTPUT');
  assert.deepEqual(codes(two), ['multiple-commands']);
  assert.equal(two.problems[0].range.start.character, two.line.indexOf('-A OUTPUT'));
  assert.equal(two.command?.name, 'append');
  assert.equal(two.chain?.text, 'INPUT');
});

test('command operands: rule numbers, new names, policies', () => {
  const cases: Array<[string, string, string | undefined, string[]]> = [
    ['-I INPUT 3 -j ACCEPT', 'insert', 'INPUT', ['3']],
    ['-I INPUT -j ACCEPT', 'insert', 'INPUT', []],
    ['-D INPUT 2', 'delete', 'INPUT', ['2']],
    ['-R INPUT 2 -j DROP', 'replace', 'INPUT', ['2']],
    ['-E OLD NEW', 'rename-chain', 'OLD', ['NEW']],
    ['-P INPUT DROP', 'policy', 'INPUT', ['DROP']],
    ['-N FOO', 'new-chain', 'FOO', []],
    ['-X FOO', 'delete-chain', 'FOO', []],
    ['-X', 'delete-chain', undefined, []],
    ['-F', 'flush', undefined, []],
    ['-Z INPUT', 'zero', 'INPUT', []],
    ['--new-chain FOO', 'new-chain', 'FOO', []],
    ['--append INPUT', 'append', 'INPUT', []],
  ];
  for (const [line, name, chain, operands] of cases) {
    const p = parse(line);
    assert.equal(p.command?.name, name, line);
    assert.equal(p.chain?.text, chain, line);
    assert.deepEqual(p.operands.map((w) => w.text), operands, line);
    assert.deepEqual(codes(p), [], line);
  }
  const noPolicy = parse('-P INPUT');
  assert.deepEqual(codes(noPolicy), ['missing-argument']);
  const noChain = parse('-A -j ACCEPT');
  assert.deepEqual(codes(noChain), ['missing-argument']);
  assert.equal(textAt(noChain.line, noChain.problems[0].range), '-A');
});

test('short clusters: -nvL reads as -n -v -L with one range per letter', () => {
  const p = parse('-nvL INPUT', 'command');
  assert.deepEqual(codes(p), []);
  assert.deepEqual(p.options.map((o) => o.name), ['--numeric', '--verbose', '--list']);
  assert.deepEqual(p.options.map((o) => textAt(p.line, o.word.range)), ['-n', 'v', 'L']);
  assert.equal(p.command?.name, 'list');
  assert.equal(p.chain?.text, 'INPUT');
});

test('a short option glued to its value: -ptcp, -sfoo', () => {
  const p = parse('-A INPUT -ptcp --dport 22');
  const proto = option(p, '-p');
  assert.deepEqual(proto.args.map((a) => a.text), ['tcp']);
  assert.equal(textAt(p.line, proto.args[0].range), 'tcp');
  assert.equal(textAt(p.line, proto.range), '-ptcp');
  assert.equal(ownerName(option(p, '--dport')), 'match:tcp');
});

test('-4 and -6 are options, not stray words (a restore line may start with them)', () => {
  // Measured: `-4 -A INPUT -j ACCEPT` is accepted by iptables-restore.
  const four = parse('-4 -A FORWARD -j ACCEPT');
  assert.deepEqual(codes(four), []);
  assert.equal(four.options[0].name, '--ipv4');
  assert.equal(four.command?.name, 'append');
  const six = parse('-6 -A FORWARD -j ACCEPT');
  assert.deepEqual(codes(six), []);
  assert.equal(six.options[0].name, '--ipv6');
});

test('-c takes two counters; -t is refused in restore input but fine on a command line', () => {
  const c = parse('-c 10 20 -A INPUT -j ACCEPT');
  assert.deepEqual(option(c, '-c').args.map((a) => a.text), ['10', '20']);
  assert.ok(c.options.some((o) => o.name === '--set-counters'));
  const r = parse('-t nat -A PREROUTING');
  assert.deepEqual(codes(r), ['table-option-in-restore']);
  const cmd = parse('-t nat -A PREROUTING', 'command');
  assert.deepEqual(codes(cmd), []);
  assert.equal(cmd.table?.args[0]?.text, 'nat');
});

test('looksLikeOption: what getopt would take as an option', () => {
  const w = (text: string, quoted = false) => ({ text, quoted, range: { start: { line: 0, character: 0 }, end: { line: 0, character: text.length } } });
  assert.equal(looksLikeOption(w('-s')), true);
  assert.equal(looksLikeOption(w('--dport')), true);
  assert.equal(looksLikeOption(w('-4')), true);
  assert.equal(looksLikeOption(w('-')), false);
  assert.equal(looksLikeOption(w('--')), false);
  assert.equal(looksLikeOption(w('-1')), false);
  // Quotes are gone before iptables reads the word: `"-A"` is the command.
  assert.equal(looksLikeOption(w('-s', true)), true);
  assert.equal(looksLikeOption(w('!')), false);
});

// The same associations through the real catalog.
test('catalog: -p tcp --dport 22 binds to the implicit tcp match', () => {
  const p = parse('-A INPUT -p tcp --dport 22 -j ACCEPT', 'restore', catalogGrammar);
  assert.deepEqual(codes(p), []);
  assert.deepEqual(p.matches.map((m) => [m.name, m.implicit]), [['tcp', true]]);
  assert.equal(ownerName(option(p, '--dport')), 'match:tcp');
  const dp = parse('-A INPUT -p tcp --dp 22', 'restore', catalogGrammar);
  assert.equal(ownerName(option(dp, '--dp')), 'match:tcp');
});

test('catalog: -m comment --comment and -j LOG options are bound', () => {
  const p = parse('-A INPUT -m comment --comment "x # y" -j LOG --log-prefix "in: "', 'restore', catalogGrammar);
  assert.deepEqual(codes(p), []);
  assert.equal(ownerName(option(p, '--comment')), 'match:comment');
  assert.equal(ownerName(option(p, '--log-prefix')), 'target:LOG');
  assert.equal(p.target?.extension, true);
});
