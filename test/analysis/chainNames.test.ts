// Chain names as iptables 1.8.9 takes them (measured): 28 bytes, not characters;
// `:DNAT -` and `-E x DNAT` pass while `-N DNAT` fails; verdicts fail everywhere.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/analysis/analyze';
import { chainNameFaults } from '../../server/src/analysis/chainNames';
import { codeActions } from '../../server/src/features/codeActions';
import { toDiagnostics } from '../../server/src/features/diagnostics';

const nameCodes = new Set(['chain-name-too-long', 'bad-chain-name', 'chain-named-like-target']);
const faults = (text: string, fileName = 'rules.v4') =>
  analyzeText(text, { fileName }).findings.filter((f) => nameCodes.has(f.code)).map((f) => `${f.range.start.line}:${f.code}`);
const restore = (name: string) => `*filter\n:${name} - [0:0]\nCOMMIT\n`;

test('the length is counted in bytes, as iptables does', () => {
  assert.deepEqual(faults(restore('é'.repeat(14))), []);
  assert.deepEqual(faults(restore('é'.repeat(15))), ['1:chain-name-too-long']);
  assert.deepEqual(faults(restore('A'.repeat(28))), []);
  assert.deepEqual(faults(`iptables -N ${'é'.repeat(15)}\n`, 'fw.sh'), ['0:chain-name-too-long']);
  assert.match(chainNameFaults('é'.repeat(15), 'new')[0].message, /30 bytes \(15 characters\)/);
});

test('target names: restore lines and -E accept extension targets, -N does not; verdicts fail everywhere', () => {
  assert.deepEqual(faults(restore('DNAT')), []);
  assert.deepEqual(faults(restore('ACCEPT')), ['1:chain-named-like-target']);
  assert.deepEqual(faults('iptables -N DNAT\n', 'fw.sh'), ['0:chain-named-like-target']);
  assert.deepEqual(faults('iptables -N a\niptables -E a DNAT\n', 'fw.sh'), []);
  assert.deepEqual(faults('iptables -N a\niptables -E a ACCEPT\n', 'fw.sh'), ['1:chain-named-like-target']);
});

test('-E with a name that is too long is reported: iptables cuts it short', () => {
  const found = analyzeText(`iptables -N a\niptables -E a ${'B'.repeat(30)}\n`, { fileName: 'fw.sh' }).findings.filter((f) => f.code === 'chain-name-too-long');
  assert.equal(found.length, 1);
  assert.match(found[0].message, /cuts it to its first 29 bytes/);
});

test('the declare-chain fix is offered for a quoted name and not for a name iptables refuses', () => {
  const fixesFor = (text: string, fileName: string) => {
    const { model, findings } = analyzeText(text, { fileName });
    const uri = `file:///${fileName}`;
    return codeActions(model, findings, uri, toDiagnostics(findings, uri)).map((a) => a.title);
  };
  assert.ok(fixesFor("iptables -A INPUT -j 'MYCHAIN'\n", 'fw.sh').some((t) => t === 'Create chain MYCHAIN with -N'));
  const long = 'é'.repeat(15);
  assert.ok(!fixesFor(`*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -j ${long}\nCOMMIT\n`, 'rules.v4').some((t) => t.startsWith('Declare chain')));
  assert.ok(fixesFor(`*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -j ${'é'.repeat(14)}\nCOMMIT\n`, 'rules.v4').some((t) => t.startsWith('Declare chain')));
});
