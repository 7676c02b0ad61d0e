// iptables' own test cases (extensions/*.t, in the shared corpus): the value
// check must find no error in a rule iptables accepts, and should flag the
// rules it refuses for a bad value. Skipped where ../shared is absent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedMissing, tFilesDir } from '../../support/corpus';
import { readTCases, valueFindings } from './tcases';

const skip = sharedMissing(tFilesDir);

test('no value error on any rule the .t files accept', { skip }, () => {
  const ok = readTCases().filter((c) => c.verdict === 'OK');
  assert.ok(ok.length > 600, `read ${ok.length} accepted rules`);
  const wrong = ok
    .map((c) => ({ c, errors: valueFindings(c).filter((f) => f.severity === 'error') }))
    .filter((x) => x.errors.length > 0)
    .map((x) => `${x.c.file}:${x.c.line} ${x.c.rule} => ${x.errors.map((e) => e.code).join(', ')}`);
  assert.deepEqual(wrong, []);
});

test('refused rules with a bad value are flagged', { skip }, () => {
  const fail = readTCases().filter((c) => c.verdict === 'FAIL');
  const flagged = fail.filter((c) => valueFindings(c).some((f) => f.severity === 'error'));
  // Most other FAIL lines miss an option or a protocol, which other checks report.
  assert.ok(flagged.length >= 110, `flagged ${flagged.length} of ${fail.length}`);
  const must = [
    ['extensions__libxt_tcp.t', '-p tcp -m tcp --sport 65536'],
    ['extensions__libxt_mark.t', '-m mark --mark 4294967296'],
    ['extensions__libxt_conntrack.t', '-m conntrack --ctstate wrong'],
    ['extensions__libxt_mac.t', '-m mac --mac-source 42:01:02:03:04'],
    ['extensions__libxt_statistic.t', '-m statistic --mode random ! --probability 1.1'],
  ];
  for (const [file, rule] of must) assert.ok(flagged.some((c) => c.file === file && c.rule === rule), `${file}: ${rule}`);
});
