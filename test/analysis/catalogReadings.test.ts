// The value, protocol and element knowledge the checks read from catalog
// fields (OptionSpec.reading, a value's `reader`, ModuleSpec.protocolCheck,
// protocolsFamily, elementSeparator, counterpart) instead of tables keyed by
// option strings. Each iptables verdict below was measured with
// `unshare -n iptables-legacy-restore` / `ip6tables-legacy-restore` 1.8.9.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/analysis/analyze';
import { didYouMeanSentence, makeFinding } from '../../server/src/analysis/finding';
import type { FamilyChoice } from '../../server/src/analysis/model';
import { flagsOutsideMask, listHasBits } from '../../server/src/analysis/values/tcpFlags';
import { allModules, findMatch, findModule, findOptionSpec } from '../../server/src/catalog/modules';
import type { ReaderName, ValueType } from '../../server/src/catalog/types';
import { mhTypes } from '../../server/src/catalog/values/mhTypes';
import { tcpFlags } from '../../server/src/catalog/values/tcpFlags';
import { tcpOptions } from '../../server/src/catalog/values/tcpOptions';
import { tosNames } from '../../server/src/catalog/values/tosNames';

function findings(rules: string, choice: FamilyChoice = { forced: 'ipv4' }, table = 'filter') {
  return analyzeText(`*${table}\n${rules}\nCOMMIT\n`, choice).findings;
}

function codes(rules: string, choice?: FamilyChoice, table?: string): string[] {
  return findings(rules, choice, table).filter((f) => f.code !== 'unused-chain').map((f) => `${f.severity} ${f.code}`);
}

function valueTypes(): ValueType[] {
  return allModules.flatMap((m) => m.options.flatMap((o) => (o.value === undefined ? [] : Array.isArray(o.value) ? o.value : [o.value])));
}

test('every reader is named by some catalog value, and only on enum or other values', () => {
  const all: ReaderName[] = ['probability', 'ctZone', 'tosValue', 'tcClass', 'ledDelay', 'connLabel', 'tcpOptionList', 'hashlimitBurst', 'date', 'timeOfDay', 'monthdays', 'weekdays', 'hexString', 'bitRate', 'estimatorTime', 'valueMaskOrName', 'mhTypeRange', 'bpfBytecode', 'ipv6Options', 'logLevel', 'sctpChunks'];
  const used = new Set<string>();
  for (const v of valueTypes()) if ((v.kind === 'other' || v.kind === 'enum') && v.reader) used.add(v.reader);
  assert.deepEqual([...used].sort(), [...all].sort());
});

test('the readers named in the catalog run: weekdays, strip options, Mobility Header ranges, log levels', () => {
  // iptables: `--weekdays mon` exit 2, `Mon` exit 0.
  assert.deepEqual(codes('-A INPUT -m time --weekdays mon'), ['error bad-enum-value']);
  assert.deepEqual(codes('-A INPUT -m time --weekdays Mon'), []);
  // `sack,timestmp` exit 2, `sack,timestamp` exit 0; the guess comes from catalog/values/tcpOptions.
  const strip = findings('-A POSTROUTING -p tcp -j TCPOPTSTRIP --strip-options sack,timestmp', undefined, 'mangle');
  assert.deepEqual(strip.map((f) => f.code), ['bad-enum-value']);
  assert.match(strip[0].message, /Did you mean `timestamp`\?$/);
  assert.deepEqual(codes('-A POSTROUTING -p tcp -j TCPOPTSTRIP --strip-options sack,timestamp', undefined, 'mangle'), []);
  // ip6tables: `bu:ba` (5:6) exit 0, `ba:bu` (6:5) exit 2.
  assert.deepEqual(codes('-A INPUT -p mh --mh-type bu:ba', { forced: 'ipv6' }), []);
  assert.deepEqual(codes('-A INPUT -p mh --mh-type ba:bu', { forced: 'ipv6' }), ['error reversed-range']);
  assert.match(findings('-A INPUT -j LOG --log-level err')[0].message, /spells it `error`/);
});

test('word lists moved to catalog/values carry their numbers', () => {
  assert.deepEqual(tcpOptions.map((w) => [w.word, w.value]), [['wscale', 3], ['mss', 2], ['sack-permitted', 4], ['sack', 5], ['timestamp', 8], ['md5', 19]]);
  assert.deepEqual(mhTypes.map((w) => w.value), [0, 1, 2, 3, 4, 5, 6, 7]);
  assert.equal(tosNames.find((w) => w.word === 'Minimize-Delay')?.value, 0x10);
  // The hints are built from the same lists.
  const tos = findMatch('tos')!.options[0].value as Extract<ValueType, { kind: 'other' }>;
  for (const w of tosNames) assert.ok(tos.hint.includes(w.word), w.word);
});

test('tcp flag words carry their bits; the pair check reads them', () => {
  const bits = tcpFlags.filter((w) => w.word !== 'ALL' && w.word !== 'NONE').map((w) => w.value!);
  assert.equal(bits.reduce((a, b) => a | b, 0), tcpFlags.find((w) => w.word === 'ALL')!.value);
  assert.equal(new Set(bits).size, 6);
  assert.deepEqual(flagsOutsideMask('SYN', 'ACK,FIN'), ['FIN', 'ACK']);
  assert.ok(listHasBits('all', 2));
  assert.ok(!listHasBits('ACK,NONE', 2));
  assert.equal(findModule('match', 'tcp')!.options.find((o) => o.names[0] === '--tcp-flags')!.reading?.secondWithinFirst, true);
  assert.deepEqual(codes('-A INPUT -p tcp --tcp-flags SYN ACK'), ['warning tcp-flags-never-match']);
});

test('boundBy names an option of the same module, and the relation is checked', () => {
  for (const m of allModules) {
    for (const o of m.options) {
      const b = o.reading?.boundBy;
      if (b) assert.ok(m.options.some((x) => x.names[0] === b.option), `${m.name} ${o.names[0]}`);
    }
  }
  // iptables: --every 3 --packet 3 exit 2, --packet 2 exit 0.
  assert.deepEqual(codes('-A INPUT -m statistic --mode nth --every 3 --packet 3'), ['error number-out-of-range']);
  assert.deepEqual(codes('-A INPUT -m statistic --mode nth --every 3 --packet 2'), []);
});

test('the option readings are the catalog\'s', () => {
  assert.equal(findMatch('conntrack')!.options.find((o) => o.names[0] === '--ctstate')!.reading?.enumMatching, 'prefix');
  assert.equal(findOptionSpec({ kind: 'match', name: 'tcp' }, '--dport')?.reading?.services, 'tcp');
  assert.equal(findOptionSpec({ kind: 'match', name: 'udp' }, '--dport')?.reading?.services, undefined);
});

test('protocol checks come from ModuleSpec fields', () => {
  // ah: iptables without -p ah exit 1 (kernel), ip6tables exit 0.
  assert.deepEqual(codes('-A INPUT -m ah --ahspi 5'), ['error module-needs-protocol']);
  assert.deepEqual(codes('-A INPUT -m ah --ahspi 5', { forced: 'ipv6' }), []);
  // multiport reads -p first: `-m multiport --dports 1,2 -p tcp` exit 2, the other order exit 0.
  assert.deepEqual(codes('-A INPUT -m multiport --dports 1,2 -p tcp'), ['error module-needs-protocol']);
  assert.deepEqual(codes('-A INPUT -p tcp -m multiport --dports 1,2'), []);
  assert.equal(findMatch('multiport')!.protocolCheck, 'parse');
  for (const t of ['DNAT', 'SNAT', 'MASQUERADE', 'REDIRECT']) assert.equal(findModule('target', t)!.protocolCheck, 'parse-ignores-negation', t);
});

test('policy elements are the options marked perElement', () => {
  const policy = findMatch('policy')!;
  assert.equal(policy.elementSeparator, '--next');
  assert.deepEqual(policy.options.filter((o) => o.perElement).map((o) => o.names[0]), ['--reqid', '--spi', '--proto', '--mode', '--tunnel-src', '--tunnel-dst']);
  const empty = findings('-A INPUT -m policy --dir in --pol ipsec --strict');
  assert.ok(empty.some((f) => f.code === 'policy-empty-element' && f.message.includes('--reqid, --spi, --proto, --mode, --tunnel-src or --tunnel-dst')));
});

test('single-family modules point to their counterpart', () => {
  for (const m of allModules) {
    if (!m.counterpart) continue;
    const c = findModule(m.kind, m.counterpart);
    assert.ok(c, `${m.name} -> ${m.counterpart}`);
    assert.equal(c.counterpart, m.name);
    assert.ok(!c.families.some((f) => m.families.includes(f)), `${m.name} and ${c.name} share a family`);
  }
  const hint = (rule: string, family: 'ipv4' | 'ipv6', table = 'filter') => findings(rule, { forced: family }, table).find((f) => f.code === 'family-mismatch-module')?.message ?? '';
  assert.match(hint('-A INPUT -p icmpv6 --icmpv6-type 128', 'ipv4'), /For IPv4 use `-p icmp` with `--icmp-type`\.$/);
  // ip6tables: `-m ttl` exit 2 ("Couldn't load match"); iptables: `-j HL` exit 2.
  assert.match(hint('-A INPUT -m ttl --ttl-eq 5', 'ipv6'), /For IPv6 use `-m hl`\.$/);
  assert.match(hint('-A PREROUTING -j HL --hl-set 5', 'ipv4', 'mangle'), /For IPv4 use `-j TTL`\.$/);
});

test('`!` before -4 is ignored, as the core option says', () => {
  // iptables: `! -4 -s 1.2.3.4` exit 0.
  assert.deepEqual(codes('-A INPUT ! -4 -s 1.2.3.4'), ['warning negation-not-allowed']);
});

test('makeFinding: one wording for "Did you mean", no empty related list', () => {
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
  const f = makeFinding('unknown-match', 'Unknown match `tpc`.', range, 'error', { related: [], didYouMean: 'tcp', suggestion: 'tcp' });
  assert.equal(f.message, 'Unknown match `tpc`. Did you mean `tcp`?');
  assert.equal('related' in f, false);
  assert.equal(f.suggestion, 'tcp');
  assert.equal(makeFinding('x', 'm', range).severity, 'error');
  assert.equal(didYouMeanSentence(undefined), '');
  const unknown = findings('-A INPUT -m conntrak --ctstate NEW').find((f) => f.code === 'unknown-match');
  assert.match(unknown?.message ?? '', / Did you mean `conntrack`\?$/);
});

test('placement messages name targets like matches, capitalised at a sentence start', () => {
  const f = findings('-A PREROUTING -o eth0 -j MASQUERADE', undefined, 'nat').find((x) => x.code === 'target-not-allowed-here');
  assert.match(f?.message ?? '', /^The MASQUERADE target only works in nat POSTROUTING/);
});
