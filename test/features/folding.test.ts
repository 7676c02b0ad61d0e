import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FoldingRange } from 'vscode-languageserver';
import { analyzeText } from '../../server/src/analysis/analyze';
import { foldingRanges } from '../../server/src/features/folding';
import { docker, kube, repeated, script } from '../support/samples';

/** `start-end` plus ` comment` for comment folds, with the first three words of the first line for context. */
function shown(text: string, ranges: FoldingRange[]): string[] {
  const lines = text.split('\n');
  return ranges.map((r) => `${r.startLine}-${r.endLine}${r.kind ? ` ${r.kind}` : ''}: ${lines[r.startLine].split(' ').slice(0, 3).join(' ')}`);
}

const folds = (text: string) => shown(text, foldingRanges(analyzeText(text).model));

test('kube-proxy dump: table blocks and runs of one chain, exactly', () => {
  assert.deepEqual(shown(kube.text, foldingRanges(kube.model)), [
    '1-11: *filter',
    '9-10: -A KUBE-FORWARD -m',
    '12-37: *nat',
    '27-29: -A KUBE-POSTROUTING -m',
    '31-32: -A KUBE-SVC-NPX46M4PTMTKRN6Y -m',
    '33-34: -A KUBE-SEP-A2B3C4D5E6F7G8H9 -s',
    '35-36: -A KUBE-SEP-Z9Y8X7W6V5U4T3S2 -s',
  ]);
});

test('docker dump: the comment pair between the blocks folds as a comment', () => {
  assert.deepEqual(shown(docker.text, foldingRanges(docker.model)), [
    '1-11: *nat',
    '12-13 comment: # Completed on',
    '14-33: *filter',
    '22-27: -A FORWARD -j',
    '28-29: -A DOCKER-ISOLATION-STAGE-1 -i',
    '30-31: -A DOCKER-ISOLATION-STAGE-2 -o',
  ]);
});

test('repeated blocks fold separately', () => {
  assert.deepEqual(shown(repeated.text, foldingRanges(repeated.model)), [
    '0-5: *filter',
    '3-4: -A LOGDROP -j',
    '6-11: *filter',
    '9-10: -A INPUT -i',
  ]);
});

test('script: comment lines and rules of one chain, not `-N` nor another table', () => {
  assert.deepEqual(shown(script.text, foldingRanges(script.model)), [
    '0-2 comment: #!/bin/sh',
    '6-7: iptables -A SSH',
  ]);
  assert.deepEqual(folds('iptables -A FOO -j ACCEPT\niptables -t nat -A FOO -j ACCEPT\n'), []);
});

test('a rule continued over several lines folds with its neighbours', () => {
  assert.deepEqual(folds('iptables -A FOO \\\n  -p tcp -j ACCEPT\niptables -A FOO -j DROP\necho done\n'), ['0-2: iptables -A FOO']);
});

test('-I counts as adding a rule; a comment or blank line ends a run', () => {
  assert.deepEqual(folds('*filter\n:FOO -\n-I FOO -j ACCEPT\n-A FOO -j DROP\n# next\n-A FOO -j RETURN\n\n-A FOO -j DROP\nCOMMIT\n'), [
    '0-8: *filter',
    '2-3: -I FOO -j',
  ]);
});

test('a block without COMMIT ends at its last non-blank line; a lone header folds nothing', () => {
  assert.deepEqual(folds('*filter\n:FOO -\n-A FOO -j ACCEPT\n-A FOO -j DROP\n\n\n'), ['0-3: *filter', '2-3: -A FOO -j']);
  assert.deepEqual(folds('*filter\n'), []);
  assert.deepEqual(folds('*filter\nCOMMIT\n'), ['0-1: *filter']);
  assert.deepEqual(folds(''), []);
});

test('every range is non-empty, sorted, and nests without crossing', () => {
  for (const s of [kube, docker, repeated, script]) {
    const ranges = foldingRanges(s.model);
    for (const r of ranges) assert.ok(r.startLine < r.endLine, JSON.stringify(r));
    for (let i = 1; i < ranges.length; i++) assert.ok(ranges[i - 1].startLine <= ranges[i].startLine);
    for (const a of ranges) {
      for (const b of ranges) {
        const crosses = a.startLine < b.startLine && b.startLine <= a.endLine && a.endLine < b.endLine;
        assert.ok(!crosses, `${JSON.stringify(a)} crosses ${JSON.stringify(b)}`);
      }
    }
  }
});
