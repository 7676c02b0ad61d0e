import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ResponseError, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { prepareRename, rename } from '../../server/src/features/rename';
import { applyEdits, showRange } from '../support/fixture';
import { kube, marked, repeated, script, shownAt } from '../support/samples';

const uri = 'file:///work/rules';

function editsOf(edit: WorkspaceEdit): TextEdit[] {
  assert.deepEqual(Object.keys(edit.changes ?? {}), [uri]);
  return edit.changes![uri];
}

/** Asserts `fn` throws a ResponseError whose message matches. */
function refused(fn: () => unknown, message: RegExp): void {
  assert.throws(fn, (e: unknown) => e instanceof ResponseError && message.test(e.message));
}

test('prepareRename gives the name range and the name as placeholder', () => {
  const prepared = prepareRename(kube.model, uri, kube.at.svcJumpEnd);
  assert.ok(prepared);
  assert.equal(prepared.placeholder, 'KUBE-SVC-NPX46M4PTMTKRN6Y');
  assert.equal(showRange(kube.text, prepared.range).replace(/ -m comment.*-j /, ' … -j '), '30: -A KUBE-SERVICES -d 10.96.0.1/32 -p tcp … -j ⟦KUBE-SVC-NPX46M4PTMTKRN6Y⟧');
});

test('prepareRename on the `:` of a chain line selects the name without the colon', () => {
  const prepared = prepareRename(kube.model, uri, kube.at.sepColon);
  assert.ok(prepared);
  assert.equal(showRange(kube.text, prepared.range), '21: :⟦KUBE-SEP-A2B3C4D5E6F7G8H9⟧ - [0:0]');
});

test('built-in chains are refused with a reason', () => {
  refused(() => prepareRename(kube.model, uri, kube.at.preroutingAppend), /`PREROUTING` is a built-in chain of the nat table/);
  refused(() => prepareRename(repeated.model, uri, repeated.at.inputPolicy), /`INPUT` is a built-in chain of the filter table/);
  refused(() => prepareRename(script.model, uri, script.at.inputAppend), /built-in chain/);
  refused(() => rename(script.model, uri, script.at.inputAppend, 'MYINPUT'), /built-in chain/);
});

test('verdicts are refused with a reason', () => {
  refused(() => prepareRename(kube.model, uri, kube.at.returnVerdict), /`RETURN` is a built-in verdict/);
  const policy = marked('*filter\n:INPUT DR‸OP [0:0]\nCOMMIT\n');
  refused(() => prepareRename(policy.model, uri, policy.at), /`DROP` is a built-in verdict/);
  const scriptPolicy = marked('iptables -P FORWARD ‸ACCEPT\n');
  refused(() => prepareRename(scriptPolicy.model, uri, scriptPolicy.at), /`ACCEPT` is a built-in verdict/);
});

test('extension targets are refused with a reason', () => {
  refused(() => prepareRename(kube.model, uri, kube.at.masqueradeTarget), /`MASQUERADE` is .*extension target/);
});

test('nothing to rename off a chain name', () => {
  for (const text of ['# ‸FOO\n*filter\n:FOO -\nCOMMIT\n', '*fil‸ter\nCOMMIT\n', '*filter\n:FOO -\n-A FOO -p tcp --dp‸ort 22 -j ACCEPT\nCOMMIT\n', 'echo ‸hello\n']) {
    const m = marked(text);
    assert.equal(prepareRename(m.model, uri, m.at), null, text);
    refused(() => rename(m.model, uri, m.at, 'BAR'), /Put the cursor on a chain name/);
  }
});

test('a chain name held in a shell variable is refused', () => {
  const m = marked('CHAIN=FOO\niptables -N "$CHAIN"\niptables -A INPUT -j $CH‸AIN\n');
  refused(() => prepareRename(m.model, uri, m.at), /only known when the script runs/);
});

test('rename in a script: exact edits, the nat chain of the same name untouched', () => {
  const edit = rename(script.model, uri, script.at.filterSshNew, 'SSH-IN');
  assert.deepEqual(shownAt(script, editsOf(edit)), [
    '4: iptables -N ⟦SSH⟧',
    '5: iptables -A INPUT -p tcp --dport 22 -j ⟦SSH⟧',
    '6: iptables -A ⟦SSH⟧ -s 10.0.0.0/8 -j ACCEPT',
    '7: iptables -A ⟦SSH⟧ -j DROP',
  ]);
  assert.ok(editsOf(edit).every((e) => e.newText === 'SSH-IN'));
  assert.equal(applyEdits(script.text, editsOf(edit)), `#!/bin/sh
# Allow SSH, log and drop the rest.
# Also forward port 8080 to a web server.
iptables -P INPUT DROP
iptables -N SSH-IN
iptables -A INPUT -p tcp --dport 22 -j SSH-IN
iptables -A SSH-IN -s 10.0.0.0/8 -j ACCEPT
iptables -A SSH-IN -j DROP
iptables -t nat -N SSH
iptables -t nat -A PREROUTING -p tcp --dport 2222 -j SSH
iptables -t nat -A SSH -p tcp -j DNAT --to-destination 10.0.0.2:22
iptables -A INPUT -j LOG
`);
});

test('rename in a restore dump changes the declaration, the jump and the rules', () => {
  const edit = rename(kube.model, uri, kube.at.svcDeclaration, 'KUBE-SVC-WEB');
  const after = applyEdits(kube.text, editsOf(edit)).split('\n');
  const before = kube.text.split('\n');
  const changed = before.flatMap((line, i) => (line === after[i] ? [] : [i]));
  assert.deepEqual(changed, [20, 30, 31, 32]);
  assert.equal(after[20], ':KUBE-SVC-WEB - [0:0]');
  assert.equal(after[31].slice(0, 16), '-A KUBE-SVC-WEB ');
  assert.ok(after[30].endsWith(' -j KUBE-SVC-WEB'));
});

test('rename over repeated blocks renames every declaration', () => {
  const edit = rename(repeated.model, uri, repeated.at.logdropJump, 'LOG_AND_DROP');
  assert.equal(applyEdits(repeated.text, editsOf(edit)), `*filter
:INPUT DROP [0:0]
:LOG_AND_DROP - [0:0]
-A LOG_AND_DROP -j LOG --log-prefix "dropped: "
-A LOG_AND_DROP -j DROP
COMMIT
*filter
:INPUT DROP [0:0]
:LOG_AND_DROP - [0:0]
-A INPUT -i lo -j ACCEPT
-A INPUT -j LOG_AND_DROP
COMMIT
`);
});

test('quotes around a chain name survive', () => {
  const m = marked('iptables -N ‸FOO\niptables -A INPUT -j "FOO"\niptables -A \'FOO\' -j ACCEPT\n');
  const edit = rename(m.model, uri, m.at, 'BAR');
  assert.equal(applyEdits(m.text, editsOf(edit)), 'iptables -N BAR\niptables -A INPUT -j "BAR"\niptables -A \'BAR\' -j ACCEPT\n');
});

test('`-E OLD NEW`: renaming OLD leaves the chain it became alone', () => {
  const m = marked('iptables -N ‸OLD\niptables -A INPUT -j OLD\niptables -E OLD NEW\niptables -A NEW -j ACCEPT\n');
  const edit = rename(m.model, uri, m.at, 'FIRST');
  assert.equal(applyEdits(m.text, editsOf(edit)), 'iptables -N FIRST\niptables -A INPUT -j FIRST\niptables -E FIRST NEW\niptables -A NEW -j ACCEPT\n');
});

test('the same name as now is no edit at all', () => {
  assert.deepEqual(rename(kube.model, uri, kube.at.svcDeclaration, 'KUBE-SVC-NPX46M4PTMTKRN6Y'), { changes: { [uri]: [] } });
});

test('invalid new names are refused with a reason', () => {
  const at = kube.at.svcDeclaration;
  const cases: Array<[string, RegExp]> = [
    ['', /cannot be empty/],
    ['KUBE SVC', /whitespace/],
    ['KUBE\tSVC', /whitespace/],
    ['A'.repeat(29), /has 29 characters; iptables allows at most 28 bytes/],
    ['é'.repeat(15), /has 30 bytes \(15 characters\); iptables allows at most 28 bytes/],
    ['-SVC', /starts with `-`/],
    ['!SVC', /starts with `!`/],
    ['SVC"X', /quote/],
    ['POSTROUTING', /already a built-in chain of the nat table/],
    ['FORWARD', /name of a built-in chain/],
    ['ACCEPT', /built-in target; iptables cannot create a chain with that name/],
    ['RETURN', /built-in target; iptables cannot create a chain with that name/],
    ['KUBE-MARK-MASQ', /nat table already has a chain `KUBE-MARK-MASQ`/],
  ];
  for (const [name, message] of cases) refused(() => rename(kube.model, uri, at, name), message);
});

test('new names naming an extension target are refused', () => {
  refused(() => rename(kube.model, uri, kube.at.svcDeclaration, 'DNAT'), /extension target: `-j DNAT` would then mean the target/);
  refused(() => rename(kube.model, uri, kube.at.svcDeclaration, 'LOG'), /extension target/);
});

test('shell characters are refused in scripts only', () => {
  refused(() => rename(script.model, uri, script.at.filterSshNew, 'SSH$X'), /shell would interpret/);
  const edit = rename(kube.model, uri, kube.at.svcDeclaration, 'SVC$X');
  assert.equal(editsOf(edit).length, 4);
});

test('accepted names: 28 characters, or a name used only by another table', () => {
  assert.equal(editsOf(rename(kube.model, uri, kube.at.svcDeclaration, 'B'.repeat(28))).length, 4);
  // KUBE-POSTROUTING exists in nat only, so the filter table may use it.
  const edit = rename(kube.model, uri, kube.at.filterServicesJump, 'KUBE-POSTROUTING');
  assert.deepEqual(editsOf(edit).map((e) => e.range.start.line), [6, 7]);
});
