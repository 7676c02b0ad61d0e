// Each case was tried with the real iptables 1.8.9 (`unshare -n iptables-legacy-restore`):
// the rules said to fire are refused by it, the others are accepted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findMatch, findTarget } from '../../server/src/catalog/modules';
import type { ModuleSpec } from '../../server/src/catalog/types';
import type { Family } from '../../server/src/syntax/ast';
import type { Finding } from '../../server/src/analysis/finding';
import type { ModuleLookup } from '../../server/src/analysis/checks/options';
import { sharedMissing, tFilesDir } from '../support/corpus';
import { ruleIn } from '../support/dumps';
import { codesOf, modelOf, only, runChecks } from '../support/findings';
import { textAt } from '../support/fixture';
import { isExtensionTFile, legacyVerdict, readTFiles } from '../support/tFiles';

/** The option checks' findings for one rule in a restore file. */
function rule(spec: string, table = 'filter', family: Family = 'ipv4', lookup?: ModuleLookup): Finding[] {
  const chain = table === 'nat' || table === 'raw' ? 'PREROUTING' : 'INPUT';
  return runChecks(ruleIn(table, chain, spec), ['options'], { family, lookup });
}

const accepted = (spec: string, table = 'filter', family: Family = 'ipv4'): void => {
  const errors = rule(spec, table, family).filter((f) => f.severity === 'error' || f.severity === 'warning');
  assert.deepEqual(errors.map((f) => `${f.code}: ${f.message}`), [], `iptables accepts: ${spec}`);
};

// ------------------------------------------------------------------ unknown options

test('unknown-option suggests the closest option iptables knows at that point', () => {
  const f = only(rule('-p tcp --dprot 22 -j ACCEPT'), 'unknown-option');
  assert.match(f.message, /`--dprot`/);
  assert.match(f.message, /Did you mean `--dport`\?/);
  const core = only(rule('--sorce 1.2.3.4 -j ACCEPT'), 'unknown-option');
  assert.match(core.message, /Did you mean `--source`\?/);
  const none = only(rule('--frobnicate -j ACCEPT'), 'unknown-option');
  assert.doesNotMatch(none.message, /Did you mean/);
  assert.equal(none.severity, 'error');
});

test('unknown-option stays quiet for known options, variables and after an unknown module', () => {
  accepted('-p tcp --dport 22 -j ACCEPT');
  accepted('-p tcp --dp 22 -j ACCEPT'); // getopt abbreviation
  assert.deepEqual(codesOf(runChecks('iptables -A INPUT -m $MOD --anything 1 -j ACCEPT\n', ['options'])), []);
  assert.deepEqual(codesOf(runChecks('iptables -A INPUT -p tcp -j $TARGET --anything 1\n', ['options'])), []);
  assert.deepEqual(codesOf(runChecks('iptables -A INPUT -p $PROTO --dport 22 -j ACCEPT\n', ['options'])), []);
  assert.deepEqual(codesOf(rule('-m nosuchmatch --opt 1 -j ACCEPT')), ['unknown-match']);
});

test('option-needs-module: an option written before the -p that loads its match', () => {
  const text = ruleIn('filter', 'INPUT', '--dport 22 -p tcp -j ACCEPT');
  const f = only(runChecks(text, ['options']), 'option-needs-module');
  assert.equal(textAt(text, f.range), '--dport');
  assert.match(f.message, /left to right/);
  assert.match(f.message, /Move `-p tcp` before `--dport`/);
  assert.equal(textAt(text, f.related![0].range), 'tcp');
});

test('option-needs-module: an option written before its -m or -j', () => {
  const m = only(rule('--comment hi -m comment --comment x -j ACCEPT'), 'option-needs-module');
  assert.match(m.message, /`-m comment` comes only later/);
  const t = only(rule('--log-prefix x -j LOG'), 'option-needs-module');
  assert.match(t.message, /`-j LOG` comes only later/);
});

test('option-needs-module: the option of a module the rule does not load says which to add', () => {
  const bare = only(rule('--dport 22 -j ACCEPT'), 'option-needs-module');
  assert.match(bare.message, /belongs to the tcp, udp, /);
  assert.match(bare.message, /add `-p tcp`, `-p udp`/);
  const wrong = only(rule('-p udp --tcp-flags SYN SYN -j ACCEPT'), 'option-needs-module');
  assert.match(wrong.message, /the tcp match/);
  assert.match(wrong.message, /`-p udp` loads the udp match, which has no `--tcp-flags`/);
  const negated = only(rule('! -p tcp --dport 22 -j ACCEPT'), 'option-needs-module');
  assert.match(negated.message, /`! -p tcp` loads no match/);
  const plain = only(rule('--ctstate NEW -j ACCEPT'), 'option-needs-module');
  assert.match(plain.message, /add `-m conntrack`/);
  const target = only(rule('--to-ports 80 -j ACCEPT'), 'option-needs-module');
  assert.match(target.message, /`-j MASQUERADE` or `-j REDIRECT`/);
});

test('option-needs-module stays quiet once the module is loaded first', () => {
  accepted('-p tcp -m tcp --dport 22 -j ACCEPT');
  accepted('-m conntrack --ctstate NEW -j ACCEPT');
  accepted('-j LOG --log-prefix x');
  accepted('-p udp --dport 53 -j ACCEPT');
});

// ------------------------------------------------------------------ unknown matches

test('unknown-match names the fix: a typo, the case, or a target', () => {
  assert.match(only(rule('-m conntrak --ctstate NEW -j ACCEPT'), 'unknown-match').message, /Did you mean `conntrack`\?/);
  assert.match(only(rule('-p tcp -m TCP --dport 1 -j ACCEPT'), 'unknown-match').message, /lower case, write `-m tcp`/);
  assert.match(only(rule('-m LOG -j ACCEPT'), 'unknown-match').message, /`-j LOG`/);
  assert.doesNotMatch(only(rule('-m zzzzzzzzzz -j ACCEPT'), 'unknown-match').message, /Did you mean/);
});

test('unknown-match is quiet for known and variable matches', () => {
  accepted('-m conntrack --ctstate NEW -j ACCEPT');
  assert.deepEqual(codesOf(runChecks('iptables -A INPUT -m $M -j ACCEPT\n', ['options'])), []);
});

// ------------------------------------------------------------------ negation

test('negation-not-allowed: `!` before options that cannot be negated', () => {
  const text = ruleIn('filter', 'INPUT', '-m comment ! --comment x -j ACCEPT');
  const f = only(runChecks(text, ['options']), 'negation-not-allowed');
  assert.equal(textAt(text, f.range), '!');
  assert.match(f.message, /`--comment` of the comment match/);
  assert.match(only(rule('! -m tcp -p tcp --dport 1 -j ACCEPT'), 'negation-not-allowed').message, /`-m tcp ! --dport 22`/);
  assert.equal(only(rule('-p tcp ! -j ACCEPT'), 'negation-not-allowed').severity, 'error');
  assert.equal(only(rule('-m limit ! --limit 1/s -j ACCEPT'), 'negation-not-allowed').severity, 'error');
  assert.equal(only(rule('! -c 1 2 -j ACCEPT'), 'negation-not-allowed').severity, 'error');
  // iptables drops a `!` before -4 silently: a warning, not an error.
  assert.equal(only(rule('! -4 -s 1.2.3.4 -j ACCEPT'), 'negation-not-allowed').severity, 'warning');
});

test('negation-not-allowed is quiet where `!` is allowed', () => {
  accepted('! -s 1.2.3.4 ! -d 1.2.3.5 ! -i lo ! -f -j ACCEPT');
  assert.deepEqual(codesOf(runChecks(ruleIn('filter', 'FORWARD', '! -o lo -j ACCEPT'), ['options'])), []);
  accepted('! -p tcp -j ACCEPT');
  accepted('-p tcp ! --dport 1 -j ACCEPT');
  accepted('-m conntrack ! --ctstate NEW -j ACCEPT');
  // The old `-s ! x` form is the parser's own finding, not a second one here.
  assert.deepEqual(codesOf(rule('-s ! 1.2.3.4 -j ACCEPT')), []);
});

// ------------------------------------------------------------------ duplicates, exclusions, requirements

test('duplicate-option: the same option twice in one match, with the first one as related', () => {
  const text = ruleIn('filter', 'INPUT', '-p tcp --dport 1 --dport 2 -j ACCEPT');
  const f = only(runChecks(text, ['options']), 'duplicate-option');
  assert.equal(f.range.start.character, text.split('\n')[1].lastIndexOf('--dport'));
  assert.equal(f.related![0].range.start.character, text.split('\n')[1].indexOf('--dport'));
  only(rule('-j LOG --log-prefix a --log-prefix b'), 'duplicate-option');
  only(rule('-m conntrack --ctstate NEW --ctstate NEW -j ACCEPT'), 'duplicate-option');
});

test('duplicate-option is quiet for two loads of a match and for repeatable options', () => {
  accepted('-p tcp --dport 1 -m tcp --dport 2 -j ACCEPT');
  const policy = findMatch('policy')!;
  const repeatable = policy.options.find((o) => o.repeatable)!.names[0];
  assert.ok(repeatable, 'policy has repeatable options');
  assert.equal(codesOf(rule(`-m policy --dir in --pol ipsec --strict ${repeatable} 1 --next ${repeatable} 2 -j ACCEPT`)).filter((c) => c === 'duplicate-option').length, 0);
});

test('exclusive-options: the second of two excluding options, pointing at the first', () => {
  const text = ruleIn('filter', 'INPUT', '-p tcp --syn --tcp-flags SYN SYN -j ACCEPT');
  const f = only(runChecks(text, ['options']), 'exclusive-options');
  assert.equal(textAt(text, f.range), '--tcp-flags');
  assert.equal(textAt(text, f.related![0].range), '--syn');
  only(rule('-p tcp -m multiport --dports 1 --ports 2 -j ACCEPT'), 'exclusive-options');
  accepted('-p tcp --syn --dport 22 -j ACCEPT');
  accepted('-p tcp -m multiport --dports 1,2 -j ACCEPT');
});

test('missing-mandatory-option on the -m or -j word', () => {
  const text = ruleIn('filter', 'INPUT', '-m comment -j ACCEPT');
  const f = only(runChecks(text, ['options']), 'missing-mandatory-option');
  assert.equal(textAt(text, f.range), 'comment');
  assert.match(f.message, /`-m comment` needs `--comment`/);
  only(rule('-m state -j ACCEPT'), 'missing-mandatory-option');
  only(rule('-p icmp -m icmp -j ACCEPT'), 'missing-mandatory-option');
  assert.match(only(rule('-j DNAT', 'nat'), 'missing-mandatory-option').message, /`-j DNAT` needs `--to-destination`/);
  accepted('-m comment --comment x -j ACCEPT');
  accepted('-p icmp --icmp-type 8 -j ACCEPT');
  accepted('-p tcp -j DNAT --to-destination 1.2.3.4', 'nat');
});

/** A copy of a catalog module with changed options, for catalog fields not filled in yet. */
function lookupWith(name: string, change: (m: ModuleSpec) => ModuleSpec): ModuleLookup {
  const changed = change(findMatch(name)!);
  return { match: (n) => (n === name ? changed : findMatch(n)), target: findTarget };
}

test('requires-one-of: a module that needs at least one option of a group (measured: multiport)', () => {
  const lookup = lookupWith('multiport', (m) => ({ ...m, requiresOneOf: [['--source-ports', '--destination-ports', '--ports']] }));
  const f = only(rule('-p tcp -m multiport -j ACCEPT', 'filter', 'ipv4', lookup), 'requires-one-of');
  assert.match(f.message, /at least one of `--source-ports`, `--destination-ports` or `--ports`/);
  assert.deepEqual(codesOf(rule('-p tcp -m multiport --dports 1 -j ACCEPT', 'filter', 'ipv4', lookup)), []);
});

test('option-requires: an option that needs another one (measured: statistic --every needs --packet)', () => {
  const lookup = lookupWith('statistic', (m) => ({
    ...m,
    options: m.options.map((o) => (o.names[0] === '--every' ? { ...o, requires: ['--packet'] } : o)),
  }));
  const text = ruleIn('filter', 'INPUT', '-m statistic --mode nth --every 2 -j ACCEPT');
  const f = only(runChecks(text, ['options'], { lookup }), 'option-requires');
  assert.equal(textAt(text, f.range), '--every');
  assert.match(f.message, /needs `--packet` as well/);
  assert.deepEqual(codesOf(rule('-m statistic --mode nth --every 2 --packet 1 -j ACCEPT', 'filter', 'ipv4', lookup)), []);
});

test('option-order: owner --suppl-groups is refused before --gid-owner, even in the same match', () => {
  const text = ruleIn('filter', 'OUTPUT', '-m owner --suppl-groups --gid-owner 0-10 -j ACCEPT');
  const f = only(runChecks(text, ['options']), 'option-order');
  assert.equal(textAt(text, f.range), '--suppl-groups');
  assert.equal(textAt(text, f.related![0].range), '--gid-owner');
  assert.match(f.message, /must come after `--gid-owner`/);
  only(rule('-m owner --uid-owner 0 --suppl-groups --gid-owner 0 -j ACCEPT'), 'option-order');
  // A --gid-owner of another owner match does not count.
  only(rule('-m owner --gid-owner 0 -m owner --suppl-groups --uid-owner 0 -j ACCEPT'), 'option-requires');
  only(rule('-m owner --uid-owner 0 --suppl-groups -j ACCEPT'), 'option-requires');
});

test('option-order is quiet when --gid-owner comes first (negated or not)', () => {
  for (const spec of ['-m owner --gid-owner 0-10 --suppl-groups', '-m owner ! --gid-owner 0-10 --suppl-groups', '-m owner --gid-owner 0 --uid-owner 0 --suppl-groups']) {
    assert.deepEqual(codesOf(rule(`${spec} -j ACCEPT`)), [], spec);
  }
});

// ------------------------------------------------------------------ policy elements

const ipsec = '-m policy --dir in --pol ipsec';

test('policy: an option twice in one element is refused, and allowed again after --next', () => {
  const text = ruleIn('filter', 'INPUT', `${ipsec} --proto esp ! --proto ah -j ACCEPT`);
  const f = only(runChecks(text, ['options']), 'duplicate-option');
  assert.equal(f.range.start.character, text.split('\n')[1].lastIndexOf('--proto'));
  assert.equal(f.related![0].range.start.character, text.split('\n')[1].indexOf('--proto'));
  only(rule(`${ipsec} --strict --reqid 1 --spi 0x1 --spi 0x1 --proto esp --next --reqid 2 -j ACCEPT`), 'duplicate-option');
  only(rule(`${ipsec} --mode tunnel --tunnel-src 1.1.1.1 --tunnel-src 1.1.1.1 -j ACCEPT`), 'duplicate-option');
  only(rule('-m policy --dir in --pol none --proto esp --proto esp -j ACCEPT'), 'duplicate-option');
  accepted(`${ipsec} --strict --proto esp --next --proto esp -j ACCEPT`);
  accepted(`${ipsec} --strict --mode tunnel --next --mode tunnel --tunnel-dst 1.2.3.4 -j ACCEPT`);
});

test('policy-empty-element: with --strict every element names something', () => {
  const text = ruleIn('filter', 'INPUT', `${ipsec} --strict -j ACCEPT`);
  assert.equal(textAt(text, only(runChecks(text, ['options']), 'policy-empty-element').range), '--strict');
  const trailing = ruleIn('filter', 'INPUT', `${ipsec} --strict --reqid 1 --next -j ACCEPT`);
  const f = only(runChecks(trailing, ['options']), 'policy-empty-element');
  assert.equal(textAt(trailing, f.range), '--next');
  assert.match(f.message, /second element/);
  only(rule(`${ipsec} --strict --next --mode transport -j ACCEPT`), 'policy-empty-element');
  accepted(`${ipsec} --strict --mode transport -j ACCEPT`);
  accepted(`${ipsec} --strict --reqid 1 --next --spi 2 -j ACCEPT`);
  accepted(`${ipsec} --reqid 1 --next --strict --reqid 2 -j ACCEPT`);
  accepted(`${ipsec} -j ACCEPT`); // no --strict: an empty element matches any
});

test('policy-tunnel-needs-mode: --tunnel-src/--tunnel-dst need tunnel mode in their own element', () => {
  const text = ruleIn('filter', 'INPUT', `${ipsec} --tunnel-src 1.2.3.4 -j ACCEPT`);
  assert.equal(textAt(text, only(runChecks(text, ['options']), 'policy-tunnel-needs-mode').range), '--tunnel-src');
  only(rule(`${ipsec} --mode transport --tunnel-dst 1.2.3.4 -j ACCEPT`), 'policy-tunnel-needs-mode');
  only(rule(`${ipsec} ! --mode tunnel --tunnel-dst 1.2.3.4 -j ACCEPT`), 'policy-tunnel-needs-mode');
  only(rule(`${ipsec} --strict --mode tunnel --next --tunnel-dst 1.2.3.4 -j ACCEPT`), 'policy-tunnel-needs-mode');
  only(rule(`${ipsec} --strict --reqid 1 --spi 0x1 --proto esp --tunnel-dst 10.0.0.0/8 -j ACCEPT`), 'policy-tunnel-needs-mode');
  accepted(`${ipsec} --tunnel-src 1.2.3.4 --mode tunnel -j ACCEPT`);
  accepted(`${ipsec} ! --mode transport --tunnel-dst 1.2.3.4 -j ACCEPT`);
  // --pol none: iptables looks at no element.
  accepted('-m policy --dir in --pol none --tunnel-src 1.1.1.1 -j ACCEPT');
});

test('policy: --strict with --pol none, and a fifth element, are refused', () => {
  only(rule('-m policy --dir in --pol none --strict -j ACCEPT'), 'policy-strict-with-none');
  const five = `${ipsec} --strict --reqid 1 --next --reqid 2 --next --reqid 3 --next --reqid 4 --next --reqid 5 -j ACCEPT`;
  only(rule(five), 'policy-too-many-elements');
  accepted(`${ipsec} --strict --reqid 1 --next --reqid 2 --next --reqid 3 --next --reqid 4 -j ACCEPT`);
  accepted('-m policy --dir in --pol none --reqid 1 -j ACCEPT');
});

// ------------------------------------------------------------------ protocols

test('module-needs-protocol: a protocol match without its -p (the kernel refuses it at commit)', () => {
  const text = ruleIn('filter', 'INPUT', '-m tcp --dport 1 -j ACCEPT');
  const f = only(runChecks(text, ['options']), 'module-needs-protocol');
  assert.equal(textAt(text, f.range), 'tcp');
  assert.match(f.message, /needs `-p tcp`/);
  only(rule('-p udp -m tcp --dport 1 -j ACCEPT'), 'module-needs-protocol');
  only(rule('-p all -m tcp --dport 1 -j ACCEPT'), 'module-needs-protocol');
  only(rule('! -p udp -m tcp --dport 1 -j ACCEPT'), 'module-needs-protocol');
  only(rule('-m multiport --dports 1,2 -j ACCEPT'), 'module-needs-protocol');
  only(rule('-p icmp -m multiport --dports 1,2 -j ACCEPT'), 'module-needs-protocol');
  only(rule('-m ah --ahspi 1 -j ACCEPT'), 'module-needs-protocol'); // IPv4's ah needs -p ah
  only(rule('-m mh -j ACCEPT', 'filter', 'ipv6'), 'module-needs-protocol');
  only(rule('-j TPROXY --on-port 1', 'mangle'), 'module-needs-protocol');
});

test('module-needs-protocol: multiport checks the protocol while reading its option, so -p must come first', () => {
  const text = ruleIn('filter', 'INPUT', '-m multiport --dports 1,2 -p tcp -j ACCEPT');
  const f = only(runChecks(text, ['options']), 'module-needs-protocol');
  assert.equal(textAt(text, f.range), '--dports');
  assert.match(f.message, /move `-p tcp` before `--dports`/);
  accepted('-m multiport -p tcp --dports 1,2 -j ACCEPT');
});

test('module-needs-protocol is quiet when the protocol is there, in any order, by name or number', () => {
  accepted('-m tcp --dport 1 -p tcp -j ACCEPT');
  accepted('-m tcp --dport 1 -p 6 -j ACCEPT');
  accepted('-p TCP --dport 22 -j ACCEPT');
  accepted('-p udplite -m multiport --dports 1,2 -j ACCEPT');
  accepted('-p 51 -m ah -j ACCEPT');
  accepted('-m ah --ahspi 1 -j ACCEPT', 'filter', 'ipv6');
  accepted('-p ipv6-icmp --icmpv6-type 1 -j ACCEPT', 'filter', 'ipv6');
  accepted('-p 58 --icmpv6-type 1 -j ACCEPT', 'filter', 'ipv6');
  // -D only compares in userspace; the kernel never sees the rule.
  assert.deepEqual(codesOf(runChecks('iptables -D INPUT -m tcp --dport 1 -j ACCEPT\n', ['options'])), []);
  assert.deepEqual(codesOf(runChecks('iptables -A INPUT -p $P -m tcp --dport 1 -j ACCEPT\n', ['options'])), []);
});

test('negated-protocol-match: `! -p tcp` with the tcp match', () => {
  const f = only(rule('! -p tcp -m tcp --dport 22 -j ACCEPT'), 'negated-protocol-match');
  assert.match(f.message, /any protocol except tcp/);
  assert.equal(f.related!.length, 1);
  only(rule('! -p tcp -m multiport --dports 1,2 -j ACCEPT'), 'negated-protocol-match');
  only(rule('! -p tcp -j REJECT --reject-with tcp-reset'), 'negated-protocol-match');
  accepted('! -p udp -j ACCEPT');
});

test('option-needs-protocol: REJECT with tcp-reset needs -p tcp (in any order)', () => {
  const text = ruleIn('filter', 'INPUT', '-j REJECT --reject-with tcp-reset');
  const f = only(runChecks(text, ['options']), 'option-needs-protocol');
  assert.equal(textAt(text, f.range), '--reject-with tcp-reset');
  only(rule('-p udp -j REJECT --reject-with tcp-reset'), 'option-needs-protocol');
  only(rule('-j REJECT --reject-with tcp-reset', 'filter', 'ipv6'), 'option-needs-protocol');
  accepted('-p tcp -j REJECT --reject-with tcp-reset');
  accepted('-j REJECT --reject-with tcp-reset -p tcp');
  accepted('-p 6 -j REJECT --reject-with tcp-reset', 'filter', 'ipv6');
  accepted('-j REJECT --reject-with icmp-host-prohibited');
});

test('option-needs-protocol: NAT ports need -p before them, and a negated -p still counts (measured)', () => {
  only(rule('-j DNAT --to-destination 1.1.1.1:80', 'nat'), 'option-needs-protocol');
  assert.match(only(rule('-j DNAT --to-destination 1.1.1.1:80 -p tcp', 'nat'), 'option-needs-protocol').message, /left to right/);
  only(rule('-p udplite -j DNAT --to-destination 1.1.1.1:80', 'nat'), 'option-needs-protocol');
  only(rule('-j REDIRECT --to-ports 80', 'nat'), 'option-needs-protocol');
  only(runChecks(ruleIn('nat', 'POSTROUTING', '-j MASQUERADE --to-ports 80'), ['options']), 'option-needs-protocol');
  only(runChecks(ruleIn('nat', 'POSTROUTING', '-j SNAT --to-source 1.1.1.1:80-90'), ['options']), 'option-needs-protocol');
  only(rule('-j DNAT --to-destination [::1]:80', 'nat', 'ipv6'), 'option-needs-protocol');
  accepted('-p tcp -j DNAT --to-destination 1.1.1.1:80', 'nat');
  accepted('! -p tcp -j DNAT --to-destination 1.1.1.1:80', 'nat');
  accepted('-p icmp -j DNAT --to-destination 1.1.1.1:80', 'nat');
  accepted('-j DNAT --to-destination 1.1.1.1', 'nat');
  accepted('-j DNAT --to-destination ::1', 'nat', 'ipv6');
  accepted('-j REDIRECT', 'nat');
});

test('option-needs-protocol: CT --helper needs tcp or udp', () => {
  only(rule('-j CT --helper ftp', 'raw'), 'option-needs-protocol');
  only(rule('-p icmp -j CT --helper ftp', 'raw'), 'option-needs-protocol');
  accepted('-j CT --helper ftp -p tcp', 'raw');
});

test('tcpmss-needs-syn: TCPMSS only on SYN packets (the kernel refuses it otherwise)', () => {
  const text = ruleIn('mangle', 'FORWARD', '-p tcp -j TCPMSS --set-mss 1000');
  const f = only(runChecks(text, ['options']), 'tcpmss-needs-syn');
  assert.equal(textAt(text, f.range), 'TCPMSS');
  only(runChecks(ruleIn('mangle', 'FORWARD', '-p tcp ! --syn -j TCPMSS --set-mss 100'), ['options']), 'tcpmss-needs-syn');
  only(runChecks(ruleIn('mangle', 'FORWARD', '-p tcp --tcp-flags ACK ACK -j TCPMSS --set-mss 100'), ['options']), 'tcpmss-needs-syn');
  assert.deepEqual(codesOf(runChecks(ruleIn('mangle', 'FORWARD', '-p tcp --syn -j TCPMSS --clamp-mss-to-pmtu'), ['options'])), []);
  assert.deepEqual(codesOf(runChecks(ruleIn('mangle', 'FORWARD', '-p tcp --tcp-flags SYN,RST SYN -j TCPMSS --set-mss 100'), ['options'])), []);
  assert.deepEqual(codesOf(runChecks(ruleIn('mangle', 'FORWARD', '-p tcp -m tcp --dport 1 -m tcp --syn -j TCPMSS --set-mss 100'), ['options'])), []);
});

// ------------------------------------------------------------------ family

test('family-mismatch-module: modules, options and values of the other family (an error when the family is stated)', () => {
  const icmp6 = only(rule('-p icmpv6 -m icmp6 --icmpv6-type 1 -j ACCEPT'), 'family-mismatch-module');
  assert.equal(icmp6.severity, 'error');
  // Guessed from the addresses, the family may be wrong: then only a warning.
  const guessed = modelOf(ruleIn('filter', 'INPUT', '-s 10.0.0.1 -p icmpv6 -m icmp6 --icmpv6-type 1 -j ACCEPT'), 'guess');
  assert.equal(guessed.familyCertain, false);
  assert.equal(only(runChecks(guessed, ['options']), 'family-mismatch-module').severity, 'warning');
  assert.match(icmp6.message, /only in ip6tables/);
  assert.deepEqual(codesOf(rule('-m icmp6 --icmpv6-type 1 -j ACCEPT')), ['family-mismatch-module'], 'nothing more about a module the family lacks');
  only(rule('-p icmp --icmp-type 8 -j ACCEPT', 'filter', 'ipv6'), 'family-mismatch-module');
  only(rule('-p ah -m ah --ahlen 1 -j ACCEPT'), 'family-mismatch-module');
  // A value word of the other family is the value check's (family-mismatch), reported once.
  assert.deepEqual(codesOf(rule('-j REJECT --reject-with icmp-port-unreachable', 'filter', 'ipv6')), []);
  only(runChecks(ruleIn('filter', 'INPUT', '-j REJECT --reject-with icmp6-port-unreachable'), ['values']), 'family-mismatch');
  only(rule('-j DNPT --src-pfx dead::/64 --dst-pfx 1c3::/64', 'mangle'), 'family-mismatch-module');
  // A script line says its own family.
  assert.deepEqual(codesOf(runChecks('ip6tables -A INPUT -p icmpv6 --icmpv6-type 1 -j ACCEPT\n', ['options'], { family: 'ipv4' })), []);
  assert.deepEqual(codesOf(runChecks('iptables -A INPUT -p icmpv6 -m icmp6 --icmpv6-type 1 -j ACCEPT\n', ['options'], { family: 'ipv6' })), ['family-mismatch-module']);
});

test('family-mismatch-module is quiet in the right family and for words both families know', () => {
  accepted('-p icmpv6 -m icmp6 --icmpv6-type 1 -j ACCEPT', 'filter', 'ipv6');
  accepted('-p icmpv6 -m ah --ahlen 1 -j ACCEPT', 'filter', 'ipv6');
  accepted('-j REJECT --reject-with icmp6-port-unreachable', 'filter', 'ipv6');
  accepted('-j REJECT --reject-with port-unreach', 'filter', 'ipv6');
  accepted('-j REJECT --reject-with port-unreach');
});

// ------------------------------------------------------------------ iptables' own test cases

test("iptables' own .t cases: no OK line gets an error from the option or placement checks", { skip: sharedMissing(tFilesDir) }, () => {
  let ok = 0;
  let failCaught = 0;
  const wrong: string[] = [];
  for (const { name: file, family, entries } of readTFiles()) {
    if (!isExtensionTFile(file)) continue;
    for (const e of entries) {
      const legacy = legacyVerdict(e);
      for (const chain of e.chains) {
        const errors = runChecks(ruleIn(e.table, chain, e.rule), ['options', 'placement'], { family }).filter((f) => f.severity === 'error');
        if (legacy === 'OK' || legacy === 'NOMATCH') {
          ok++;
          if (errors.length) wrong.push(`${file} ${e.table}/${chain}: ${e.rule} -> ${errors.map((er) => er.code).join(', ')}`);
        } else if (errors.length) failCaught++;
      }
    }
  }
  assert.ok(ok > 1500, `read ${ok} OK cases`);
  assert.deepEqual(wrong, []);
  assert.ok(failCaught > 200, `caught ${failCaught} FAIL cases`);
});
