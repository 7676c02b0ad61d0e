// The hint for an old match names its replacement and the options it spells
// differently, all read from the catalog (deprecatedBy, replacedBy).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/analysis/analyze';

test('deprecated-match names the replacement option from the catalog', () => {
  const found = analyzeText('*filter\n-A INPUT -m state --state NEW -j ACCEPT\nCOMMIT\n', { forced: 'ipv4' }).findings;
  assert.deepEqual(found.map((f) => `${f.severity} ${f.code}`), ['hint deprecated-match']);
  assert.match(found[0].message, /write `-m conntrack` instead/);
  assert.match(found[0].message, /`--state` becomes `--ctstate`/);
});
