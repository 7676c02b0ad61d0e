import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chainSymbol, type DocumentModel } from '../../server/src/analysis/model';
import { chainGraph, describePath, spelledJumps, stopsEveryPacket } from '../../server/src/analysis/chainGraph';
import type { Family } from '../../server/src/syntax/ast';
import { ruleIn } from '../support/dumps';
import { modelOf } from '../support/findings';

function chain(m: DocumentModel, table: string, name: string) {
  const c = chainSymbol(m, table, name);
  assert.ok(c, `no chain ${table}/${name}`);
  return c;
}

const kube = `*nat
:PREROUTING ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [0:0]
:KUBE-SERVICES - [0:0]
:KUBE-SVC-X - [0:0]
:KUBE-SEP-A - [0:0]
:KUBE-POSTROUTING - [0:0]
:LONELY - [0:0]
-A PREROUTING -m comment --comment portals -j KUBE-SERVICES
-A OUTPUT -j KUBE-SERVICES
-A POSTROUTING -j KUBE-POSTROUTING
-A KUBE-SERVICES -d 10.0.0.1/32 -p tcp -m tcp --dport 443 -j KUBE-SVC-X
-A KUBE-SVC-X -j KUBE-SEP-A
-A KUBE-SEP-A -p tcp -m tcp -j DNAT --to-destination 10.1.0.1:6443
-A KUBE-POSTROUTING -j MASQUERADE
COMMIT
`;

test('jumps are edges in both directions, in rule order', () => {
  const m = modelOf(kube);
  const g = chainGraph(m);
  const services = chain(m, 'nat', 'KUBE-SERVICES');
  assert.deepEqual(g.incoming(services).map((e) => `${e.from.name}:${e.index}`), ['PREROUTING:0', 'OUTPUT:0']);
  assert.deepEqual(g.outgoing(services).map((e) => e.to.name), ['KUBE-SVC-X']);
  // Extension targets and verdicts are not chains.
  assert.deepEqual(g.outgoing(chain(m, 'nat', 'KUBE-SEP-A')), []);
  assert.equal(g.outgoing(services)[0].word.text, 'KUBE-SVC-X');
});

test('entries: the built-in chains that send packets into a chain, in packet order', () => {
  const m = modelOf(kube);
  const g = chainGraph(m);
  assert.deepEqual(g.entries(chain(m, 'nat', 'KUBE-SEP-A')), ['PREROUTING', 'OUTPUT']);
  assert.deepEqual(g.entries(chain(m, 'nat', 'KUBE-POSTROUTING')), ['POSTROUTING']);
  assert.deepEqual(g.entries(chain(m, 'nat', 'LONELY')), []);
  assert.deepEqual(g.entries(chain(m, 'nat', 'PREROUTING')), ['PREROUTING']);
});

test('pathFrom gives the jumps from a built-in chain, shortest first', () => {
  const m = modelOf(kube);
  const g = chainGraph(m);
  const sep = chain(m, 'nat', 'KUBE-SEP-A');
  const path = g.pathFrom('PREROUTING', sep)!;
  assert.deepEqual(path.map((e) => `${e.from.name}->${e.to.name}`), ['PREROUTING->KUBE-SERVICES', 'KUBE-SERVICES->KUBE-SVC-X', 'KUBE-SVC-X->KUBE-SEP-A']);
  assert.equal(describePath(path), 'KUBE-SERVICES -> KUBE-SVC-X -> KUBE-SEP-A');
  assert.equal(g.pathFrom('POSTROUTING', sep), undefined);
  assert.deepEqual(g.pathFrom('PREROUTING', chain(m, 'nat', 'PREROUTING')), []);
  // A shortcut wins over the long way round.
  const m2 = modelOf(`*filter
:A - [0:0]
:B - [0:0]
:C - [0:0]
-A INPUT -j A
-A A -j B
-A B -j C
-A INPUT -j C
COMMIT
`);
  assert.deepEqual(chainGraph(m2).pathFrom('INPUT', chain(m2, 'filter', 'C'))!.map((e) => e.from.name), ['INPUT']);
});

test('describePath keeps both ends of a long path', () => {
  const m = modelOf(kube);
  const g = chainGraph(m);
  const path = g.pathFrom('PREROUTING', chain(m, 'nat', 'KUBE-SEP-A'))!;
  assert.equal(describePath(path, 2), '… -> KUBE-SEP-A');
  assert.equal(describePath([...path, ...path], 4), 'KUBE-SERVICES -> KUBE-SVC-X -> … -> KUBE-SEP-A');
});

test('an unconditional verdict ends the chain: later jumps reach nothing (as the kernel walks it)', () => {
  const m = modelOf(`*filter
:X - [0:0]
:Y - [0:0]
-A INPUT -p tcp -j ACCEPT
-A INPUT -j ACCEPT
-A INPUT -j X
-A OUTPUT -j Y
COMMIT
`);
  const g = chainGraph(m);
  const input = chain(m, 'filter', 'INPUT');
  assert.equal(g.liveRuleCount(input), 2);
  assert.equal(g.outgoing(input)[0].live, false);
  assert.deepEqual(g.entries(chain(m, 'filter', 'X')), []);
  assert.deepEqual(g.entries(chain(m, 'filter', 'Y')), ['OUTPUT']);
  assert.equal(g.isLive(input.rules[1]), true);
  assert.equal(g.isLive(input.rules[2]), false);
  assert.deepEqual(g.placeOf(input.rules[2]), { chain: input, index: 2 });
  // Dead jumps still show up for "who jumps here".
  assert.equal(g.incoming(chain(m, 'filter', 'X')).length, 1);
});

test('an -I in a script reorders the chain, so no rule is taken as dead', () => {
  const m = modelOf(`iptables -N X
iptables -A INPUT -j ACCEPT
iptables -I INPUT -j X
`);
  const g = chainGraph(m);
  assert.deepEqual(g.entries(chain(m, 'filter', 'X')), ['INPUT']);
});

test('stopsEveryPacket follows what the kernel calls unconditional (measured)', () => {
  const first = (text: string, family: Family = 'ipv4') => {
    const m = modelOf(ruleIn('filter', 'INPUT', text), family);
    return stopsEveryPacket(m.rules[0], family);
  };
  assert.equal(first('-j ACCEPT'), true);
  assert.equal(first('-j DROP'), true);
  assert.equal(first('-j RETURN'), true);
  assert.equal(first('-j QUEUE'), true);
  assert.equal(first('-p all -j ACCEPT'), true);
  assert.equal(first('-p 0 -j ACCEPT'), true);
  assert.equal(first('-s 0/0 -d 0.0.0.0/0 -j ACCEPT'), true);
  assert.equal(first('-s 1.2.3.4/0 -j ACCEPT'), true);
  assert.equal(first('-c 1 2 -j ACCEPT'), true);
  assert.equal(first('-s ::/0 -j ACCEPT', 'ipv6'), true);
  // Conditions, however loose, keep the walk going.
  assert.equal(first('-p all -j ACCEPT', 'ipv6'), false);
  assert.equal(first('-i + -j ACCEPT'), false);
  assert.equal(first('-f -j ACCEPT'), false);
  assert.equal(first('! -s 1.2.3.4 -j ACCEPT'), false);
  assert.equal(first('! -s 0/0 -j ACCEPT'), false);
  assert.equal(first('-m comment --comment x -j ACCEPT'), false);
  assert.equal(first('-p tcp -j ACCEPT'), false);
  assert.equal(first('-j LOG'), false);
  assert.equal(first('-j REJECT'), false);
});

test('loops reached from a built-in chain, with a walk through each jump', () => {
  const m = modelOf(`*filter
:A - [0:0]
:B - [0:0]
:C - [0:0]
:D - [0:0]
:E - [0:0]
-A INPUT -j A
-A A -j B
-A B -j C
-A C -j A
-A C -j C
-A D -j E
-A E -j D
COMMIT
`);
  const g = chainGraph(m);
  const loops = g.loops();
  assert.equal(loops.length, 1, 'D <-> E is reached by nothing, the kernel accepts it');
  assert.deepEqual(loops[0].chains.map((c) => c.name).sort(), ['A', 'B', 'C']);
  assert.equal(loops[0].edges.length, 4);
  for (const e of loops[0].edges) {
    const { start: walk, length } = g.loopStart(e)!;
    assert.equal(walk.length, length, 'a short loop is spelled whole');
    assert.equal(walk[0], e);
    assert.equal(walk[walk.length - 1].to, e.from, 'the walk comes back to where it started');
    for (let i = 1; i < walk.length; i++) assert.equal(walk[i].from, walk[i - 1].to, 'each jump starts where the last one landed');
  }
  const selfLoop = loops[0].edges.find((e) => e.from === e.to)!;
  assert.deepEqual(g.loopStart(selfLoop), { start: [selfLoop], length: 1 });
  assert.equal(g.loopOf(chain(m, 'filter', 'B')), loops[0]);
  assert.equal(g.loopOf(chain(m, 'filter', 'D')), undefined);
  const entry = g.outgoing(chain(m, 'filter', 'INPUT'))[0];
  assert.equal(g.loopStart(entry), undefined);
});

test('no loop for a diamond, nor when the closing jump is dead', () => {
  const diamond = modelOf(`*filter
:A - [0:0]
:B - [0:0]
:C - [0:0]
-A INPUT -j A
-A INPUT -j B
-A A -j C
-A B -j C
COMMIT
`);
  assert.deepEqual(chainGraph(diamond).loops(), []);
  const dead = modelOf(`*filter
:A - [0:0]
:B - [0:0]
-A INPUT -j A
-A A -j B
-A B -j ACCEPT
-A B -j A
COMMIT
`);
  assert.deepEqual(chainGraph(dead).loops(), []);
});

test('tables are separate graphs: a name in another table is another chain', () => {
  const m = modelOf(`*filter
:X - [0:0]
-A INPUT -j X
COMMIT
*nat
:X - [0:0]
COMMIT
`);
  const g = chainGraph(m);
  assert.deepEqual(g.entries(chain(m, 'filter', 'X')), ['INPUT']);
  assert.deepEqual(g.entries(chain(m, 'nat', 'X')), []);
});

test('chainGraph is built once per model', () => {
  const m = modelOf(kube);
  assert.equal(chainGraph(m), chainGraph(m));
});

test('a jump chain of 10,000 chains closed into a loop: reach, paths and the loop come out whole, and each jump of it spells the start of its way round', () => {
  const lines = ['*filter'];
  const n = 10_000;
  for (let i = 0; i < n; i++) lines.push(`:C${i} - [0:0]`);
  lines.push('-A INPUT -j C0');
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < 4; k++) lines.push(`-A C${i} -s 10.0.${k}.1 -j ACCEPT`);
    if (i + 1 < n) lines.push(`-A C${i} -j C${i + 1}`);
  }
  lines.push(`-A C${n - 1} -j C0`, 'COMMIT', '');
  const m = modelOf(lines.join('\n'));
  const g = chainGraph(m);
  const last = chain(m, 'filter', `C${n - 1}`);
  assert.deepEqual(g.entries(last), ['INPUT']);
  assert.equal(g.pathFrom('INPUT', last)!.length, n);
  assert.equal(g.loops()[0].chains.length, n);
  // Each jump's way round: the jump, the jumps after it, and those from C0 on when it nears the end.
  for (const at of [0, 1, n - 5, n - 1]) {
    const edge = g.outgoing(chain(m, 'filter', `C${at}`))[0];
    const { start, length } = g.loopStart(edge)!;
    assert.equal(length, n);
    assert.deepEqual(start.map((e) => e.from.name), Array.from({ length: spelledJumps }, (_, k) => `C${(at + k) % n}`));
  }
});

test('a rule is placed in its chain by its line, and still found after an edit has moved the lines of an older analysis', () => {
  const rules = Array.from({ length: 40 }, (_, i) => `-A WEB -p tcp --dport ${1000 + i} -j ACCEPT`);
  const m = modelOf(`*filter\n:INPUT ACCEPT [0:0]\n:WEB - [0:0]\n-A INPUT -j WEB\n${rules.join('\n')}\n-A WEB -j DROP\nCOMMIT\n`);
  const web = chain(m, 'filter', 'WEB');
  const graph = chainGraph(m);
  web.rules.forEach((rule, i) => assert.deepEqual(graph.placeOf(rule), { chain: web, index: i }));
  assert.equal(graph.isLive(web.rules[40]), true);
  // An edit deleting the first five lines of WEB moves the rows of the rest, as lineEdit.ts does;
  // the old graph is still asked about them (incremental.ts compares it with the new one).
  for (const rule of web.rules.slice(5)) rule.row!.line -= 5;
  web.rules.forEach((rule, i) => assert.equal(graph.placeOf(rule)?.index, i, `rule ${i}`));
  assert.equal(graph.isLive(web.rules[40]), true);
});
