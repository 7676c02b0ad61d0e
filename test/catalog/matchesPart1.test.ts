// Checks the catalog entries addrtype..length: shape, families measured with iptables 1.8.9,
// a few facts measured against the real iptables, and (where iptables is installed) that the
// option names agree with what `iptables -m NAME --help` prints.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Family, ModuleSpec, OptionSpec } from '../../server/src/catalog/types';
import { matches } from '../../server/src/catalog/matches';
import { moduleNamed, optionOf, singleValue } from '../support/catalog';
import { conntrackStates, stateMatchStates } from '../../server/src/catalog/values/conntrackStates';
import { icmpTypes, icmpv6Types } from '../../server/src/catalog/values/icmpTypes';
import { addrTypes } from '../../server/src/catalog/values/addrTypes';
import { dscpClasses } from '../../server/src/catalog/values/dscpClasses';

// This file checks the first half of the (alphabetical) match list, addrtype..length.
const matchesPart1 = matches.filter((m) => m.name <= 'length');

/** Families in which `iptables -m X -h` / `ip6tables -m X -h` load the module (measured on 1.8.9). */
const expectedFamilies: Record<string, Family[]> = {
  addrtype: ['ipv4', 'ipv6'],
  ah: ['ipv4', 'ipv6'],
  bpf: ['ipv4', 'ipv6'],
  cgroup: ['ipv4', 'ipv6'],
  cluster: ['ipv4', 'ipv6'],
  comment: ['ipv4', 'ipv6'],
  connbytes: ['ipv4', 'ipv6'],
  connlabel: ['ipv4', 'ipv6'],
  connlimit: ['ipv4', 'ipv6'],
  connmark: ['ipv4', 'ipv6'],
  conntrack: ['ipv4', 'ipv6'],
  cpu: ['ipv4', 'ipv6'],
  dccp: ['ipv4', 'ipv6'],
  devgroup: ['ipv4', 'ipv6'],
  dscp: ['ipv4', 'ipv6'],
  dst: ['ipv6'],
  ecn: ['ipv4', 'ipv6'],
  esp: ['ipv4', 'ipv6'],
  eui64: ['ipv6'],
  frag: ['ipv6'],
  hashlimit: ['ipv4', 'ipv6'],
  hbh: ['ipv6'],
  helper: ['ipv4', 'ipv6'],
  hl: ['ipv6'],
  icmp: ['ipv4'],
  icmp6: ['ipv6'],
  ipcomp: ['ipv4', 'ipv6'],
  iprange: ['ipv4', 'ipv6'],
  ipv6header: ['ipv6'],
  ipvs: ['ipv4', 'ipv6'],
  length: ['ipv4', 'ipv6'],
};


const byName = (name: string): ModuleSpec => moduleNamed(matchesPart1, name);
const option = (module: string, name: string): OptionSpec => optionOf(byName(module), name);

test('part 1 holds exactly the 31 modules, in alphabetical order, all matches', () => {
  const names = matchesPart1.map((m) => m.name);
  assert.deepEqual(names, Object.keys(expectedFamilies));
  assert.deepEqual([...names].sort(), names);
  for (const m of matchesPart1) assert.equal(m.kind, 'match', m.name);
});

test('families are the ones measured with iptables 1.8.9', () => {
  for (const m of matchesPart1) {
    assert.deepEqual(m.families, expectedFamilies[m.name], m.name);
  }
});

test('no option of these modules may be repeated (iptables says "can only be used once")', () => {
  for (const m of matchesPart1) for (const o of m.options) assert.notEqual(o.repeatable, true, `${m.name} ${o.names[0]}`);
});

test('conntrack: --ctstate is a case-insensitive list holding ESTABLISHED; state words lack SNAT/DNAT', () => {
  const v = singleValue(option('conntrack', '--ctstate'));
  assert.equal(v.kind, 'enum');
  if (v.kind !== 'enum') return;
  assert.ok(v.list && v.caseInsensitive);
  assert.ok(v.values.some((w) => w.word === 'ESTABLISHED'));
  assert.deepEqual(
    conntrackStates.map((w) => w.word).sort(),
    ['DNAT', 'ESTABLISHED', 'INVALID', 'NEW', 'RELATED', 'SNAT', 'UNTRACKED'],
  );
  assert.ok(!stateMatchStates.some((w) => w.word === 'SNAT' || w.word === 'DNAT'));
  assert.equal(stateMatchStates.length, 5);
  assert.equal(option('conntrack', '--ctdir').negatable, undefined, '! --ctdir is refused');
});

test('icmp type lists hold the names iptables prints, with aliases and families', () => {
  const v4 = new Map(icmpTypes.map((w) => [w.word, w]));
  assert.ok(v4.has('echo-request'));
  assert.deepEqual(v4.get('echo-request')?.aliases, ['ping']);
  assert.deepEqual(v4.get('time-exceeded')?.aliases, ['ttl-exceeded']);
  assert.ok(v4.has('any'));
  assert.equal(icmpTypes.length, 37);
  assert.ok(icmpTypes.every((w) => w.family === 'ipv4'));
  const v6 = new Map(icmpv6Types.map((w) => [w.word, w]));
  assert.deepEqual(v6.get('neighbour-solicitation')?.aliases, ['neighbor-solicitation']);
  assert.ok(!v6.has('any'), 'ip6tables has no "any" type');
  assert.equal(icmpv6Types.length, 23);
  assert.ok(icmpv6Types.every((w) => w.family === 'ipv6'));
});

test('protocol matches: what -p they need and load implicitly', () => {
  assert.deepEqual(byName('dccp').protocols, ['dccp']);
  assert.equal(byName('dccp').implicitForProtocol, 'dccp');
  assert.equal(byName('icmp').implicitForProtocol, 'icmp');
  assert.equal(byName('icmp6').implicitForProtocol, 'icmpv6');
  assert.equal(byName('esp').implicitForProtocol, 'esp');
  assert.equal(byName('ipcomp').implicitForProtocol, 'ipcomp');
  // ip6tables takes -m ah without -p ah, so the module-wide protocol holds in IPv4 only.
  assert.deepEqual([byName('ah').protocols, byName('ah').protocolsFamily], [['ah'], 'ipv4']);
  assert.deepEqual(option('ecn', '--ecn-tcp-cwr').protocols, ['tcp']);
  assert.equal(option('ecn', '--ecn-ip-ect').protocols, undefined);
  assert.equal(byName('conntrack').implicitForProtocol, undefined);
});

test('family-specific options and enum words', () => {
  assert.equal(option('ah', '--ahlen').family, 'ipv6');
  assert.equal(option('ah', '--ahres').family, 'ipv6');
  assert.equal(option('ah', '--ahspi').family, undefined);
  const byWord = new Map(addrTypes.map((w) => [w.word, w]));
  for (const w of ['BROADCAST', 'BLACKHOLE', 'PROHIBIT', 'THROW', 'NAT', 'XRESOLVE']) assert.equal(byWord.get(w)?.family, 'ipv4', w);
  for (const w of ['UNSPEC', 'UNICAST', 'LOCAL', 'ANYCAST', 'MULTICAST', 'UNREACHABLE']) assert.equal(byWord.get(w)?.family, undefined, w);
});

test('spot checks of measured details', () => {
  assert.deepEqual(option('dccp', '--sport').names, ['--source-port', '--sport']);
  assert.deepEqual(option('hl', '--hl').names, ['--hl-eq', '--hl']);
  assert.equal(option('hl', '--hl').negatable, true);
  assert.equal(option('hl', '--hl-lt').negatable, undefined);
  assert.deepEqual(option('hashlimit', '--hashlimit').names, ['--hashlimit-upto', '--hashlimit']);
  assert.equal(option('hashlimit', '--hashlimit-name').mandatory, true);
  assert.deepEqual(singleValue(option('dscp', '--dscp')), { kind: 'number', min: 0, max: 63, hex: true });
  assert.equal(dscpClasses.length, 22);
  assert.deepEqual(singleValue(option('length', '--length')), { kind: 'numberRange', min: 0, max: 65535, separator: ':', hex: true });
  assert.equal(option('length', '--length').mandatory, true);
  assert.deepEqual(singleValue(option('connmark', '--mark')), { kind: 'mark', bits: 32 });
  assert.deepEqual(byName('cluster').options.filter((o) => o.mandatory).map((o) => o.names[0]), [
    '--cluster-total-nodes',
    '--cluster-hash-seed',
  ]);
  assert.deepEqual(option('connbytes', '--connbytes-dir').mandatory, true);
  assert.equal(option('comment', '--comment').negatable, undefined);
  assert.deepEqual(option('frag', '--fragmore').excludes, ['--fraglast']);
  assert.equal(byName('eui64').options.length, 0);
  assert.ok(byName('eui64').allowedIn?.includes('filter/INPUT'));
  assert.ok(!byName('eui64').allowedIn?.includes('filter/OUTPUT'));
  assert.ok(byName('cgroup').allowedIn?.includes('filter/OUTPUT'));
  assert.ok(!byName('cgroup').allowedIn?.includes('filter/FORWARD'));
  assert.equal(byName('ipcomp').allowedIn, undefined, 'ipcomp is accepted in every table once DROP is left out');
  assert.ok(byName('ipvs').external);
  const header = singleValue(option('ipv6header', '--header'));
  assert.ok(header.kind === 'enum' && header.values.some((w) => w.word === 'hop' && w.aliases?.includes('hop-by-hop')));
});

// Option names against `iptables --help`: test/catalog/crossCheck.test.ts.
