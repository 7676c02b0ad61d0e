// Rule lines added or deleted that change nothing other lines see are spliced into
// the model in place (ruleSplice.ts). The result must be what a full analysis of
// the new text gives, and the splice must really be taken (the model object stays).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText, type Analysis } from '../../server/src/analysis/analyze';
import { chainGraph } from '../../server/src/analysis/chainGraph';
import { patchLines, patchQuickly } from '../../server/src/analysis/incremental';
import { spliceLimit } from '../../server/src/analysis/ruleSplice';
import { generateDump } from '../../bench/generate';

const base = `*filter
:INPUT DROP [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:WEB - [0:0]
-A INPUT -p tcp -j WEB
-A WEB -p tcp --dport 80 -j ACCEPT
-A WEB -p tcp --dport 81 -j ACCEPT
-A OUTPUT -p udp --dport 53 -j ACCEPT
COMMIT
*filter
:INPUT DROP [0:0]
:WEB - [0:0]
-A INPUT -p tcp -j WEB
-A WEB -p tcp --dport 80 -j ACCEPT
-A WEB -p tcp --dport 443 -j ACCEPT
COMMIT
`;

/** What features read of an analysis, comparable with a full analysis of the same text. */
function seen(a: Analysis): unknown {
  const m = a.model;
  const graph = chainGraph(m);
  return {
    findings: a.findings.map((f) => `${f.range.start.line}:${f.range.start.character} ${f.code} ${f.message}`),
    refs: m.references.map((r) => `${r.kind} ${r.table} ${r.word.text} ${r.node} ${JSON.stringify(r.word.range)}`),
    chains: [...m.chains].flatMap(([t, byName]) => [...byName.values()].map((c) => `${t}/${c.name} rules@${c.rules.map((r) => r.range.start.line)} refs@${c.references.map((r) => r.node)} live ${graph.liveRuleCount(c)} out ${graph.outgoing(c).map((e) => e.index)} entries ${graph.entries(c)} policy ${c.policyLine?.range.start.line} ${c.policyLine?.policy?.text}`)),
    rules: m.rules.map((r) => r.range.start.line),
    runs: [...a.parts.runs].map(([k, refs]) => `${k.replace(/\u0000/g, '|')}: ${refs.map((r) => r.node)}`).sort(),
  };
}

function lines(text: string): string[] {
  return text.split('\n');
}

/** Replaces lines [at, at + count) with `insert`, patches, and compares with a full analysis. */
function splice(text: string, at: number, count: number, insert: string[]): { text: string; patched: Analysis } {
  const previous = analyzeText(text);
  const next = lines(text);
  next.splice(at, count, ...insert);
  const newText = next.join('\n');
  const patched = patchQuickly(previous, newText, {});
  assert.ok(patched, `a patch for ${JSON.stringify(insert)} at ${at}`);
  assert.equal(patched.model, previous.model, 'spliced into the same model, not bound again');
  assert.deepEqual(seen(patched), seen(analyzeText(newText)));
  return { text: newText, patched };
}

test('a rule appended to a chain, and deleted again, equals a full analysis', () => {
  const { text } = splice(base, 8, 0, ['-A WEB -p tcp --dport 82 -j ACCEPT']);
  splice(text, 8, 1, []);
});

test('a duplicate rule spliced in is found, and goes with it', () => {
  const { text, patched } = splice(base, 8, 0, ['-A WEB -p tcp --dport 81 -j ACCEPT']);
  assert.ok(patched.findings.some((f) => f.code === 'duplicate-rule'));
  const back = splice(text, 8, 1, []);
  assert.ok(!back.patched.findings.some((f) => f.code === 'duplicate-rule'));
});

test('the last rule of a chain counts as live: a restricted match added there is judged', () => {
  // owner works only in OUTPUT and POSTROUTING; WEB is reached from INPUT.
  const { patched } = splice(base, 8, 0, ['-A WEB -m owner --uid-owner 0 -j ACCEPT']);
  assert.ok(patched.findings.some((f) => f.code === 'match-not-allowed-here'), patched.findings.map((f) => f.code).join(' '));
});

test('the only rule of an undeclared built-in chain deleted: the chain goes from the model', () => {
  const text = base.replace(':OUTPUT ACCEPT [0:0]\n', '');
  const at = lines(text).indexOf('-A OUTPUT -p udp --dport 53 -j ACCEPT');
  const { patched } = splice(text, at, 1, []);
  assert.equal(patched.model.chains.get('filter')?.has('OUTPUT'), false);
});

test('several lines at once, blank and comment lines among them, in the first of two blocks of one table', () => {
  splice(base, 6, 0, ['# web', '-A WEB -p tcp --dport 90 -j ACCEPT', '', '-A OUTPUT -p tcp --dport 25 -j ACCEPT']);
  splice(base, 6, 2, []);
  splice(base, 7, 1, ['-A WEB -p udp --dport 80 -j DROP', '-A WEB -p tcp --dport 8080 -j LOG']);
});

test('jumps to a chain declared above are spliced too: the graph, the loops and the unused chains follow', () => {
  // WEB is reached from INPUT already; then a loop; then deleted again.
  const { text, patched } = splice(base, 8, 0, ['-A INPUT -p udp -j WEB']);
  assert.equal(patched.chainsChanged, true);
  splice(text, 8, 1, []);
  // The jump written before the chain: references in written order, as the binder makes them.
  splice(splice(base, 8, 0, ['-p udp -j WEB -A INPUT']).text, 8, 1, []);
  const loop = splice(base, 8, 0, ['-A WEB -p udp -g WEB']);
  assert.ok(loop.patched.findings.some((f) => f.code === 'jump-loop'), loop.patched.findings.map((f) => f.code).join(' '));
  // An unused chain gets its first caller: reached from INPUT now, its owner match is judged.
  const spare = base.replace(':WEB - [0:0]\n', ':WEB - [0:0]\n:SPARE - [0:0]\n').replace('COMMIT\n*filter', '-A SPARE -m owner --uid-owner 0 -j ACCEPT\nCOMMIT\n*filter');
  const before = analyzeText(spare).findings.map((f) => f.code);
  assert.ok(before.includes('unused-chain') && !before.includes('match-not-allowed-here'), before.join(' '));
  const called = splice(spare, 9, 0, ['-A INPUT -p tcp --dport 25 -j SPARE']);
  const after = called.patched.findings.map((f) => f.code);
  assert.ok(!after.includes('unused-chain') && after.includes('match-not-allowed-here'), after.join(' '));
  splice(called.text, 9, 1, []);
});

test('a rule that decides every packet is spliced in and out: the rules after it, and the chains they jump to, are no longer reached', () => {
  // WEB ends with a rule whose owner match INPUT refuses; it is judged while INPUT jumps to WEB.
  const owner = base.replace('-A OUTPUT -p udp', '-A WEB -m owner --uid-owner 0 -j ACCEPT\n-A OUTPUT -p udp');
  const codes = (a: Analysis): string => a.findings.map((f) => f.code).join(' ');
  assert.ok(codes(analyzeText(owner)).includes('match-not-allowed-here'));
  // INPUT drops everything before its jump to WEB: WEB is never entered.
  const dropped = splice(owner, 5, 0, ['-A INPUT -j DROP']);
  assert.ok(!codes(dropped.patched).includes('match-not-allowed-here'), codes(dropped.patched));
  assert.ok(!chainGraph(dropped.patched.model).entries(dropped.patched.model.chains.get('filter')!.get('WEB')!).length);
  splice(dropped.text, 5, 1, []);
  // WEB accepts everything before the owner rule: that rule is never reached.
  const accepted = splice(owner, 6, 0, ['-A WEB -j ACCEPT']);
  assert.ok(!codes(accepted.patched).includes('match-not-allowed-here'), codes(accepted.patched));
  splice(accepted.text, 6, 1, []);
  // After the jump, a DROP changes nothing upstream; RETURN counts too.
  splice(owner, 6, 0, ['-A INPUT -j RETURN']);
  // A loop whose jump comes after a RETURN is never taken: the kernel accepts it.
  const loop = base.replace('-A OUTPUT -p udp', '-A WEB -p udp -g WEB\n-A OUTPUT -p udp');
  assert.ok(codes(analyzeText(loop)).includes('jump-loop'));
  const returned = splice(loop, 8, 0, ['-A WEB -j RETURN']);
  assert.ok(!codes(returned.patched).includes('jump-loop'), codes(returned.patched));
  splice(returned.text, 8, 1, []);
});

test('a rule naming a chain nothing declares is spliced in and out: the chain appears and goes, with its structural findings', () => {
  const codes = (a: Analysis): string => a.findings.map((f) => f.code).join(' ');
  // A jump to a chain no line declares, a rule for one, both while the name is typed.
  const missing = splice(base, 8, 0, ['-A INPUT -j MISSING']);
  assert.ok(codes(missing.patched).includes('unknown-target'), codes(missing.patched));
  assert.equal(missing.patched.chainsChanged, true);
  splice(missing.text, 8, 1, []);
  const typed = splice(base, 8, 0, ['-A WE -p tcp -j ACCEPT']);
  assert.ok(typed.patched.findings.some((f) => f.code === 'undeclared-chain' && f.message.includes('`WE`')), codes(typed.patched));
  splice(typed.text, 8, 1, ['-A WEX -p tcp -j ACCEPT']);
  splice(typed.text, 8, 1, ['-A WEB -p tcp -j ACCEPT']);
  // Two rules for the same new chain, one jumping to another new chain; a chain declared only below.
  splice(base, 8, 0, ['-A NEW1 -p tcp -j NEW2', '-A NEW1 -p udp -j ACCEPT']);
  splice(base, 5, 0, ['-A LATER -p tcp -j ACCEPT']);
  splice(base.replace(':WEB - [0:0]\n', ''), 4, 0, ['-A INPUT -p udp -j WEB']);
  // An undeclared built-in chain's first rule.
  const late = base.replace(':OUTPUT ACCEPT [0:0]\n', '').replace('-A OUTPUT -p udp --dport 53 -j ACCEPT\n', '');
  splice(late, 7, 0, ['-A OUTPUT -p tcp --dport 25 -j ACCEPT']);
  // A goto to an extension target names no chain, and iptables refuses it; also on a line with no chain yet.
  const gotoDnat = splice(base, 8, 0, ['-A WEB -p tcp -g DNAT']);
  assert.ok(codes(gotoDnat.patched).includes('unknown-target'), codes(gotoDnat.patched));
  splice(base, 8, 0, ['-A -p tcp -g DNAT']);
});

test('declaring a chain that rules name, and taking its declaration away, is spliced: their findings and the chain order follow', () => {
  const codes = (a: Analysis): string => a.findings.map((f) => f.code).join(' ');
  // The fix for an unknown target: the chain declared above, below, then the declaration gone again.
  const missing = base.replace('-A OUTPUT -p udp', '-A INPUT -j MISSING\n-A MISSING -p tcp --dport 22 -j ACCEPT\n-A OUTPUT -p udp');
  assert.ok(codes(analyzeText(missing)).includes('unknown-target'));
  const fixed = splice(missing, 5, 0, [':MISSING - [0:0]']);
  assert.ok(!codes(fixed.patched).includes('unknown-target') && !codes(fixed.patched).includes('undeclared-chain'), codes(fixed.patched));
  assert.equal(fixed.patched.chainsChanged, true);
  splice(fixed.text, 5, 1, []);
  splice(missing, 11, 0, [':MISSING - [0:0]']);
  // WEB loses its declaration: its rules and the jump to it are judged again; declared twice, then once more.
  const undeclared = splice(base, 4, 1, []);
  assert.ok(codes(undeclared.patched).includes('undeclared-chain'), codes(undeclared.patched));
  const twice = splice(base, 5, 0, [':WEB - [0:0]']);
  assert.ok(codes(twice.patched).includes('duplicate-chain'), codes(twice.patched));
  splice(twice.text, 4, 1, []);
  // An unknown option after a jump to WEB is judged only while WEB is a declared chain (else it may be a target's option).
  const firstBlock = base.slice(0, base.indexOf('COMMIT\n') + 7);
  const bogus = firstBlock.replace('-A INPUT -p tcp -j WEB', '-A INPUT -p tcp -j WEB --bogus 1');
  assert.ok(codes(analyzeText(bogus)).includes('unknown-option'));
  const opaque = splice(bogus, 4, 1, []);
  assert.ok(!codes(opaque.patched).includes('unknown-option'), codes(opaque.patched));
  splice(opaque.text, 4, 0, [':WEB - [0:0]']);
});

test('a built-in chain\'s line is spliced: its policy, a chain that comes and goes with it, a policy that is none', () => {
  const codes = (a: Analysis): string => a.findings.map((f) => f.code).join(' ');
  // The first block alone: the binder keeps a chain's last policy line.
  const accepting = splice(base.slice(0, base.indexOf('COMMIT\n') + 7), 1, 1, [':INPUT ACCEPT [5:20]']);
  assert.equal(accepting.patched.model.chains.get('filter')!.get('INPUT')!.policyLine?.policy?.text, 'ACCEPT');
  const bogus = splice(base, 1, 1, [':INPUT BOGUS [0:0]']);
  assert.ok(codes(bogus.patched).includes('invalid-policy'), codes(bogus.patched));
  // FORWARD has no rules: it goes with its line, and comes back.
  const gone = splice(base, 2, 1, []);
  assert.equal(gone.patched.model.chains.get('filter')!.has('FORWARD'), false);
  splice(gone.text, 2, 0, [':FORWARD DROP [0:0]']);
  // OUTPUT keeps its rule but loses its line: no policy line is left.
  const undeclared = splice(base, 3, 1, []);
  assert.equal(undeclared.patched.model.chains.get('filter')!.get('OUTPUT')!.policyLine, undefined);
  // Declared twice in one block: the second line's policy is the one kept.
  splice(base, 4, 0, [':OUTPUT DROP [0:0]']);
  // PREROUTING is no built-in chain of filter: a user chain by that name.
  const named = splice(base, 4, 0, [':PREROUTING ACCEPT [0:0]']);
  assert.ok(codes(named.patched).includes('builtin-chain-wrong-table'), codes(named.patched));
});

test('a new chain pasted with its rules is spliced, and so is the whole chain deleted again', () => {
  const pasted = splice(base, 8, 0, [':NEW - [0:0]', '-A NEW -p tcp -j ACCEPT', '-A NEW -j WEB', '-A INPUT -p udp -j NEW']);
  assert.equal(chainGraph(pasted.patched.model).entries(pasted.patched.model.chains.get('filter')!.get('NEW')!).join(), 'INPUT');
  const removed = splice(pasted.text, 8, 4, []);
  assert.equal(removed.patched.model.chains.get('filter')!.has('NEW'), false);
  // The rule first, then its declaration (iptables-restore refuses the rule: declared only later).
  splice(base, 8, 0, ['-A NEW -j ACCEPT', ':NEW - [0:0]']);
  // A built-in chain's line and its first rule.
  const late = base.replace(':OUTPUT ACCEPT [0:0]\n', '').replace('-A OUTPUT -p udp --dport 53 -j ACCEPT\n', '');
  splice(late, 7, 0, [':OUTPUT DROP [0:0]', '-A OUTPUT -p tcp --dport 25 -j ACCEPT']);
});

test('a rule line typed character by character is spliced at every step, before it has a command or a chain too', () => {
  let text = splice(base, 8, 0, ['']).text;
  const line = '-A WEB -p tcp --dport 8080 -j ACCEPT';
  const steps = ['-', '-A', '-A -p tcp --dport 70000', '-A ', '-A W', '-A WE', '-A WEB', '-A WEB ', '-A WEB -p tcp -j ACCEPT', line, '-j ACCEPT', '-A -j ACCEPT'];
  for (const step of steps) text = splice(text, 8, 1, [step]).text;
  // A line with no chain yet is checked like any rule: its port is out of range.
  const pasted = splice(base, 8, 0, ['-A -p tcp --dport 70000']);
  assert.ok(pasted.patched.findings.some((f) => f.code === 'bad-port'), pasted.patched.findings.map((f) => f.code).join(' '));
  splice(pasted.text, 8, 1, []);
});

test('what other lines see is left to the general patch: a jump to a built-in chain, a rule number, a chain declared twice in one edit', () => {
  const cases: Array<[string, number, number, string[]]> = [
    [base, 8, 0, ['-A INPUT -p tcp -j OUTPUT']],
    [base, 8, 0, ['-I WEB 1 -p tcp -j ACCEPT']],
    [base, 8, 0, [':NEW - [0:0]', ':NEW - [0:0]']],
  ];
  for (const [text, at, count, insert] of cases) {
    const previous = analyzeText(text);
    const next = lines(text);
    next.splice(at, count, ...insert);
    const patched = patchQuickly(previous, next.join('\n'), {});
    assert.ok(!patched || patched.model !== previous.model, `${insert} at ${at} (${count} deleted) is not spliced`);
  }
});

test('a chain line that declares a chain nothing names is spliced in and out: its checks, its unused hint and other tables\' messages follow', () => {
  // Added, its counters changed, renamed while typed, deleted again.
  const { text, patched } = splice(base, 8, 0, [':NEW - [0:0]']);
  assert.equal(patched.chainsChanged, true);
  assert.ok(patched.findings.some((f) => f.code === 'unused-chain' && f.range.start.line === 8), patched.findings.map((f) => f.code).join(' '));
  splice(text, 8, 1, [':NEW - [7:99]']);
  const typed = splice(text, 8, 1, [':NEWE - [0:0]']);
  assert.ok(typed.patched.findings.some((f) => f.message.includes('`NEWE`')));
  splice(text, 8, 1, []);
  // Declared above WEB: the table's chains stay in the order of their first mention.
  splice(base, 4, 0, [':EARLY - [0:0]']);
  // A name iptables refuses, and a line without a name.
  const long = splice(base, 8, 0, [`:${'L'.repeat(40)} - [0:0]`]);
  assert.ok(long.patched.findings.some((f) => f.code === 'chain-name-too-long'));
  splice(base, 8, 0, [':']);
  // A nat rule jumps to FOO, undeclared there: once filter declares FOO, its message says so.
  const nat = `${base}*nat\n:PREROUTING ACCEPT [0:0]\n-A PREROUTING -j FOO\nCOMMIT\n`;
  const foo = splice(nat, 8, 0, [':FOO - [0:0]']);
  assert.ok(foo.patched.findings.some((f) => f.code === 'unknown-target' && f.message.includes('table filter')), foo.patched.findings.map((f) => f.message).join('\n'));
  // An undeclared built-in chain named first by a new rule moves ahead of the chains declared after it.
  const late = base.replace(':OUTPUT ACCEPT [0:0]\n', '').replace(':WEB - [0:0]\n', '').replace('*filter\n', '*filter\n:WEB - [0:0]\n');
  splice(late, 1, 0, ['-A OUTPUT -p tcp --dport 25 -j ACCEPT']);
});

test('two chains whose first mentions go, both now first named by one line, keep the order the line names them in', () => {
  // Regression: the chain placed second was put after the first, whatever the line's order (`-A X -j Y`: X, then Y).
  const text = '*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -j Y\n-A INPUT -j X\n-A X -j Y\n-A Y -j ACCEPT\nCOMMIT\n';
  const cut = splice(text, 2, 2, []);
  assert.deepEqual([...cut.patched.model.chains.get('filter')!.keys()], ['INPUT', 'X', 'Y']);
});

test('a paste of more lines than the splice takes is bound again rather than spliced rule by rule, with the same result', () => {
  const paste = Array.from({ length: spliceLimit + 1 }, (_, i) => `-A WEB -p tcp --dport ${2000 + i} -j ACCEPT`);
  const previous = analyzeText(base);
  const next = lines(base);
  next.splice(8, 0, ...paste);
  const text = next.join('\n');
  const patched = patchQuickly(previous, text, {}) ?? patchLines(previous, text, {});
  assert.ok(patched);
  assert.notEqual(patched.model, previous.model);
  assert.deepEqual(seen(patched), seen(analyzeText(text)));
  // One line fewer is still spliced.
  next.splice(8, paste.length, ...paste.slice(1));
  assert.equal(patchQuickly(previous, next.join('\n'), {})?.model, previous.model);
});

test('a pasted block of a dump, rules of many chains jumping to one chain and new chains with their rules, is spliced, and cut again', () => {
  const text = generateDump('kube-proxy', 3000);
  const dump = lines(text);
  const from = dump.findIndex((l) => l.startsWith('-A KUBE-SEP-'));
  const copied = dump.slice(from, from + 300);
  assert.ok(new Set(copied.map((l) => l.split(' ')[1])).size > 50, 'rules of many chains');
  assert.ok(copied.filter((l) => l.includes('-j KUBE-MARK-MASQ')).length > 50, 'many jumps to one chain');
  const fresh = Array.from({ length: 100 }, (_, i) => [`:PASTED-${i} - [0:0]`, `-A PASTED-${i} -s 10.9.0.${i}/32 -j KUBE-MARK-MASQ`]).flat();
  const at = dump.findIndex((l, i) => i > dump.length / 2 && l.startsWith('-A KUBE-SEP-'));
  const pasted = splice(text, at, 0, [...copied, ...fresh]);
  assert.ok(pasted.patched.findings.some((f) => f.code === 'duplicate-rule'), 'the copies are found again');
  splice(pasted.text, at, copied.length + fresh.length, []);
});

test('past 60k rules, a splice that walks the jump graph again waits for a pause in typing (patchLines), a plain one does not', () => {
  const text = generateDump('kube-proxy', 60_500);
  const previous = analyzeText(text);
  assert.ok(previous.model.rules.length > 60_000);
  const next = lines(text);
  const at = next.findIndex((l) => l.startsWith('-A KUBE-SERVICES'));
  next.splice(at, 0, '-A INPUT -p tcp --dport 2223 -j KUBE-MARK-MASQ');
  const jump = next.join('\n');
  assert.equal(patchQuickly(previous, jump, {}), undefined, 'not on the keystroke');
  const spliced = patchLines(previous, jump, {});
  assert.equal(spliced?.model, previous.model, 'spliced at the pause');
  const plain = lines(jump);
  plain.splice(at, 0, '-A INPUT -p tcp --dport 2224 -j ACCEPT');
  assert.equal(patchQuickly(spliced!, plain.join('\n'), {})?.model, previous.model, 'a plain rule on the keystroke');
});
