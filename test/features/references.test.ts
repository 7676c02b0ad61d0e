import { test } from 'node:test';
import assert from 'node:assert/strict';
import { references } from '../../server/src/features/references';
import { docker, kube, marked, repeated, script, shownAt } from '../support/samples';
import type { Sample } from '../support/samples';

const uri = 'file:///work/rules.v4';
const withDeclaration = { includeDeclaration: true };
const withoutDeclaration = { includeDeclaration: false };

function shown<N extends string>(s: Sample<N>, at: N, context = withDeclaration): string[] {
  return shownAt(s, references(s.model, uri, s.at[at], context));
}

test('references stay in their table: KUBE-SERVICES of filter is not the one of nat', () => {
  assert.deepEqual(shown(kube, 'filterServicesJump'), [
    '6: :⟦KUBE-SERVICES⟧ - [0:0]',
    '7: -A INPUT -m conntrack --ctstate NEW -m comment --comment "kubernetes service portals" -j ⟦KUBE-SERVICES⟧',
  ]);
  assert.deepEqual(shown(kube, 'filterServicesJump', withoutDeclaration), [
    '7: -A INPUT -m conntrack --ctstate NEW -m comment --comment "kubernetes service portals" -j ⟦KUBE-SERVICES⟧',
  ]);
});

test('DOCKER of filter does not reach DOCKER of nat', () => {
  assert.deepEqual(shown(docker, 'filterDockerJump'), ['18: :⟦DOCKER⟧ - [0:0]', '25: -A FORWARD -o docker0 -j ⟦DOCKER⟧']);
});

test('a service chain: declaration, the jump to it and its own rules', () => {
  assert.deepEqual(shown(kube, 'svcDeclaration'), [
    '20: :⟦KUBE-SVC-NPX46M4PTMTKRN6Y⟧ - [0:0]',
    '30: -A KUBE-SERVICES -d 10.96.0.1/32 -p tcp -m comment --comment "default/kubernetes:https cluster IP" -m tcp --dport 443 -j ⟦KUBE-SVC-NPX46M4PTMTKRN6Y⟧',
    '31: -A ⟦KUBE-SVC-NPX46M4PTMTKRN6Y⟧ -m comment --comment "default/kubernetes:https" -m statistic --mode random --probability 0.50000000000 -j KUBE-SEP-A2B3C4D5E6F7G8H9',
    '32: -A ⟦KUBE-SVC-NPX46M4PTMTKRN6Y⟧ -m comment --comment "default/kubernetes:https" -j KUBE-SEP-Z9Y8X7W6V5U4T3S2',
  ]);
  assert.equal(references(kube.model, uri, kube.at.svcDeclaration, withoutDeclaration).length, 3);
});

test('a built-in chain over repeated blocks', () => {
  assert.deepEqual(shown(repeated, 'inputPolicy'), [
    '1: :⟦INPUT⟧ DROP [0:0]',
    '7: :⟦INPUT⟧ DROP [0:0]',
    '9: -A ⟦INPUT⟧ -i lo -j ACCEPT',
    '10: -A ⟦INPUT⟧ -j LOGDROP',
  ]);
});

test('script: same chain name in filter and nat stays apart', () => {
  assert.deepEqual(shown(script, 'filterSshNew'), [
    '4: iptables -N ⟦SSH⟧',
    '5: iptables -A INPUT -p tcp --dport 22 -j ⟦SSH⟧',
    '6: iptables -A ⟦SSH⟧ -s 10.0.0.0/8 -j ACCEPT',
    '7: iptables -A ⟦SSH⟧ -j DROP',
  ]);
  assert.deepEqual(shown(script, 'natSshJump', withoutDeclaration), [
    '9: iptables -t nat -A PREROUTING -p tcp --dport 2222 -j ⟦SSH⟧',
    '10: iptables -t nat -A ⟦SSH⟧ -p tcp -j DNAT --to-destination 10.0.0.2:22',
  ]);
});

test('every command that names a chain is a reference, in file order', () => {
  const m = marked(`iptables -N ‸FOO
iptables -A FOO -j ACCEPT
iptables -I FOO 1 -j DROP
iptables -R FOO 1 -j RETURN
iptables -D FOO 1
iptables -C FOO -j ACCEPT
iptables -A INPUT -g FOO
iptables -j FOO -A OUTPUT
iptables -F FOO
iptables -Z FOO
iptables -L FOO
iptables -X FOO
`, 'fw.sh');
  const found = references(m.model, uri, m.at, withDeclaration);
  assert.deepEqual(found.map((l) => l.range.start.line), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  assert.deepEqual(shownAt(m, found).slice(6, 8), ['6: iptables -A INPUT -g ⟦FOO⟧', '7: iptables -j ⟦FOO⟧ -A OUTPUT']);
});

test('nothing off a chain name', () => {
  const m = marked('*filter\n:INPUT ACCEPT\n-A INPUT -j ‸ACCEPT\nCOMMIT\n');
  assert.deepEqual(references(m.model, uri, m.at, withDeclaration), []);
});
