// Each case was tried with the real iptables 1.8.9 (`unshare -n iptables-legacy-restore`,
// or `unshare -n iptables-legacy` for command lines): the ones said to fire are refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Family } from '../../server/src/syntax/ast';
import { generateDump } from '../../bench/generate';
import { restore } from '../support/dumps';
import { codesOf, modelOf, only, runChecks, showFindings } from '../support/findings';
import { textAt } from '../support/fixture';

/** Asserts the placement checks find nothing but hints. */
function none(text: string, family: Family = 'ipv4'): void {
  const findings = runChecks(text, ['placement'], { family });
  assert.deepEqual(codesOf(findings.filter((f) => f.severity !== 'hint')), [], showFindings(text, findings));
}

// ------------------------------------------------------------------ targets

test('target-not-allowed-here: a target in a built-in chain it does not work in', () => {
  const text = restore('nat', '-A PREROUTING -j MASQUERADE');
  const f = only(runChecks(text, ['placement']), 'target-not-allowed-here');
  assert.equal(textAt(text, f.range), 'MASQUERADE');
  assert.match(f.message, /only works in nat POSTROUTING, not in nat PREROUTING/);
  assert.match(only(runChecks(restore('nat', '-A POSTROUTING -j DNAT --to-destination 1.2.3.4'), ['placement']), 'target-not-allowed-here').message, /nat PREROUTING or nat OUTPUT/);
  assert.match(only(runChecks(restore('mangle', '-A INPUT -j REJECT'), ['placement']), 'target-not-allowed-here').message, /in the mangle table\./);
});

test('target-not-allowed-here: the table is checked even in a chain nothing jumps to', () => {
  const f = only(runChecks(restore('filter', ':X - [0:0]', '-A X -j MASQUERADE'), ['placement']), 'target-not-allowed-here');
  assert.match(f.message, /refuses it in the filter table, even in a chain nothing jumps to/);
  only(runChecks(restore('filter', ':X - [0:0]', '-A X -m rpfilter -j ACCEPT'), ['placement']), 'match-not-allowed-here');
  only(runChecks(restore('filter', ':X - [0:0]', '-A X -p tcp -j TPROXY --on-port 1'), ['placement']), 'target-not-allowed-here');
});

test('target-not-allowed-here: a user chain reached from the wrong built-in chain names the path', () => {
  const text = restore(
    'nat',
    ':KUBE-SERVICES - [0:0]',
    ':KUBE-SVC-X - [0:0]',
    '-A PREROUTING -j KUBE-SERVICES',
    '-A KUBE-SERVICES -p tcp -j KUBE-SVC-X',
    '-A KUBE-SVC-X -j MASQUERADE',
  );
  const f = only(runChecks(text, ['placement']), 'target-not-allowed-here');
  assert.equal(f.range.start.line, 5);
  assert.match(f.message, /reach chain KUBE-SVC-X from nat PREROUTING \(via KUBE-SERVICES -> KUBE-SVC-X\)/);
  assert.deepEqual(f.related!.map((r) => textAt(text, r.range)), ['KUBE-SERVICES', 'KUBE-SVC-X']);
  assert.match(f.related![0].message, /PREROUTING jumps to KUBE-SERVICES/);
  const direct = only(runChecks(restore('nat', ':X - [0:0]', '-A OUTPUT -j X', '-A X -j MASQUERADE'), ['placement']), 'target-not-allowed-here');
  assert.match(direct.message, /nat OUTPUT \(directly\)/);
});

test('target-not-allowed-here is quiet where the kernel accepts the target', () => {
  none(restore('nat', '-A POSTROUTING -o eth0 -j MASQUERADE', '-A PREROUTING -p tcp -j DNAT --to-destination 1.2.3.4:80'));
  none(restore('nat', ':KUBE-POSTROUTING - [0:0]', '-A POSTROUTING -j KUBE-POSTROUTING', '-A KUBE-POSTROUTING -j MASQUERADE'));
  none(restore('filter', ':X - [0:0]', '-A INPUT -j X', '-A X -j REJECT'));
  // SYNPROXY is bound to INPUT/FORWARD only, not to a table: an unreached raw chain is accepted.
  none(restore('raw', ':X - [0:0]', '-A X -p tcp -j SYNPROXY'));
  // The jump after an unconditional ACCEPT is never taken, so the kernel never checks X from PREROUTING.
  const snpt = '-A X -j SNPT --src-pfx dead::/64 --dst-pfx 1c3::/64';
  none(restore('mangle', ':X - [0:0]', '-A PREROUTING -j ACCEPT', '-A PREROUTING -j X', '-A POSTROUTING -j X', snpt), 'ipv6');
  only(runChecks(restore('mangle', ':X - [0:0]', '-A PREROUTING -j X', '-A POSTROUTING -j X', snpt), ['placement'], { family: 'ipv6' }), 'target-not-allowed-here');
  none(restore('filter', '-A INPUT -j ACCEPT', '-A INPUT -m owner --uid-owner 0 -j ACCEPT'));
});

test('a misplaced target in a chain no built-in chain reaches yet is only a hint', () => {
  const f = only(runChecks(restore('nat', ':X - [0:0]', '-A X -j MASQUERADE'), ['placement']), 'placement-not-checked');
  assert.equal(f.severity, 'hint');
  assert.match(f.message, /No packet reaches chain X from a built-in chain yet/);
  assert.match(f.message, /anywhere other than nat POSTROUTING/);
  assert.deepEqual(runChecks(restore('nat', ':X - [0:0]', '-A POSTROUTING -j X', '-A X -j MASQUERADE'), ['placement']), []);
  // NETMAP works in every nat chain: nothing to warn about.
  assert.deepEqual(runChecks(restore('nat', ':X - [0:0]', '-A X -j NETMAP --to 1.2.3.0/24'), ['placement']), []);
});

test('DROP in the nat table is refused by iptables itself, in any chain and command', () => {
  const text = restore('nat', ':X - [0:0]', '-A X -j DROP');
  const f = only(runChecks(text, ['placement']), 'target-not-allowed-here');
  assert.equal(textAt(text, f.range), 'DROP');
  assert.match(f.message, /DROP in the nat table/);
  only(runChecks('iptables -t nat -D PREROUTING -j DROP\n', ['placement']), 'target-not-allowed-here');
  const policy = 'iptables -t nat -P PREROUTING DROP\n';
  assert.equal(textAt(policy, only(runChecks(policy, ['placement']), 'target-not-allowed-here').range), 'DROP');
  none(restore('nat', ':PREROUTING DROP [0:0]', '-A PREROUTING -j ACCEPT', '-A OUTPUT -j RETURN'));
  none(restore('filter', '-A INPUT -j DROP'));
  none('iptables -P INPUT DROP\n');
});

// ------------------------------------------------------------------ matches

test('match-not-allowed-here: owner only where packets come from this machine', () => {
  const text = restore('filter', '-A INPUT -m owner --uid-owner 0 -j ACCEPT');
  const f = only(runChecks(text, ['placement']), 'match-not-allowed-here');
  assert.equal(textAt(text, f.range), 'owner');
  assert.match(f.message, /The owner match only works in filter OUTPUT/);
  const reached = runChecks(restore('filter', ':X - [0:0]', '-A INPUT -j X', '-A OUTPUT -j X', '-A X -m owner --uid-owner 0 -j ACCEPT'), ['placement']);
  assert.match(only(reached, 'match-not-allowed-here').message, /from filter INPUT \(directly\)/);
  none(restore('filter', '-A OUTPUT -m owner --uid-owner 0 -j ACCEPT'));
  none(restore('filter', ':X - [0:0]', '-A OUTPUT -j X', '-A X -m owner --uid-owner 0 -j ACCEPT'));
  // Hook-only matches are not bound to a table: an unreached chain is accepted, without a hint.
  assert.deepEqual(runChecks(restore('filter', ':X - [0:0]', '-A X -m owner --uid-owner 0 -j ACCEPT'), ['placement']).filter((x) => x.severity !== 'hint'), []);
});

test('an option with a narrower place than its match (addrtype --limit-iface-in)', () => {
  const text = restore('filter', '-A OUTPUT -m addrtype --src-type LOCAL --limit-iface-in -j ACCEPT');
  const f = only(runChecks(text, ['placement']), 'match-not-allowed-here');
  assert.equal(textAt(text, f.range), '--limit-iface-in');
  assert.match(f.message, /`--limit-iface-in` of the addrtype match only works in filter INPUT or filter FORWARD\b/);
  only(runChecks(restore('filter', ':X - [0:0]', '-A OUTPUT -j X', '-A X -m addrtype --src-type LOCAL --limit-iface-in -j ACCEPT'), ['placement']), 'match-not-allowed-here');
  none(restore('filter', '-A INPUT -m addrtype --src-type LOCAL --limit-iface-in -j ACCEPT'));
  none(restore('filter', ':X - [0:0]', '-A X -m addrtype --src-type LOCAL --limit-iface-in -j ACCEPT'));
});

test('a value with a narrower place than its option (policy --dir in / --dir out)', () => {
  const text = restore('filter', '-A OUTPUT -m policy --dir in --pol ipsec -j ACCEPT');
  const f = only(runChecks(text, ['placement']), 'match-not-allowed-here');
  assert.equal(textAt(text, f.range), 'in');
  assert.match(f.message, /`--dir in` of the policy match only works in filter INPUT or filter FORWARD, not in filter OUTPUT/);
  only(runChecks(restore('filter', '-A INPUT -m policy --dir out -j ACCEPT'), ['placement']), 'match-not-allowed-here');
  only(runChecks(restore('nat', '-A POSTROUTING -m policy --dir in --pol none -j ACCEPT'), ['placement']), 'match-not-allowed-here');
  only(runChecks(restore('filter', ':U - [0:0]', '-A U -m policy --dir in', '-A OUTPUT -j U'), ['placement']), 'match-not-allowed-here');
  none(restore('filter', '-A FORWARD -m policy --dir in -j ACCEPT', '-A FORWARD -m policy --dir out -j ACCEPT', '-A OUTPUT -m policy --dir out -j ACCEPT'));
  none(restore('nat', '-A PREROUTING -m policy --dir in --pol none -j ACCEPT', '-A POSTROUTING -m policy --dir out --pol none -j ACCEPT'));
  none(restore('filter', ':U - [0:0]', '-A U -m policy --dir in', '-A INPUT -j U'));
  none(restore('filter', ':U - [0:0]', '-A U -m policy --dir in'));
});

// ------------------------------------------------------------------ interfaces

test('interface-not-allowed-here: iptables refuses -i in OUTPUT/POSTROUTING and -o in PREROUTING/INPUT, by chain name', () => {
  const text = restore('filter', '-A OUTPUT -i eth0 -j ACCEPT', '-A INPUT ! -o eth0 -j ACCEPT');
  const found = runChecks(text, ['placement']).filter((f) => f.code === 'interface-not-allowed-here');
  assert.deepEqual(found.map((f) => textAt(text, f.range)), ['-i eth0', '! -o eth0']);
  only(runChecks(restore('nat', '-A POSTROUTING -i eth0 -j MASQUERADE'), ['placement']), 'interface-not-allowed-here');
  only(runChecks(restore('raw', '-A PREROUTING -o eth0 -j ACCEPT'), ['placement']), 'interface-not-allowed-here');
  only(runChecks('iptables -C OUTPUT -i eth0 -j ACCEPT\n', ['placement']), 'interface-not-allowed-here');
});

test('interface-not-allowed-here is quiet where the interface exists, and in user chains', () => {
  none(restore('filter', '-A INPUT -i eth0 -j ACCEPT', '-A OUTPUT -o eth0 -j ACCEPT', '-A FORWARD -i eth0 -o eth1 -j ACCEPT'));
  const userChain = runChecks(restore('filter', ':X - [0:0]', '-A OUTPUT -j X', '-A X -i eth0 -j ACCEPT'), ['placement']);
  assert.equal(userChain.filter((f) => f.code === 'interface-not-allowed-here').length, 0);
});

test('interface-never-matches: a user chain reached only where the packets have no such interface', () => {
  const f = only(runChecks(restore('filter', ':X - [0:0]', '-A OUTPUT -j X', '-A X -i eth0 -j ACCEPT'), ['placement']), 'interface-never-matches');
  assert.equal(f.severity, 'warning');
  assert.match(f.message, /never matches/);
  assert.match(only(runChecks(restore('filter', ':X - [0:0]', '-A INPUT -j X', '-A X ! -o eth0 -j ACCEPT'), ['placement']), 'interface-never-matches').message, /always matches/);
  none(restore('filter', ':X - [0:0]', '-A OUTPUT -j X', '-A INPUT -j X', '-A X -i eth0 -j ACCEPT'));
  none(restore('filter', ':X - [0:0]', '-A X -i eth0 -j ACCEPT'));
});

// ------------------------------------------------------------------ loops

test('jump-loop: every jump of a loop reached from a built-in chain, with the loop spelled out', () => {
  const text = restore('filter', ':A - [0:0]', ':B - [0:0]', '-A INPUT -j A', '-A A -j B', '-A B -p tcp -j A');
  const loops = runChecks(text, ['placement']).filter((f) => f.code === 'jump-loop');
  assert.deepEqual(loops.map((f) => textAt(text, f.range)), ['B', 'A']);
  assert.match(loops[0].message, /A -> B -> A/);
  assert.match(loops[0].message, /packets from filter INPUT/);
  assert.match(loops[0].message, /the whole filter table fails to load/);
  assert.deepEqual(loops[0].related!.map((r) => r.range.start.line), [5]);
  only(runChecks(restore('filter', ':A - [0:0]', '-A INPUT -j A', '-A A -j A'), ['placement']), 'jump-loop');
  const gotos = runChecks(restore('filter', ':A - [0:0]', ':B - [0:0]', '-A INPUT -j A', '-A A -g B', '-A B -g A'), ['placement']);
  assert.deepEqual(gotos.map((f) => f.code), ['jump-loop', 'jump-loop']);
  assert.match(gotos[0].message, /This goto is part of a loop/);
  assert.match(only(runChecks('iptables -N L\niptables -A INPUT -j L\niptables -A L -j L\n', ['placement']), 'jump-loop').message, /the command that closes the circle fails/);
});

test('jump-loop is quiet for loops no packet can enter and for diamonds', () => {
  none(restore('filter', ':A - [0:0]', ':B - [0:0]', '-A A -j B', '-A B -j A'));
  none(restore('filter', ':A - [0:0]', ':B - [0:0]', '-A INPUT -j A', '-A A -j B', '-A B -j ACCEPT', '-A B -j A'));
  none(restore('filter', ':A - [0:0]', ':B - [0:0]', ':C - [0:0]', '-A INPUT -j A', '-A INPUT -j B', '-A A -j C', '-A B -j C'));
});

// ------------------------------------------------------------------ scripts

test('scripts: the table comes from -t and chains from -N, as in restore files', () => {
  const script = [
    'iptables -t nat -N WEB',
    'iptables -t nat -A PREROUTING -p tcp -j WEB',
    'iptables -t nat -A WEB -j MASQUERADE',
    'iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE',
    'iptables -A WEB -j ACCEPT',
    '',
  ].join('\n');
  const f = only(runChecks(script, ['placement']), 'target-not-allowed-here');
  assert.equal(f.range.start.line, 2);
  assert.match(f.message, /from nat PREROUTING \(directly\)/);
  none('iptables -t nat -N WEB\niptables -t nat -A POSTROUTING -j WEB\niptables -t nat -A WEB -j MASQUERADE\n');
});

// Speed is measured by npm run bench, not here; this checks the big dump stays clean.
test('50,000 kube-proxy rules go through the option and placement checks without a finding', () => {
  const model = modelOf(generateDump('kube-proxy', 50_000));
  assert.ok(model.rules.length >= 50_000, `${model.rules.length} rules`);
  const findings = runChecks(model, ['options', 'placement']);
  assert.deepEqual(findings, [], showFindings(undefined, findings.slice(0, 20)));
});
