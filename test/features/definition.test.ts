import { test } from 'node:test';
import assert from 'node:assert/strict';
import { definition } from '../../server/src/features/definition';
import { kube, marked, repeated, script, shownAt } from '../support/samples';

const uri = 'file:///etc/iptables/rules.v4';

/** Definition at the only marker of a small fixture, shown as marked lines. */
function definitionsIn(text: string): string[] {
  const m = marked(text, uri);
  return shownAt(m, definition(m.model, uri, m.at));
}

test('a jump goes to the `:NAME` line of its own table only', () => {
  const found = definition(kube.model, uri, kube.at.filterServicesJump);
  assert.deepEqual(shownAt(kube, found), ['6: :⟦KUBE-SERVICES⟧ - [0:0]']);
  assert.ok(found.every((l) => l.uri === uri));
});

test('the cursor just after the name still counts', () => {
  const found = definition(kube.model, uri, kube.at.svcJumpEnd);
  assert.deepEqual(shownAt(kube, found), ['20: :⟦KUBE-SVC-NPX46M4PTMTKRN6Y⟧ - [0:0]']);
});

test('a declaration leads to itself, also from its `:`', () => {
  assert.deepEqual(shownAt(kube, definition(kube.model, uri, kube.at.svcDeclaration)), ['20: :⟦KUBE-SVC-NPX46M4PTMTKRN6Y⟧ - [0:0]']);
  assert.deepEqual(shownAt(kube, definition(kube.model, uri, kube.at.sepColon)), ['21: :⟦KUBE-SEP-A2B3C4D5E6F7G8H9⟧ - [0:0]']);
});

test('a built-in chain goes to its policy line', () => {
  assert.deepEqual(shownAt(kube, definition(kube.model, uri, kube.at.preroutingAppend)), ['13: :⟦PREROUTING⟧ ACCEPT [0:0]']);
});

test('repeated table blocks give one definition per block', () => {
  assert.deepEqual(shownAt(repeated, definition(repeated.model, uri, repeated.at.logdropJump)), [
    '2: :⟦LOGDROP⟧ - [0:0]',
    '8: :⟦LOGDROP⟧ - [0:0]',
  ]);
  assert.deepEqual(shownAt(repeated, definition(repeated.model, uri, repeated.at.inputPolicy)), [
    '1: :⟦INPUT⟧ DROP [0:0]',
    '7: :⟦INPUT⟧ DROP [0:0]',
  ]);
});

test('in a script, `-N` defines the chain of its own table', () => {
  assert.deepEqual(shownAt(script, definition(script.model, uri, script.at.natSshJump)), ['8: iptables -t nat -N ⟦SSH⟧']);
  assert.deepEqual(shownAt(script, definition(script.model, uri, script.at.filterSshNew)), ['4: iptables -N ⟦SSH⟧']);
});

test('in a script, a built-in chain goes to its `-P` line', () => {
  assert.deepEqual(shownAt(script, definition(script.model, uri, script.at.inputAppend)), ['3: iptables -P ⟦INPUT⟧ DROP']);
});

test('every chain command leads to the declaration', () => {
  for (const command of ['-A FOO -j ACCEPT', '-I FOO 1 -j ACCEPT', '-D FOO 1', '-R FOO 1 -j DROP', '-F FOO', '-X FOO', '-Z FOO', '-A INPUT -g FOO']) {
    const text = `iptables -N FOO\niptables ${command.replace('FOO', '‸FOO')}\n`;
    assert.deepEqual(definitionsIn(text), ['0: iptables -N ⟦FOO⟧'], command);
  }
});

test('`-E OLD NEW` declares NEW', () => {
  assert.deepEqual(definitionsIn('iptables -N OLD\niptables -E OLD NEW\niptables -A INPUT -j ‸NEW\n'), ['1: iptables -E OLD ⟦NEW⟧']);
});

test('a built-in chain without a policy line has no definition', () => {
  assert.deepEqual(definitionsIn('iptables -A ‸OUTPUT -j ACCEPT\n'), []);
  assert.deepEqual(definitionsIn('*filter\n:FOO - [0:0]\n-A ‸OUTPUT -j FOO\nCOMMIT\n'), []);
});

test('nothing for undeclared chains, verdicts, options and comments', () => {
  assert.deepEqual(definitionsIn('*filter\n-A INPUT -j ‸NOWHERE\nCOMMIT\n'), []);
  assert.deepEqual(definitionsIn('*filter\n:INPUT ACCEPT\n-A INPUT -j ‸ACCEPT\nCOMMIT\n'), []);
  assert.deepEqual(definitionsIn('*filter\n:INPUT ACCEPT\n-A INPUT -p tcp --d‸port 22 -j ACCEPT\nCOMMIT\n'), []);
  assert.deepEqual(definitionsIn('# jump to ‸INPUT\n*filter\n:INPUT ACCEPT\nCOMMIT\n'), []);
  assert.deepEqual(definitionsIn('*fil‸ter\n:INPUT ACCEPT\nCOMMIT\n'), []);
});
