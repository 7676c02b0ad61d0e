// A script that sets up both firewalls: ip6tables lines have chains of their own,
// and navigation on them stays among them (it used to find nothing there).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { analyzeText } from '../../server/src/analysis/analyze';
import { completion } from '../../server/src/features/completion';
import { definition } from '../../server/src/features/definition';
import { documentHighlight } from '../../server/src/features/highlight';
import { hover } from '../../server/src/features/hover';
import { references } from '../../server/src/features/references';
import { rename } from '../../server/src/features/rename';
import { documentSymbols } from '../../server/src/features/symbols';
import { workspaceSymbols } from '../../server/src/features/workspaceSymbols';
import { marked, shownAt } from '../support/samples';

const uri = 'file:///etc/firewall.sh';
const lines = [
  '#!/bin/sh',
  'iptables -N LOGDROP',
  'ip6tables -N LOGDROP',
  'iptables -A LOGDROP -j DROP',
  'ip6tables -A LOGDROP -j DROP',
  'iptables -A INPUT -p tcp --dport 23 -j LOGDROP',
  'ip6tables -A INPUT -p tcp --dport 23 -j LOG‸DROP',
  '',
];
const onV6Jump = marked(lines.join('\n'), uri);
const onV4Jump = marked(lines.join('\n').replace('-j LOG‸DROP', '-j LOGDROP').replace('--dport 23 -j LOGDROP\nip6', '--dport 23 -j LOG‸DROP\nip6'), uri);

test('definition from an ip6tables jump goes to the ip6tables -N, and from an iptables jump to the iptables one', () => {
  assert.deepEqual(shownAt(onV6Jump, definition(onV6Jump.model, uri, onV6Jump.at)), ['2: ip6tables -N ⟦LOGDROP⟧']);
  assert.deepEqual(shownAt(onV4Jump, definition(onV4Jump.model, uri, onV4Jump.at)), ['1: iptables -N ⟦LOGDROP⟧']);
});

test('references and highlights stay within the family', () => {
  const found = shownAt(onV6Jump, references(onV6Jump.model, uri, onV6Jump.at, { includeDeclaration: true }));
  assert.deepEqual(found, ['2: ip6tables -N ⟦LOGDROP⟧', '4: ip6tables -A ⟦LOGDROP⟧ -j DROP', '6: ip6tables -A INPUT -p tcp --dport 23 -j ⟦LOGDROP⟧']);
  assert.deepEqual(shownAt(onV6Jump, documentHighlight(onV6Jump.model, uri, onV6Jump.at)), found);
});

test('rename changes the ip6tables chain only', () => {
  const edit: WorkspaceEdit = rename(onV6Jump.model, uri, onV6Jump.at, 'LOGDROP6');
  const edits = edit.changes![uri] as TextEdit[];
  assert.deepEqual(edits.map((e) => e.range.start.line).sort(), [2, 4, 6]);
});

test('hover on the ip6tables chain tells its own declaration and rules', () => {
  const h = hover(onV6Jump.model, onV6Jump.at)!;
  const text = (h.contents as { value: string }).value;
  assert.match(text, /Declared on line 3\./);
  assert.match(text, /Holds 1 rule\./);
  assert.match(text, /The script's ip6tables chain, apart from its iptables chain of the same name/);
  // Its own jump graph: entered from the ip6tables INPUT rule on line 7, not the iptables one on line 6.
  assert.match(text, /Entered from:\n- .*INPUT.*: jumps \(line 7\)(?!,)/);
});

test('the outline has a group for the ip6tables commands with their chains', () => {
  const groups = documentSymbols(onV6Jump.model).map((g) => [g.name, (g.children ?? []).map((c) => c.name)]);
  assert.deepEqual(groups, [['filter', ['LOGDROP', 'INPUT']], ['filter (ip6tables)', ['LOGDROP', 'INPUT']]]);
});

test('the checks still see each family apart: nothing is reported in this script', () => {
  assert.deepEqual(analyzeText(onV6Jump.text, { fileName: uri }).findings.map((f) => f.code), []);
});

test('workspace symbols list both families\' chains, the other family marked', () => {
  const found = workspaceSymbols([{ uri, model: onV6Jump.model }], 'logdrop').map((s) => [s.name, s.containerName, s.location.range.start.line]);
  assert.deepEqual(found, [['LOGDROP', 'filter', 1], ['LOGDROP', 'filter (ip6tables)', 2]]);
});

test('completion after -j on an ip6tables line offers the ip6tables chains', () => {
  const text = ['#!/bin/sh', 'iptables -N ONLY4', 'ip6tables -N ONLY6', 'ip6tables -A INPUT -j ‸', ''].join('\n');
  const m = marked(text, uri);
  const labels = completion(m.model, m.at).map((i) => i.label);
  assert.ok(labels.includes('ONLY6'), labels.join(' '));
  assert.ok(!labels.includes('ONLY4'), labels.join(' '));
  const v4 = marked(text.replace('ip6tables -A INPUT -j ‸', 'iptables -A INPUT -j ‸'), uri);
  const v4Labels = completion(v4.model, v4.at).map((i) => i.label);
  assert.ok(v4Labels.includes('ONLY4') && !v4Labels.includes('ONLY6'), v4Labels.join(' '));
});
