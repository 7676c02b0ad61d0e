// Another file's chains changing makes an open document's analysis stale only if
// that analysis asked about one of those chains.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache } from '../../server/src/workspace/analysisCache';
import { WorkspaceIndex } from '../../server/src/workspace/workspaceIndex';
import { completionList } from '../../server/src/features/completion';
import { generateDump } from '../../bench/generate';

const doc = (name: string, text: string) => TextDocument.create(`file:///w/${name}`, 'iptables', 1, text);

test('a change to unrelated chains keeps the analysis; a change to a chain it asked about redoes it', () => {
  const index = new WorkspaceIndex();
  const cache = new AnalysisCache(() => undefined, index);
  const user = doc('user.rules', '*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -j WEB\nCOMMIT\n');
  const first = cache.get(user);
  assert.deepEqual(first.findings.map((f) => f.code), ['unknown-target']);

  index.update('file:///w/other.rules', '*filter\n:MAIL - [0:0]\nCOMMIT\n');
  assert.equal(cache.get(user), first, 'MAIL is not asked about: the analysis stands');

  index.update('file:///w/web.rules', '*filter\n:WEB - [0:0]\nCOMMIT\n');
  const second = cache.get(user);
  assert.notEqual(second, first);
  assert.deepEqual(second.findings.map((f) => f.code), []);

  index.remove('file:///w/web.rules');
  assert.deepEqual(cache.get(user).findings.map((f) => f.code), ['unknown-target']);
});

test('an unused chain is looked up in the other files: a new caller there redoes the analysis', () => {
  const index = new WorkspaceIndex();
  const cache = new AnalysisCache(() => undefined, index);
  const owner = doc('owner.rules', '*filter\n:INPUT ACCEPT [0:0]\n:WEB - [0:0]\nCOMMIT\n');
  assert.deepEqual(cache.get(owner).findings.map((f) => f.code), ['unused-chain']);
  index.update('file:///w/caller.rules', '*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -j WEB\nCOMMIT\n');
  assert.deepEqual(cache.get(owner).findings.map((f) => f.code), []);
});

test('an analysis older than the remembered history is redone', () => {
  const index = new WorkspaceIndex();
  const cache = new AnalysisCache(() => undefined, index);
  const user = doc('user.rules', '*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -j WEB\nCOMMIT\n');
  const first = cache.get(user);
  for (let k = 0; k < 300; k++) index.update(`file:///w/f${k}.rules`, `*filter\n:C${k} - [0:0]\nCOMMIT\n`);
  assert.notEqual(cache.get(user), first);
});

test('lines added above a declaration in an open file move the place other files are shown', () => {
  const index = new WorkspaceIndex();
  const cache = new AnalysisCache(() => undefined, index);
  const text = '*filter\n:INPUT ACCEPT [0:0]\n:WEB - [0:0]\nCOMMIT\n';
  const owner = doc('owner.rules', text);
  cache.get(owner);
  const where = () => index.except('file:///w/user.rules').find('filter', 'WEB')?.range.start.line;
  assert.equal(where(), 2);
  // Blank lines and a comment: the quiet patch keeps the model and tells the index nothing.
  const moved = TextDocument.update(owner, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '\n# web\n\n' }], 2);
  cache.get(moved);
  assert.equal(where(), 5);
  // A rule added above: the general patch.
  const more = TextDocument.update(moved, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '-A INPUT -j ACCEPT\n' }], 3);
  cache.get(more);
  assert.equal(where(), 6);
});

test('a patch that throws drops the entry, so the next request starts from a full analysis', () => {
  const cache = new AnalysisCache(() => undefined);
  const text = '*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -j ACCEPT\nCOMMIT\n';
  const good = doc('throwing.rules', text);
  cache.get(good);
  assert.equal(cache.has(good.uri), true);
  // A document whose text cannot be read once: the patch fails midway.
  let fail = true;
  const edited = TextDocument.update(good, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: '\n' }], 2);
  const flaky: TextDocument = Object.assign(Object.create(edited), {
    getText: () => {
      if (fail) throw new Error('read failed');
      return edited.getText();
    },
  });
  assert.throws(() => cache.get(flaky), /read failed/);
  assert.equal(cache.has(good.uri), false);
  fail = false;
  assert.deepEqual(cache.get(flaky).model.parsed.lines, edited.getText().split('\n'));
});

test('the index holds both families of a script: a chain jumped to by another file is not unused (review finding)', () => {
  const index = new WorkspaceIndex();
  const cache = new AnalysisCache(() => undefined, index);
  index.update('file:///w/b.sh', '#!/bin/sh\nip6tables -A INPUT -j SHARED\n');
  const a = doc('a.sh', '#!/bin/sh\niptables -N SHARED\nip6tables -N SHARED\niptables -A INPUT -j ACCEPT\n');
  assert.deepEqual(cache.get(a).findings.map((f) => f.code), []);
  // With the family forced to IPv6, an iptables script's chains are the other family's: still indexed.
  const forced = new WorkspaceIndex();
  const forcedCache = new AnalysisCache(() => 'ipv6', forced);
  forcedCache.get(doc('v4.sh', '#!/bin/sh\niptables -N FROM4\n'));
  assert.equal(forced.except('file:///w/other.sh').find('filter', 'FROM4')?.range.start.line, 1);
});

test('while a line of a big dump is typed, completion reads the last analysis and the current line', () => {
  const cache = new AnalysisCache(() => undefined);
  const text = generateDump('kube-proxy', 4000);
  const first = doc('big.rules', text);
  const stored = cache.get(first).model;
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.startsWith('-A KUBE-SERVICES '));
  // The chain name is being typed: a change the quick patch cannot carry.
  const typed = TextDocument.update(first, [{ range: { start: { line: at, character: 0 }, end: { line: at, character: lines[at].length } }, text: '-A KUBE-SERV' }], 2);
  const view = cache.typingView(typed, at)!;
  assert.equal(view.rules, stored.rules, 'no analysis ran');
  assert.equal(view.parsed.lines[at], '-A KUBE-SERV');
  const labels = completionList(view, { line: at, character: 12 }).items.map((i) => i.label);
  assert.ok(labels.includes('KUBE-SERVICES'), labels.slice(0, 10).join(' '));
  // Another line changed too, or a small document: the analysis must be brought up to date instead.
  const twoLines = TextDocument.update(typed, [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: '# x' }], 3);
  assert.equal(cache.typingView(twoLines, at), undefined);
  const small = doc('small.rules', '*filter\n-A INPUT -j ACCEPT\nCOMMIT\n');
  cache.get(small);
  assert.equal(cache.typingView(TextDocument.update(small, [{ range: { start: { line: 1, character: 3 }, end: { line: 1, character: 8 } }, text: 'OUT' }], 2), 1), undefined);
});

/**
 * Two files in one index: `other` first, then `edited` gets `line` inserted before
 * line `at`, which must be spliced in place. Returns the codes of `other` before
 * and after.
 */
function spliceBeside(other: string, edited: string, at: number, line: string): { before: string[]; after: string[] } {
  const index = new WorkspaceIndex();
  const cache = new AnalysisCache(() => undefined, index);
  const otherDoc = doc('other.rules', other);
  const before = cache.get(otherDoc).findings.map((f) => f.code);
  const editedDoc = doc('edited.rules', edited);
  const first = cache.get(editedDoc);
  const second = cache.get(TextDocument.update(editedDoc, [{ range: { start: { line: at, character: 0 }, end: { line: at, character: 0 } }, text: `${line}\n` }], 2));
  assert.equal(second.model, first.model, 'spliced in place');
  assert.equal(second.chainsChanged, true);
  return { before, after: cache.get(otherDoc).findings.map((f) => f.code) };
}

test('a jump spliced into an open file in place tells the index: the chain is no longer unused in the file that declares it', () => {
  const owner = '*filter\n:INPUT ACCEPT [0:0]\n:WEB - [0:0]\nCOMMIT\n';
  const caller = '*filter\n:INPUT ACCEPT [0:0]\n:WEB - [0:0]\n-A INPUT -p tcp -j ACCEPT\n-A WEB -p udp -j ACCEPT\nCOMMIT\n';
  assert.deepEqual(spliceBeside(owner, caller, 4, '-A INPUT -p icmp -j WEB'), { before: ['unused-chain'], after: [] });
});

test('a chain line spliced into an open file in place tells the index: another file may jump to the chain now', () => {
  const caller = '*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -p tcp -j SHARED\nCOMMIT\n';
  const owner = '*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -p udp -j ACCEPT\nCOMMIT\n';
  assert.deepEqual(spliceBeside(caller, owner, 2, ':SHARED - [0:0]'), { before: ['unknown-target'], after: [] });
});
