import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FoldingRange } from 'vscode-languageserver';
import { analyzeText } from '../../server/src/analysis/analyze';
import type { DocumentModel } from '../../server/src/analysis/model';
import { foldingRanges } from '../../server/src/features/folding';
import { docker, kube, repeated, script } from '../support/samples';

/** `start-end` plus ` comment` for comment folds, with the first three words of the first line for context. */
function shown(text: string, ranges: FoldingRange[]): string[] {
  const lines = text.split('\n');
  return ranges.map((r) => `${r.startLine}-${r.endLine}${r.kind ? ` ${r.kind}` : ''}: ${lines[r.startLine].split(' ').slice(0, 3).join(' ')}`);
}

interface Row {
  why: string;
  text: string;
  /** The text's model when it is a shared sample; other texts are analysed here. */
  model?: DocumentModel;
  folds: string[];
}

const rows: Row[] = [
  {
    why: 'kube-proxy dump: table blocks and runs of one chain, exactly', ...kube,
    folds: [
      '1-11: *filter',
      '9-10: -A KUBE-FORWARD -m',
      '12-37: *nat',
      '27-29: -A KUBE-POSTROUTING -m',
      '31-32: -A KUBE-SVC-NPX46M4PTMTKRN6Y -m',
      '33-34: -A KUBE-SEP-A2B3C4D5E6F7G8H9 -s',
      '35-36: -A KUBE-SEP-Z9Y8X7W6V5U4T3S2 -s',
    ],
  },
  {
    why: 'docker dump: the comment pair between the blocks folds as a comment', ...docker,
    folds: [
      '1-11: *nat',
      '12-13 comment: # Completed on',
      '14-33: *filter',
      '22-27: -A FORWARD -j',
      '28-29: -A DOCKER-ISOLATION-STAGE-1 -i',
      '30-31: -A DOCKER-ISOLATION-STAGE-2 -o',
    ],
  },
  { why: 'repeated blocks fold separately', ...repeated, folds: ['0-5: *filter', '3-4: -A LOGDROP -j', '6-11: *filter', '9-10: -A INPUT -i'] },
  { why: 'script: comment lines and rules of one chain, not `-N`', ...script, folds: ['0-2 comment: #!/bin/sh', '6-7: iptables -A SSH'] },
  { why: 'script: rules of one chain name in another table are another run', text: 'iptables -A FOO -j ACCEPT\niptables -t nat -A FOO -j ACCEPT\n', folds: [] },
  { why: 'a rule continued over several lines folds with its neighbours', text: 'iptables -A FOO \\\n  -p tcp -j ACCEPT\niptables -A FOO -j DROP\necho done\n', folds: ['0-2: iptables -A FOO'] },
  {
    why: '-I counts as adding a rule; a comment or blank line ends a run',
    text: '*filter\n:FOO -\n-I FOO -j ACCEPT\n-A FOO -j DROP\n# next\n-A FOO -j RETURN\n\n-A FOO -j DROP\nCOMMIT\n',
    folds: ['0-8: *filter', '2-3: -I FOO -j'],
  },
  { why: 'a block without COMMIT ends at its last non-blank line', text: '*filter\n:FOO -\n-A FOO -j ACCEPT\n-A FOO -j DROP\n\n\n', folds: ['0-3: *filter', '2-3: -A FOO -j'] },
  { why: 'a lone header folds nothing', text: '*filter\n', folds: [] },
  { why: 'a header and COMMIT fold', text: '*filter\nCOMMIT\n', folds: ['0-1: *filter'] },
  { why: 'an empty text folds nothing', text: '', folds: [] },
];

for (const row of rows) {
  test(row.why, () => {
    assert.deepEqual(shown(row.text, foldingRanges(row.model ?? analyzeText(row.text).model)), row.folds);
  });
}

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
