// Real rule files from the shared corpus (kube-proxy, Docker, ufw, firewalld...):
// none that iptables accepts may get a value error. Skipped without ../shared.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkValues } from '../../../server/src/analysis/checks/values';
import { bindDocument } from '../../../server/src/analysis/model';
import { catalogGrammar } from '../../../server/src/catalog/grammar';
import { parseDocument } from '../../../server/src/syntax/parse';
import { corpusMissing, readCorpusFile, readVerdicts } from '../../support/corpus';

test('no value error in any accepted corpus file', { skip: corpusMissing() ?? false }, () => {
  const accepted = readVerdicts().filter((v) => v.verdict === 'ACCEPT');
  assert.ok(accepted.length > 100, `${accepted.length} files`);
  const wrong: string[] = [];
  for (const v of accepted) {
    const model = bindDocument(parseDocument(readCorpusFile(v.file), { grammar: catalogGrammar }), { forced: v.family });
    checkValues({
      model,
      report: (f) => {
        if (f.severity === 'error') wrong.push(`${v.file}:${f.range.start.line + 1} ${f.code}: ${f.message}`);
      },
    });
  }
  assert.deepEqual(wrong, []);
});
