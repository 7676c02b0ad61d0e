// Checks the catalog entries for match modules l..u against what iptables 1.8.9 was measured to accept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matches } from '../../server/src/catalog/matches';
import type { Family, ModuleSpec, OptionSpec } from '../../server/src/catalog/types';
import { kernelLimitsFile, readKernelLimits, sharedMissing } from '../support/corpus';
import { moduleNamed, optionOf, singleValue } from '../support/catalog';

// This file checks the second half of the (alphabetical) match list, limit..udp.
const matchesPart2 = matches.filter((m) => m.name > 'length');

// Measured with `iptables -m NAME --help` / `ip6tables -m NAME --help` (tcp, udp, sctp with -p NAME).
const measuredFamilies: Record<string, Family[]> = {
  limit: ['ipv4', 'ipv6'],
  mac: ['ipv4', 'ipv6'],
  mark: ['ipv4', 'ipv6'],
  mh: ['ipv6'],
  multiport: ['ipv4', 'ipv6'],
  nfacct: ['ipv4', 'ipv6'],
  osf: ['ipv4'],
  owner: ['ipv4', 'ipv6'],
  physdev: ['ipv4', 'ipv6'],
  pkttype: ['ipv4', 'ipv6'],
  policy: ['ipv4', 'ipv6'],
  quota: ['ipv4', 'ipv6'],
  rateest: ['ipv4', 'ipv6'],
  realm: ['ipv4'],
  recent: ['ipv4', 'ipv6'],
  rpfilter: ['ipv4', 'ipv6'],
  rt: ['ipv6'],
  sctp: ['ipv4', 'ipv6'],
  set: ['ipv4', 'ipv6'],
  socket: ['ipv4', 'ipv6'],
  srh: ['ipv6'],
  state: ['ipv4', 'ipv6'],
  statistic: ['ipv4', 'ipv6'],
  string: ['ipv4', 'ipv6'],
  tcp: ['ipv4', 'ipv6'],
  tcpmss: ['ipv4', 'ipv6'],
  time: ['ipv4', 'ipv6'],
  tos: ['ipv4', 'ipv6'],
  ttl: ['ipv4'],
  u32: ['ipv4', 'ipv6'],
  udp: ['ipv4', 'ipv6'],
};

const mod = (name: string): ModuleSpec => moduleNamed(matchesPart2, name);
const opt = (module: string, name: string): OptionSpec => optionOf(mod(module), name);

test('part 2 holds exactly the measured modules, in alphabetical order', () => {
  const names = matchesPart2.map((m) => m.name);
  assert.deepEqual(names, Object.keys(measuredFamilies).sort());
  assert.deepEqual(names, [...names].sort());
});

test('every module is a match with the families iptables ships it for', () => {
  for (const m of matchesPart2) {
    assert.equal(m.kind, 'match', m.name);
    assert.deepEqual([...m.families].sort(), [...measuredFamilies[m.name]].sort(), `${m.name} families`);
  }
});

test('only tcp, udp, sctp and mh are loaded by -p alone, each needing its own protocol', () => {
  const implicit = matchesPart2.filter((m) => m.implicitForProtocol).map((m) => m.name);
  assert.deepEqual(implicit.sort(), ['mh', 'sctp', 'tcp', 'udp']);
  for (const name of implicit) {
    assert.equal(mod(name).implicitForProtocol, name);
    assert.deepEqual(mod(name).protocols, [name]);
  }
});

test('tcp: ports are ranges with aliases, --tcp-flags takes two flag lists and excludes --syn', () => {
  assert.deepEqual(opt('tcp', '--dport').names, ['--destination-port', '--dport']);
  assert.deepEqual(opt('tcp', '--sport').names, ['--source-port', '--sport']);
  assert.deepEqual(opt('tcp', '--dport').value, { kind: 'portRange', separator: ':' });
  const flags = opt('tcp', '--tcp-flags');
  assert.equal(flags.arity, 2);
  assert.ok(Array.isArray(flags.value));
  for (const v of flags.value) {
    assert.equal(v.kind, 'enum');
    if (v.kind === 'enum') {
      assert.equal(v.list, true);
      assert.deepEqual(v.values.map((w) => w.word).sort(), ['ACK', 'ALL', 'FIN', 'NONE', 'PSH', 'RST', 'SYN', 'URG']);
    }
  }
  assert.deepEqual(flags.excludes, ['--syn']);
  assert.deepEqual(opt('tcp', '--syn').excludes, ['--tcp-flags']);
  assert.equal(opt('tcp', '--syn').negatable, true);
});

test('multiport: three mutually exclusive port lists of at most 15 ports, needing a port protocol', () => {
  const m = mod('multiport');
  assert.deepEqual(m.protocols, ['tcp', 'udp', 'udplite', 'sctp', 'dccp']);
  assert.equal(m.implicitForProtocol, undefined);
  for (const o of m.options) {
    assert.deepEqual(o.value, { kind: 'portList', max: 15 });
    assert.equal(o.negatable, true);
    assert.equal(o.excludes?.length, 2);
  }
  assert.deepEqual(opt('multiport', '--dports').names, ['--destination-ports', '--dports']);
  assert.deepEqual(opt('multiport', '--sports').names, ['--source-ports', '--sports']);
});

test('statistic: --mode is mandatory and --probability is a number between 0 and 1', () => {
  assert.equal(opt('statistic', '--mode').mandatory, true);
  const p = opt('statistic', '--probability');
  const v = singleValue(p);
  if (v.kind === 'number') {
    assert.equal(v.min, 0);
    assert.equal(v.max, 1);
  } else {
    assert.equal(v.kind, 'other');
    if (v.kind === 'other') assert.match(v.hint, /decimal.*\b0\b.*\b1\b/);
  }
  assert.deepEqual(p.excludes, ['--every', '--packet']);
  assert.equal(opt('statistic', '--packet').negatable, undefined);
  assert.equal(opt('statistic', '--every').negatable, true);
});

test('recent: the four actions exclude each other and the time/count checks exclude --set and --remove', () => {
  const actions = ['--set', '--rcheck', '--update', '--remove'];
  for (const a of actions) {
    const ex = opt('recent', a).excludes ?? [];
    for (const b of actions) if (b !== a) assert.ok(ex.includes(b), `${a} should exclude ${b}`);
  }
  for (const c of ['--seconds', '--hitcount', '--rttl', '--reap']) {
    assert.deepEqual(opt('recent', c).excludes, ['--set', '--remove']);
  }
  assert.deepEqual(opt('recent', '--seconds').value, { kind: 'number', min: 1, max: 4294967295, hex: true });
});

test('options iptables refuses to negate or repeat are marked so', () => {
  assert.equal(opt('limit', '--limit').negatable, undefined);
  assert.equal(opt('limit', '--limit-burst').negatable, undefined);
  assert.equal(opt('nfacct', '--nfacct-name').negatable, undefined);
  assert.equal(opt('owner', '--suppl-groups').negatable, undefined);
  assert.equal(opt('rpfilter', '--invert').negatable, undefined);
  assert.equal(opt('set', '--return-nomatch').negatable, undefined);
  assert.equal(opt('set', '--packets-gt').negatable, undefined);
  assert.equal(opt('set', '--packets-eq').negatable, true);
  assert.equal(opt('ttl', '--ttl-lt').negatable, undefined);
  assert.equal(opt('ttl', '--ttl').negatable, true); // alias of --ttl-eq, shares its table entry
  // Repeatable only where iptables allows it (policy elements, set counter flags).
  const repeatable = matchesPart2.flatMap((m) => m.options.filter((o) => o.repeatable).map((o) => `${m.name} ${o.names[0]}`));
  assert.deepEqual(repeatable.sort(), [
    'policy --mode', 'policy --next', 'policy --proto', 'policy --reqid', 'policy --spi',
    'policy --tunnel-dst', 'policy --tunnel-src',
    'set --return-nomatch', 'set --update-counters', 'set --update-subcounters',
  ]);
});

test('mandatory options are the ones iptables insists on', () => {
  const mandatory = matchesPart2.flatMap((m) => m.options.filter((o) => o.mandatory).map((o) => `${m.name} ${o.names[0]}`));
  assert.deepEqual(mandatory.sort(), [
    'mac --mac-source', 'mark --mark', 'nfacct --nfacct-name', 'osf --genre', 'pkttype --pkt-type',
    'policy --dir', 'quota --quota', 'rateest --rateest1', 'realm --realm', 'set --match-set', 'state --state',
    'statistic --mode', 'string --algo', 'tcpmss --mss', 'tos --tos', 'u32 --u32',
  ]);
});

test('value types: marks, sets, states, limits', () => {
  assert.deepEqual(opt('mark', '--mark').value, { kind: 'mark', bits: 32 });
  assert.deepEqual(opt('limit', '--limit-burst').value, { kind: 'number', min: 1, max: 10000, hex: true });
  assert.equal(singleValue(opt('limit', '--limit')).kind, 'rate');
  const ms = opt('set', '--match-set');
  assert.equal(ms.arity, 2);
  assert.deepEqual(ms.names, ['--match-set', '--set']);
  const state = singleValue(opt('state', '--state'));
  assert.equal(state.kind, 'enum');
  if (state.kind === 'enum') {
    assert.deepEqual(state.values.map((w) => w.word).sort(), ['ESTABLISHED', 'INVALID', 'NEW', 'RELATED', 'UNTRACKED']);
    assert.equal(state.list, true);
  }
  assert.deepEqual(opt('string', '--string').value, { kind: 'string', maxLength: 128 });
  assert.deepEqual(opt('ttl', '--ttl-eq').names, ['--ttl-eq', '--ttl']);
});

test('modules needing outside objects say so', () => {
  for (const name of ['set', 'nfacct', 'osf', 'rateest']) assert.ok(mod(name).external, name);
  assert.equal(mod('tcp').external, undefined);
});

test('allowedIn agrees with the measured kernel limits where they were measured', { skip: sharedMissing(kernelLimitsFile) }, () => {
  // policy's limits depend on --dir (in vs out), so it carries none at module level.
  const checked = new Set(['mac', 'osf', 'owner', 'realm', 'rpfilter', 'socket']);
  let compared = 0;
  for (const { module: name, kind, acceptedIn } of readKernelLimits()) {
    if (kind !== 'match' || !checked.has(name)) continue;
    assert.deepEqual([...(mod(name).allowedIn ?? [])].sort(), [...acceptedIn].sort(), name);
    compared++;
  }
  assert.equal(compared, checked.size);
  assert.equal(mod('policy').allowedIn, undefined);
  for (const m of matchesPart2) {
    for (const w of m.allowedIn ?? []) assert.match(w, /^(filter|nat|mangle|raw|security)\/[A-Z]+$/, m.name);
  }
});
