// The "load the module" quick fix is offered only where loading a module is the fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/analysis/analyze';
import { codeActions } from '../../server/src/features/codeActions';
import { toDiagnostics } from '../../server/src/features/diagnostics';

const uri = 'file:///m/rules.v4';
function titles(rule: string): string[] {
  const { model, findings } = analyzeText(`*filter\n:INPUT ACCEPT [0:0]\n${rule}\nCOMMIT\n`);
  const diagnostics = toDiagnostics(findings.filter((f) => f.code === 'option-needs-module'), uri);
  assert.ok(diagnostics.length > 0, `no option-needs-module for ${rule}`);
  return codeActions(model, findings, uri, diagnostics).map((a) => a.title);
}

test('an option no module loads gets -p or -m fixes, the common protocol first', () => {
  const offered = titles('-A INPUT --dport 22 -j ACCEPT');
  assert.equal(offered[0], 'Add `-p tcp` before `--dport`');
  assert.ok(offered.includes('Add `-p udp` before `--dport`'));
});

test('no module fix when the module comes later, when -p comes later, or beside a negated or other -p', () => {
  assert.deepEqual(titles('-A INPUT --dport 22 -p tcp -j ACCEPT'), []);
  assert.deepEqual(titles('-A INPUT --ctstate NEW -m conntrack -j ACCEPT'), []);
  assert.deepEqual(titles('-A INPUT ! -p tcp --dport 22 -j ACCEPT'), []);
  assert.deepEqual(titles('-A INPUT -p icmp --dport 22 -j ACCEPT'), []);
});
