// The differential test's own parts: case making, lists, categories, and the oracle's basic verdicts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleDump } from '../support/dumps';
import { splitWords } from '../support/ruleWords';
import type { OracleCase } from './cases';
import type { Outcome } from './compare';
import { parseList } from './lists';
import { seededRandom } from '../support/random';
import { chooseBases, mutate, mutationCases, mutationKinds, rulesOfDump, type BaseRule } from './mutations';
import { findOracle, isKernelRefusal, judge } from './oracle';
import { category } from './report';
import { parseTFile } from '../support/tFiles';
import { casesFromTFile } from './tFiles';

test('splitWords keeps a double-quoted argument whole', () => {
  assert.deepEqual(splitWords('-m comment --comment "a b  c" -j ACCEPT'), ['-m', 'comment', '--comment', '"a b  c"', '-j', 'ACCEPT']);
});

test('ruleDump declares user chains but not built-in ones', () => {
  const { dump, focusLine } = ruleDump('filter', 'MYCHAIN', '-j other', ['other', 'INPUT']);
  assert.equal(dump, '*filter\n:MYCHAIN - [0:0]\n:other - [0:0]\n-A MYCHAIN -j other\nCOMMIT\n');
  assert.equal(focusLine, 4);
});

const tText = [
  ':INPUT,OUTPUT',
  '-p tcp -m tcp --dport 1;=;OK',
  '# a comment;=;OK',
  '*mangle',
  ':PREROUTING',
  '%iptables -t mangle -I PREROUTING -j RATEEST --rateest-name R',
  '-m rateest --rateest R;=;OK',
  '%iptables -t mangle -D PREROUTING -j RATEEST --rateest-name R',
  '-j foo;;FAIL',
  '',
].join('\n');

test('.t files: chains, table switches, helper rules and verdicts', () => {
  const entries = parseTFile(tText);
  assert.deepEqual(
    entries.map((e) => [e.lineNo, e.table, e.chains.join(','), e.verdict, e.setup.length, e.userChains.join()]),
    [
      [2, 'filter', 'INPUT,OUTPUT', 'OK', 0, ''],
      [7, 'mangle', 'PREROUTING', 'OK', 1, ''],
      [9, 'mangle', 'PREROUTING', 'FAIL', 0, 'foo'],
    ],
  );
  const cases = casesFromTFile('extensions__libxt_demo.t', tText);
  assert.deepEqual(
    cases.map((c) => c.id),
    [
      't:libxt_demo:2:INPUT:ipv4', 't:libxt_demo:2:OUTPUT:ipv4', 't:libxt_demo:2:INPUT:ipv6', 't:libxt_demo:2:OUTPUT:ipv6',
      't:libxt_demo:7:PREROUTING:ipv4', 't:libxt_demo:7:PREROUTING:ipv6',
      't:libxt_demo:9:PREROUTING:ipv4', 't:libxt_demo:9:PREROUTING:ipv6',
    ],
  );
  const rateest = cases.find((c) => c.id === 't:libxt_demo:7:PREROUTING:ipv4');
  assert.equal(rateest?.dump, '*mangle\n-A PREROUTING -j RATEEST --rateest-name R\n-A PREROUTING -m rateest --rateest R\nCOMMIT\n');
  assert.equal(cases.find((c) => c.id === 't:libxt_demo:9:PREROUTING:ipv4')?.expected, 'reject');
  // The verdict column speaks of iptables (IPv4) runs only.
  assert.equal(cases.find((c) => c.id === 't:libxt_demo:9:PREROUTING:ipv6')?.expected, undefined);
  assert.deepEqual(casesFromTFile('extensions__libip6t_demo.t', tText).map((c) => c.family).filter((f) => f !== 'ipv6'), []);
  assert.deepEqual(casesFromTFile('extensions__libebt_demo.t', tText), []);
});

const dump = [
  '*filter',
  ':INPUT ACCEPT [0:0]',
  ':KUBE-FW - [0:0]',
  '-A INPUT -p tcp -m tcp --dport 22 -m conntrack --ctstate NEW,ESTABLISHED -j KUBE-FW',
  '-A KUBE-FW -s 10.0.0.0/8 -m comment --comment "x y" -j ACCEPT',
  '-A KUBE-FW -m set --match-set s src -j DROP',
  'COMMIT',
  '*nat',
  '-A POSTROUTING -o eth0 -j MASQUERADE --to-ports 1024-2048',
  'COMMIT',
].join('\n');

test('mutations: rules with their table and chains, no external objects, same cases for the same seed', () => {
  const bases = rulesOfDump(dump, 'ipv4', 'demo');
  assert.deepEqual(
    bases.map((b) => `${b.table}/${b.chain}: ${b.rule}`),
    [
      'filter/INPUT: -p tcp -m tcp --dport 22 -m conntrack --ctstate NEW,ESTABLISHED -j KUBE-FW',
      'filter/KUBE-FW: -s 10.0.0.0/8 -m comment --comment "x y" -j ACCEPT',
      'nat/POSTROUTING: -o eth0 -j MASQUERADE --to-ports 1024-2048',
    ],
  );
  const make = (): OracleCase[] => mutationCases(chooseBases(bases, 3, seededRandom(7)), 5, seededRandom(7));
  const first = make();
  assert.deepEqual(make(), first);
  assert.ok(first.length >= 12, `only ${first.length} cases`);
  // Every case is a whole dump; the jump target is declared wherever the rule lands.
  for (const c of first) {
    assert.match(c.dump, /^\*\w+\n[^]*COMMIT\n$/);
    if (/-j KUBE-FW\b/.test(c.dump)) assert.match(c.dump, /^:KUBE-FW - \[0:0\]$/m);
  }
});

test('every mutation kind changes the rule', () => {
  const base: BaseRule = bases0();
  for (const kind of mutationKinds) {
    const rng = seededRandom(11);
    const m = mutate(base, kind, rng);
    assert.ok(m, `${kind} found no place`);
    assert.ok(m.words.join(' ') !== base.rule || m.table !== base.table || m.chain !== base.chain, `${kind} changed nothing`);
  }
});

function bases0(): BaseRule {
  return rulesOfDump(dump, 'ipv4', 'demo')[0];
}

test('lists match by id, by wildcard and by text; a malformed line is an error', () => {
  const list = parseList('case\treason\n# note\nt:libxt_a:1:INPUT:ipv4\tone\nt:libxt_b:*\ttwo\n/-j LED\\b/\tthree\n', 'x.tsv');
  const c = (id: string, text = ''): OracleCase => ({ id, source: 't-files', family: 'ipv4', dump: text, focusLine: 0 });
  assert.equal(list.find((e) => e.test(c('t:libxt_a:1:INPUT:ipv4')))?.reason, 'one');
  assert.equal(list.find((e) => e.test(c('t:libxt_a:1:INPUT:ipv6'))), undefined);
  assert.equal(list.find((e) => e.test(c('t:libxt_b:9:OUTPUT:ipv6')))?.reason, 'two');
  assert.equal(list.find((e) => e.test(c('mut:x', '-A INPUT -j LED --led-trigger-id a')))?.reason, 'three');
  assert.throws(() => parseList('t:x\n', 'y.tsv'), /y\.tsv:1/);
});

test('categories name the direction and the cause, without the particular values', () => {
  const base: Pick<Outcome, 'case' | 'errors' | 'agree'> = {
    case: { id: 'x', source: 'mutations', family: 'ipv4', dump: '*filter\n-A INPUT -p tcp --dport 65536\nCOMMIT\n', focusLine: 2 },
    errors: [],
    agree: false,
  };
  const missed: Outcome = { ...base, ours: 'accept', oracle: { accepted: false, exit: 2, message: "iptables-restore v1.8.9 (legacy): Port \"65536\" does not resolve to anything.\nError occurred at line: 2\nTry `iptables-restore -h' for more information." } };
  assert.equal(category(missed), 'missed: Port "X" does not resolve to anything.');
  const kernel: Outcome = { ...base, ours: 'accept', oracle: { accepted: false, exit: 1, message: 'iptables-restore: line 3 failed', kernelLog: ['x_tables: ip_tables: MASQUERADE target: only valid in nat table, not filter'] } };
  assert.equal(category(kernel), 'missed kernel check: MASQUERADE target: only valid in nat table, not filter');
  const alarm: Outcome = { ...base, ours: 'reject', errors: [{ code: 'bad-port', line: 2, message: 'm' }], oracle: { accepted: true, exit: 0, message: '' } };
  assert.equal(category(alarm), 'false alarm: we report bad-port');
});

test('the oracle accepts a good file, and tells parse errors from kernel refusals', async (t) => {
  const setup = findOracle();
  if ('missing' in setup) return t.skip(`the real iptables cannot be asked here: ${setup.missing}`);
  const good = await judge(setup, 'ipv4', '*filter\n-A INPUT -p tcp --dport 22 -j ACCEPT\nCOMMIT\n');
  assert.deepEqual([good.accepted, good.exit], [true, 0]);
  const parse = await judge(setup, 'ipv4', '*filter\n-A INPUT -p tcp --dport 65536 -j ACCEPT\nCOMMIT\n');
  assert.deepEqual([parse.accepted, parse.exit], [false, 2]);
  assert.match(parse.message, /Error occurred at line: 2/);
  const kernelInput = '*filter\n-A INPUT -j MASQUERADE\nCOMMIT\n';
  const kernel = await judge(setup, 'ipv4', kernelInput);
  assert.deepEqual([kernel.accepted, kernel.exit, isKernelRefusal(kernel, kernelInput)], [false, 1, true]);
  assert.equal(isKernelRefusal(parse, '*filter\n-A INPUT -p tcp --dport 65536 -j ACCEPT\nCOMMIT\n'), false);
  // The family matters: an IPv4 address is no IPv6 address.
  const v6 = await judge(setup, 'ipv6', '*filter\n-A INPUT -s 10.0.0.1 -j ACCEPT\nCOMMIT\n');
  assert.equal(v6.accepted, false);
});
