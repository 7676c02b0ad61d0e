// An edit re-analysed through the fast path must give exactly what a full analysis
// of the new text gives: findings, references and the nodes features read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText, type Analysis } from '../../server/src/analysis/analyze';
import { patchLines, patchQuickly } from '../../server/src/analysis/incremental';
import { generateDump } from '../../bench/generate';
import { seededRandom } from '../support/random';

const faulty = `*filter
:INPUT DROP [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:WEB - [0:0]
:UNUSED - [0:0]
-A INPUT -p tcp --dport 22 -j ACCEPT
-A INPUT -p tcp --dport 22 -j ACCEPT
-A INPUT -p tcp -j WEB
-A INPUT -s 10.0.0.0/8 -p tcp --dport 22 -j ACCEPT
-A WEB -p tcp --dport 80 -j ACCEPT
-A WEB -p tcp --dport 80 -m comment --comment "web again" -j ACCEPT
-A WEB -m state --state NEW -j LOG --log-prefix "new "
-A WEB -p tcp --dport 70000 -j REJECT --reject-with tcp-reset
-A OUTPUT -o eth0 -p udp --sport 53 -j ACCEPT
[3:4] -A OUTPUT -p tcp stray -j ACCEPT
COMMIT
*nat
:PREROUTING ACCEPT [0:0]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [0:0]
:MASQ - [0:0] extra
-A PREROUTING -p tcp --dport 8080 -j DNAT --to-destination 10.0.0.2:80
-A PREROUTING -j MASQ
-A MASQ -o eth0 -j MASQUERADE
-A POSTROUTING -o eth0 -j MASQUERADE
COMMIT
`;

/** What the server's cache does on an edit: a quick patch if it can, else patch the changed lines, else analyse in full. */
function reanalyze(previous: Analysis, text: string): Analysis {
  return patchQuickly(previous, text, previous.parts.choice) ?? patchLines(previous, text, previous.parts.choice) ?? analyzeText(text);
}

const pieces = [' -p udp', ' --dport 99999', ' -m state --state NEW', ' -m conntrack --ctstate NEW', ' -i lo', ' -o eth1', ' ! -s 10.1.0.0/16', ' -m tcp', ' --syn', ' x', '7', ' -m comment --comment "typed"'];

/** One random change to one rule line: a digit, a character typed or deleted, a piece of rule typed. */
function editRuleLine(text: string, random: () => number): string {
  const lines = text.split('\n');
  const rules = lines.map((l, i) => (l.startsWith('-A ') ? i : -1)).filter((i) => i >= 0);
  const at = rules[Math.floor(random() * rules.length)];
  const line = lines[at];
  const col = 3 + Math.floor(random() * (line.length - 3));
  const kind = random();
  if (kind < 0.3) {
    const digits = [...line.matchAll(/\d/g)].map((m) => m.index!);
    const d = digits.length ? digits[Math.floor(random() * digits.length)] : col;
    lines[at] = `${line.slice(0, d)}${Math.floor(random() * 10)}${line.slice(d + 1)}`;
  } else if (kind < 0.5) {
    lines[at] = `${line.slice(0, col)}${line.slice(col + 1)}`;
  } else {
    const piece = pieces[Math.floor(random() * pieces.length)];
    // Pieces go before the target mostly, where typing happens while the jump stays put.
    const j = line.lastIndexOf(' -j ');
    const where = random() < 0.7 && j > 0 ? j : col;
    lines[at] = `${line.slice(0, where)}${piece}${line.slice(where)}`;
  }
  return lines.join('\n');
}

function findingsOf(a: Analysis): string[] {
  return a.findings.map((f) => JSON.stringify([f.range, f.code, f.severity, f.message, f.related ?? null, f.suggestion ?? null, f.tags ?? null])).sort();
}

function referencesOf(a: Analysis): string[] {
  return a.model.references.map((r) => JSON.stringify([r.kind, r.table, r.word.text, r.word.range, r.node, r.chain?.name, r.rule?.range ?? null]));
}

function nodesOf(a: Analysis): string {
  return JSON.stringify(
    a.model.parsed.nodes.map((n) =>
      n.kind === 'rule'
        ? [n.range, n.counters?.range ?? null, n.options.map((o) => [o.name, o.range, o.args.map((w) => w.text)]), n.target?.name]
        : n.kind === 'chain'
          ? [n.kind, n.range, n.name.range, n.policy?.range ?? null, n.counters?.range ?? null]
          : [n.kind, n.range],
    ),
  );
}

const documents: Record<string, string> = {
  faulty,
  'kube-proxy': generateDump('kube-proxy', 300),
  docker: generateDump('docker', 200),
  firewall: generateDump('firewall', 200),
};

for (const [name, start] of Object.entries(documents)) {
  test(`${name}: 120 single-line edits re-analysed incrementally equal a full analysis`, () => {
    const random = seededRandom(name.length * 7919);
    let text = start;
    let current = analyzeText(text);
    let patched = 0;
    for (let k = 0; k < 120; k++) {
      text = editRuleLine(text, random);
      const before = current.model;
      current = reanalyze(current, text);
      if (current.model === before) patched++;
      const full = analyzeText(text);
      assert.deepEqual(findingsOf(current), findingsOf(full), `${name}, edit ${k}`);
      assert.deepEqual(referencesOf(current), referencesOf(full), `${name}, edit ${k}`);
      if (k % 20 === 0) assert.equal(nodesOf(current), nodesOf(full), `${name}, edit ${k}`);
    }
    // The edits are chosen so that most keep the rule's chain and target: the fast path must carry them.
    assert.ok(patched >= 70, `only ${patched} of 120 edits took the incremental path`);
  });
}

/** One random change of whole lines: a line added (blank, comment, a rule copied, a rule to a new chain), deleted or sent to another chain. */
function editLines(text: string, random: () => number): string {
  const lines = text.split('\n');
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const inside = lines.map((l, i) => (l.startsWith('-A ') || l.startsWith('#') || l === '' || l.startsWith(':') ? i : -1)).filter((i) => i > 0 && i < lines.length - 1);
  const rules = inside.filter((i) => lines[i].startsWith('-A '));
  const chains = [...new Set(rules.map((i) => lines[i].split(' ')[1]))];
  const at = pick(inside.length ? inside : [1]);
  const kind = random();
  if (kind < 0.15) lines.splice(at, 0, '');
  else if (kind < 0.25) lines.splice(at, 0, '# a note');
  else if (kind < 0.45 && rules.length) lines.splice(at, 0, lines[pick(rules)]);
  else if (kind < 0.55 && rules.length) lines.splice(at, 0, `-A ${pick(chains)} -p tcp --dport ${Math.floor(random() * 3)} -j ${pick([...chains, 'ACCEPT', 'NOWHERE'])}`);
  else if (kind < 0.7 && rules.length) lines.splice(pick(rules), 1);
  else if (kind < 0.8) lines.splice(at, 1);
  else if (kind < 0.9 && rules.length) {
    const r = pick(rules);
    lines[r] = lines[r].replace(/^-A \S+/, `-A ${pick(chains)}`);
  } else if (rules.length) {
    const r = pick(rules);
    lines[r] = lines[r].replace(/ -j \S+/, ` -j ${pick([...chains, 'DROP'])}`);
  }
  return lines.join('\n');
}

for (const [name, start] of Object.entries(documents)) {
  test(`${name}: 80 edits of whole lines re-analysed incrementally equal a full analysis`, () => {
    const random = seededRandom(name.length * 104729);
    let text = start;
    let current = analyzeText(text);
    let patched = 0;
    for (let k = 0; k < 80; k++) {
      text = editLines(text, random);
      const viaLines = patchLines(current, text, current.parts.choice);
      if (viaLines) patched++;
      current = viaLines ?? analyzeText(text);
      const full = analyzeText(text);
      assert.deepEqual(findingsOf(current), findingsOf(full), `${name}, edit ${k}`);
      assert.deepEqual(referencesOf(current), referencesOf(full), `${name}, edit ${k}`);
      assert.equal(nodesOf(current), nodesOf(full), `${name}, edit ${k}`);
    }
    // Only edits of table headers, COMMIT or the last line need a full analysis; the generator makes none of those.
    assert.ok(patched >= 75, `only ${patched} of 80 edits took the incremental path`);
  });
}

test('an edit that makes a rule jump to a built-in chain, or inserts a rule at the top of a chain, is patched by lines, not quickly', () => {
  const first = analyzeText(faulty);
  const text = faulty.replace('-A PREROUTING -j MASQ', '-A PREROUTING -j INPUT');
  assert.equal(patchQuickly(first, text, first.parts.choice), undefined);
  const retarget = patchLines(first, text, first.parts.choice);
  assert.ok(retarget?.findings.some((f) => f.code === 'jump-to-builtin-chain'));
  const again = analyzeText(faulty);
  const added = faulty.replace('COMMIT\n', '-I INPUT -j ACCEPT\nCOMMIT\n');
  assert.equal(patchQuickly(again, added, again.parts.choice), undefined);
  assert.ok(patchLines(again, added, again.parts.choice));
});

test('edits of table headers, COMMIT lines, CR LF lines, the last line or the byte order mark are analysed in full', () => {
  const cases: Record<string, string> = {
    header: faulty.replace('*nat', '*mangle'),
    commit: faulty.replace('COMMIT\n*nat', '*nat'),
    'new header': faulty.replace(':MASQ - [0:0]', 'COMMIT\n*raw'),
    crlf: faulty.replace('-A MASQ -o eth0 -j MASQUERADE', '-A MASQ -o eth0 -j MASQUERADE\r'),
    'last line': `${faulty}# end`,
    // splitLines drops the mark: no line changes, but the file's faults do (regression).
    'byte order mark': `\uFEFF${faulty}`,
  };
  for (const [what, text] of Object.entries(cases)) {
    const a = analyzeText(faulty);
    assert.equal(patchLines(a, text, a.parts.choice), undefined, what);
  }
});

test('a line added above moves every finding below it, and a deleted duplicate takes its finding along', () => {
  let a = analyzeText(faulty);
  const at = (x: Analysis, code: string) => x.findings.filter((f) => f.code === code).map((f) => f.range.start.line);
  assert.deepEqual(at(a, 'duplicate-rule'), [7, 11]);
  a = patchLines(a, faulty.replace(':WEB - [0:0]\n', ':WEB - [0:0]\n\n# two notes\n'), a.parts.choice)!;
  assert.deepEqual(at(a, 'duplicate-rule'), [9, 13]);
  assert.match(a.findings.find((f) => f.code === 'duplicate-rule')!.message, /line 9\b/);
  const text = faulty.replace(':WEB - [0:0]\n', ':WEB - [0:0]\n\n# two notes\n').replace('-A INPUT -p tcp --dport 22 -j ACCEPT\n-A INPUT -p tcp --dport 22 -j ACCEPT\n', '-A INPUT -p tcp --dport 22 -j ACCEPT\n');
  a = patchLines(a, text, a.parts.choice)!;
  assert.deepEqual(at(a, 'duplicate-rule'), [12]);
  assert.deepEqual(findingsOf(a), findingsOf(analyzeText(text)));
});

test('typing in a port re-checks the rule and its chain: a duplicate appears and goes', () => {
  let a = analyzeText(faulty);
  const dup = (x: Analysis) => x.findings.filter((f) => f.code === 'duplicate-rule').map((f) => f.range.start.line);
  assert.deepEqual(dup(a), [7, 11]);
  const model = a.model;
  a = reanalyze(a, faulty.replace('-A INPUT -p tcp --dport 22 -j ACCEPT\n-A INPUT -p tcp --dport 22', '-A INPUT -p tcp --dport 22 -j ACCEPT\n-A INPUT -p tcp --dport 23'));
  assert.equal(a.model, model, 'the fast path was taken');
  assert.deepEqual(dup(a), [11]);
  a = reanalyze(a, faulty);
  assert.equal(a.model, model);
  assert.deepEqual(dup(a), [7, 11]);
});

test('removing a byte order mark is analysed in full too: its finding goes (regression)', () => {
  const marked = analyzeText(`\uFEFF${faulty}`);
  assert.ok(marked.findings.some((f) => f.code === 'byte-order-mark'));
  assert.equal(patchLines(marked, faulty, marked.parts.choice), undefined);
  assert.equal(patchQuickly(marked, faulty, marked.parts.choice), undefined);
});

test('the quick patch leaves a blank line to the debounced one when many rules have findings', () => {
  const many = ['*filter', ...Array.from({ length: 250 }, (_, i) => `-A INPUT -m state --state NEW -p tcp --dport ${i + 1} -j ACCEPT`), 'COMMIT', ''].join('\n');
  const a = analyzeText(many);
  assert.ok(a.parts.byRule.size > 200);
  const withBlank = many.replace('-A INPUT -m state --state NEW -p tcp --dport 100 ', '\n-A INPUT -m state --state NEW -p tcp --dport 100 ');
  assert.equal(patchQuickly(a, withBlank, a.parts.choice), undefined);
  const patched = patchLines(a, withBlank, a.parts.choice);
  assert.deepEqual(findingsOf(patched!), findingsOf(analyzeText(withBlank)));
});
