import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver';
import { analyzeText } from '../../server/src/analysis/analyze';
import { documentSymbols } from '../../server/src/features/symbols';
import { showRange } from '../support/fixture';
import { docker, kube, repeated, script } from '../support/samples';

/** `name (detail)` per table with its chains, for a readable outline comparison. */
function outline(symbols: DocumentSymbol[]): string[] {
  return symbols.flatMap((t) => [`${t.name} (${t.detail})`, ...(t.children ?? []).map((c) => `  ${c.name} (${c.detail})`)]);
}

const inside = (outer: Range, inner: Range): boolean =>
  (outer.start.line < inner.start.line || (outer.start.line === inner.start.line && outer.start.character <= inner.start.character)) &&
  (outer.end.line > inner.end.line || (outer.end.line === inner.end.line && outer.end.character >= inner.end.character));

test('restore dump: tables with their chains, policies and rule counts', () => {
  const symbols = documentSymbols(kube.model);
  assert.deepEqual(outline(symbols), [
    'filter (5 chains · 4 rules)',
    '  INPUT (ACCEPT · 1 rule)',
    '  FORWARD (ACCEPT · 1 rule)',
    '  OUTPUT (ACCEPT · 0 rules)',
    '  KUBE-FORWARD (user chain · 2 rules)',
    '  KUBE-SERVICES (user chain · 0 rules)',
    'nat (10 chains · 14 rules)',
    '  PREROUTING (ACCEPT · 1 rule)',
    '  INPUT (ACCEPT · 0 rules)',
    '  OUTPUT (ACCEPT · 1 rule)',
    '  POSTROUTING (ACCEPT · 1 rule)',
    '  KUBE-MARK-MASQ (user chain · 1 rule)',
    '  KUBE-POSTROUTING (user chain · 3 rules)',
    '  KUBE-SERVICES (user chain · 1 rule)',
    '  KUBE-SVC-NPX46M4PTMTKRN6Y (user chain · 2 rules)',
    '  KUBE-SEP-A2B3C4D5E6F7G8H9 (user chain · 2 rules)',
    '  KUBE-SEP-Z9Y8X7W6V5U4T3S2 (user chain · 2 rules)',
  ]);
  const [filter, nat] = symbols;
  assert.equal(filter.kind, SymbolKind.Namespace);
  assert.deepEqual([filter.range.start.line, filter.range.end.line, nat.range.start.line, nat.range.end.line], [1, 11, 12, 37]);
  assert.equal(showRange(kube.text, filter.selectionRange), '1: ⟦*filter⟧');
  const kinds = filter.children!.map((c) => c.kind);
  assert.deepEqual(kinds, [SymbolKind.Event, SymbolKind.Event, SymbolKind.Event, SymbolKind.Function, SymbolKind.Function]);
  const svc = nat.children!.find((c) => c.name.startsWith('KUBE-SVC'))!;
  assert.equal(showRange(kube.text, svc.selectionRange), '20: :⟦KUBE-SVC-NPX46M4PTMTKRN6Y⟧ - [0:0]');
  assert.deepEqual([svc.range.start, svc.range.end], [{ line: 20, character: 0 }, { line: 20, character: ':KUBE-SVC-NPX46M4PTMTKRN6Y - [0:0]'.length }]);
});

test('a chain only jumped to is not listed', () => {
  const { model } = analyzeText('*filter\n:INPUT ACCEPT\n-A INPUT -j ELSEWHERE\nCOMMIT\n');
  assert.deepEqual(outline(documentSymbols(model)), ['filter (1 chain · 1 rule)', '  INPUT (ACCEPT · 1 rule)']);
});

test('docker dump: DOCKER appears once in each table', () => {
  const names = documentSymbols(docker.model).map((t) => `${t.name}: ${t.children!.map((c) => c.name).join(' ')}`);
  assert.deepEqual(names, [
    'nat: PREROUTING INPUT OUTPUT POSTROUTING DOCKER',
    'filter: INPUT FORWARD OUTPUT DOCKER DOCKER-ISOLATION-STAGE-1 DOCKER-ISOLATION-STAGE-2 DOCKER-USER',
  ]);
  const forward = documentSymbols(docker.model)[1].children!.find((c) => c.name === 'FORWARD')!;
  assert.equal(forward.detail, 'DROP · 6 rules');
});

test('repeated blocks of one table each get their own symbol and counts', () => {
  const symbols = documentSymbols(repeated.model);
  assert.deepEqual(outline(symbols), [
    'filter (2 chains · 2 rules)',
    '  INPUT (DROP · 0 rules)',
    '  LOGDROP (user chain · 2 rules)',
    'filter (2 chains · 2 rules)',
    '  INPUT (DROP · 2 rules)',
    '  LOGDROP (user chain · 0 rules)',
  ]);
  assert.deepEqual(symbols.map((s) => [s.range.start.line, s.range.end.line]), [[0, 5], [6, 11]]);
});

test('script: grouped by table, chains from -N, -A and -P', () => {
  const symbols = documentSymbols(script.model);
  assert.deepEqual(outline(symbols), [
    'filter (2 chains · 4 rules)',
    '  INPUT (DROP · 2 rules)',
    '  SSH (user chain · 2 rules)',
    'nat (2 chains · 2 rules)',
    '  SSH (user chain · 1 rule)',
    '  PREROUTING (built-in chain · 1 rule)',
  ]);
  const [filter, nat] = symbols;
  // Filter commands run from line 3 to line 11, nat commands from 8 to 10.
  assert.deepEqual([filter.range.start.line, filter.range.end.line, nat.range.start.line, nat.range.end.line], [3, 11, 8, 10]);
  assert.equal(showRange(script.text, nat.selectionRange), '8: iptables -t ⟦nat⟧ -N SSH');
  assert.equal(showRange(script.text, nat.children![0].selectionRange), '8: iptables -t nat -N ⟦SSH⟧');
});

test('a script feeding iptables-restore through a heredoc gets the block too', () => {
  const text = 'iptables -N EXTRA\niptables-restore --noflush <<EOF\n*filter\n:BLOCKED - [0:0]\n-A BLOCKED -j DROP\nCOMMIT\nEOF\n';
  assert.deepEqual(outline(documentSymbols(analyzeText(text).model)), [
    'filter (1 chain · 0 rules)',
    '  EXTRA (user chain · 0 rules)',
    'filter (1 chain · 1 rule)',
    '  BLOCKED (user chain · 1 rule)',
  ]);
});

test('every selection range lies in its range, every child in its parent, no empty names', () => {
  for (const s of [kube, docker, repeated, script]) {
    for (const table of documentSymbols(s.model)) {
      assert.ok(table.name.length > 0 && inside(table.range, table.selectionRange), table.name);
      for (const chain of table.children ?? []) {
        assert.ok(chain.name.length > 0, table.name);
        assert.ok(inside(chain.range, chain.selectionRange), chain.name);
        assert.ok(inside(table.range, chain.range), `${table.name}/${chain.name}`);
      }
    }
  }
});

test('an empty document has no symbols', () => {
  assert.deepEqual(documentSymbols(analyzeText('').model), []);
});
