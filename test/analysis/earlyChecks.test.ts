// A full analysis of restore input runs each rule's checks while the rule is
// parsed, and finishes after binding only the parts that need the chains
// (analyze.ts). It must find exactly what checking after binding finds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeParsed, analyzeText, type Analysis } from '../../server/src/analysis/analyze';
import { catalogGrammar } from '../../server/src/catalog/grammar';
import { parseDocument } from '../../server/src/syntax/parse';
import type { FamilyChoice } from '../../server/src/analysis/model';
import { generateDump } from '../../bench/generate';

const restore = `*filter
:INPUT DROP [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:WEB - [0:0]
:NOWHERE - [0:0]
-A INPUT -p tcp --dport 22 -j ACCEPT
-A INPUT -p tcp --dport 22 -j ACCEPT
-A INPUT -j WEB --bogus 1
-A INPUT -j MISSING --bogus 1
-A INPUT -m state --state NEW -o eth0 -j ACCEPT
-A WEB -o eth0 -j ACCEPT
-A WEB -m owner --uid-owner 0 -j ACCEPT
-A NOWHERE -i eth0 -j DROP
-A OUTPUT -i eth0 -j ACCEPT
-6 -A INPUT -s ::1 -j ACCEPT
-A INPUT -s 2001:db8::1 -j ACCEPT
-A WEB -j DNAT --to-destination 1.2.3.4
COMMIT
*nat
:PREROUTING ACCEPT [0:0]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [0:0]
:SNATS - [0:0]
-A PREROUTING -j SNATS
-A SNATS -j SNAT --to-source 1.2.3.4
-A INPUT -j DNAT --to-destination 10.0.0.1
-A POSTROUTING -o eth0 -j MASQUERADE
-A POSTROUTING -j DROP
COMMIT
-A INPUT -j ACCEPT
`;

/** What features read of an analysis' findings, comparable. */
function findings(a: Analysis): string[] {
  return a.findings.map((f) => JSON.stringify([f.range, f.code, f.severity, f.message, f.related ?? null]));
}

function bothWays(text: string, choice: FamilyChoice): void {
  const early = analyzeText(text, choice);
  const late = analyzeParsed(parseDocument(text, { grammar: catalogGrammar }), choice);
  assert.deepEqual(findings(early), findings(late));
  assert.deepEqual([...early.parts.byRule.keys()].map((r) => r.range.start.line), [...late.parts.byRule.keys()].map((r) => r.range.start.line));
}

test('checking rules while parsing finds what checking after binding finds', () => {
  const found = analyzeText(restore, {}).findings.map((f) => f.code);
  // The document exercises the parts that wait for the chains, and the rules binding skips.
  for (const code of ['match-not-allowed-here', 'interface-never-matches', 'interface-not-allowed-here', 'target-not-allowed-here', 'unknown-option', 'duplicate-rule', 'other-family-rule', 'outside-table']) {
    assert.ok(found.includes(code), `${code} in ${found.join(' ')}`);
  }
  for (const choice of [{}, { forced: 'ipv4' as const }, { forced: 'ipv6' as const }, { fileName: 'rules.v6' }]) bothWays(restore, choice);
});

test('... and on generated dumps of every shape', () => {
  for (const shape of ['kube-proxy', 'docker', 'firewall'] as const) bothWays(generateDump(shape, 2000), {});
});
