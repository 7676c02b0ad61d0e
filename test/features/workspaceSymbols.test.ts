import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SymbolKind } from 'vscode-languageserver';
import { workspaceSymbols } from '../../server/src/features/workspaceSymbols';
import { showRange } from '../support/fixture';
import { docker, kube, script } from '../support/samples';

const documents = [
  { uri: 'file:///srv/kube.rules', model: kube.model },
  { uri: 'file:///srv/docker.rules', model: docker.model },
  { uri: 'file:///srv/firewall.sh', model: script.model },
];

const listed = (query: string) => workspaceSymbols(documents, query).map((s) => `${s.containerName}/${s.name} ${s.location.uri.slice(12)}`);

test('the query matches part of the name, whatever its case', () => {
  const found = workspaceSymbols(documents, 'kube-svc');
  assert.equal(found.length, 1);
  const [svc] = found;
  assert.equal(svc.name, 'KUBE-SVC-NPX46M4PTMTKRN6Y');
  assert.equal(svc.kind, SymbolKind.Function);
  assert.equal(svc.containerName, 'nat');
  assert.equal(svc.location.uri, 'file:///srv/kube.rules');
  assert.equal(showRange(kube.text, svc.location.range), '20: :⟦KUBE-SVC-NPX46M4PTMTKRN6Y⟧ - [0:0]');
});

test('one entry per table and document', () => {
  assert.deepEqual(listed('DOCKER').sort(), [
    'filter/DOCKER docker.rules',
    'filter/DOCKER-ISOLATION-STAGE-1 docker.rules',
    'filter/DOCKER-ISOLATION-STAGE-2 docker.rules',
    'filter/DOCKER-USER docker.rules',
    'nat/DOCKER docker.rules',
  ]);
  assert.deepEqual(listed('ssh').sort(), ['filter/SSH firewall.sh', 'nat/SSH firewall.sh']);
});

test('built-in chains are found where the document uses them, located at their first use', () => {
  const inputs = workspaceSymbols(documents, 'input').filter((s) => s.location.uri.endsWith('firewall.sh'));
  assert.equal(inputs.length, 1);
  assert.equal(inputs[0].kind, SymbolKind.Event);
  assert.equal(showRange(script.text, inputs[0].location.range), '3: iptables -P ⟦INPUT⟧ DROP');
});

test('chains that are only jumped to are not listed; an empty query lists the rest', () => {
  const all = listed('');
  // kube: 5 filter + 10 nat, docker: 5 nat + 7 filter, script: 2 filter + 2 nat.
  assert.equal(all.length, 31);
  assert.ok(!all.some((s) => /\/(MASQUERADE|MARK|DNAT|LOG|ACCEPT) /.test(s)), all.join('\n'));
  assert.deepEqual(workspaceSymbols(documents, 'no-such-chain'), []);
});
