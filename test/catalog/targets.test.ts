// Checks the catalog's extension targets: shape, families measured with iptables 1.8.9,
// facts measured against the real iptables, the kernel's table/chain limits (when
// ../shared is present), every accepted target rule of the iptables test suite (.t files,
// when ../shared is present) and the option names `iptables -j NAME --help` prints.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EnumWord, Family, ModuleSpec, OptionSpec, ValueType } from '../../server/src/catalog/types';
import { targets as targetList } from '../../server/src/catalog/targets';
import { logLevels } from '../../server/src/catalog/values/logLevels';
import { rejectTypes } from '../../server/src/catalog/values/rejectTypes';
import { builtinChains } from '../support/dumps';
import { kernelLimitsFile, readKernelLimits, sharedMissing, tFilesDir } from '../support/corpus';
import { isExtensionTFile, legacyVerdict, readTFiles } from '../support/tFiles';
import { moduleNamed, optionOf, singleValue, valueTypes } from '../support/catalog';

/** Families in which `iptables -j X --help` / `ip6tables -j X --help` load the target (measured on 1.8.9). */
const expectedFamilies: Record<string, Family[]> = {
  AUDIT: ['ipv4', 'ipv6'],
  CHECKSUM: ['ipv4', 'ipv6'],
  CLASSIFY: ['ipv4', 'ipv6'],
  CLUSTERIP: ['ipv4'],
  CONNMARK: ['ipv4', 'ipv6'],
  CONNSECMARK: ['ipv4', 'ipv6'],
  CT: ['ipv4', 'ipv6'],
  DNAT: ['ipv4', 'ipv6'],
  DNPT: ['ipv6'],
  DSCP: ['ipv4', 'ipv6'],
  ECN: ['ipv4'],
  HL: ['ipv6'],
  HMARK: ['ipv4', 'ipv6'],
  IDLETIMER: ['ipv4', 'ipv6'],
  LED: ['ipv4', 'ipv6'],
  LOG: ['ipv4', 'ipv6'],
  MARK: ['ipv4', 'ipv6'],
  MASQUERADE: ['ipv4', 'ipv6'],
  NETMAP: ['ipv4', 'ipv6'],
  NFLOG: ['ipv4', 'ipv6'],
  NFQUEUE: ['ipv4', 'ipv6'],
  NOTRACK: ['ipv4', 'ipv6'],
  RATEEST: ['ipv4', 'ipv6'],
  REDIRECT: ['ipv4', 'ipv6'],
  REJECT: ['ipv4', 'ipv6'],
  SECMARK: ['ipv4', 'ipv6'],
  SET: ['ipv4', 'ipv6'],
  SNAT: ['ipv4', 'ipv6'],
  SNPT: ['ipv6'],
  SYNPROXY: ['ipv4', 'ipv6'],
  TCPMSS: ['ipv4', 'ipv6'],
  TCPOPTSTRIP: ['ipv4', 'ipv6'],
  TEE: ['ipv4', 'ipv6'],
  TOS: ['ipv4', 'ipv6'],
  TPROXY: ['ipv4', 'ipv6'],
  TRACE: ['ipv4', 'ipv6'],
  TTL: ['ipv4'],
  ULOG: ['ipv4'],
};

/** Targets whose verdict ends the packet's walk (measured from the kernel modules' return values). */
const expectedTerminating = new Set(['DNAT', 'MASQUERADE', 'NETMAP', 'NFQUEUE', 'REDIRECT', 'REJECT', 'SNAT', 'SYNPROXY', 'TPROXY']);

const target = (name: string): ModuleSpec => moduleNamed(targetList, name);
const option = (module: string, name: string): OptionSpec => optionOf(target(module), name);

function enumWords(v: ValueType): EnumWord[] {
  assert.equal(v.kind, 'enum');
  return v.kind === 'enum' ? v.values : [];
}

test('the catalog holds exactly the 38 extension targets, alphabetically, all kind target', () => {
  const names = targetList.map((m) => m.name);
  assert.deepEqual(names, Object.keys(expectedFamilies));
  assert.deepEqual([...names].sort(), names);
  for (const m of targetList) {
    assert.equal(m.kind, 'target', m.name);
    assert.match(m.name, /^[A-Z0-9]+$/, `${m.name} is upper case`);
  }
  for (const builtin of ['ACCEPT', 'DROP', 'RETURN', 'QUEUE', 'standard']) assert.ok(!names.includes(builtin), builtin);
});

test('families match what iptables 1.8.9 loads', () => {
  for (const m of targetList) assert.deepEqual(m.families, expectedFamilies[m.name], m.name);
});

test('allowedIn holds valid table/CHAIN pairs; terminating is set exactly on the final verdicts', () => {
  for (const m of targetList) {
    for (const tc of m.allowedIn ?? []) {
      const [table, chain] = tc.split('/');
      assert.ok(builtinChains[table]?.includes(chain), `${m.name}: ${tc} is a built-in table/chain`);
    }
    assert.equal(Boolean(m.terminating), expectedTerminating.has(m.name), `${m.name} terminating`);
  }
});

test('MASQUERADE: nat/POSTROUTING only, and its doc explains what sets it apart from SNAT', () => {
  const m = target('MASQUERADE');
  assert.deepEqual(m.allowedIn, ['nat/POSTROUTING']);
  assert.equal(m.terminating, true);
  const doc = m.doc ?? '';
  for (const needle of ['interface', 'DHCP', 'PPP', 'SNAT', 'fixed address', 'goes down'])
    assert.ok(doc.includes(needle), `MASQUERADE doc mentions ${needle}`);
  const ports = option('MASQUERADE', '--to-ports');
  assert.deepEqual(singleValue(ports), { kind: 'portRange', separator: '-' });
  assert.ok(ports.protocols?.includes('tcp') && ports.protocols.includes('udp'));
});

test('DNAT and SNAT take a mandatory address range with ports; REDIRECT ports need a protocol', () => {
  const dnat = option('DNAT', '--to-destination');
  assert.equal(dnat.mandatory, true);
  assert.equal(dnat.arity, 1);
  assert.deepEqual(singleValue(dnat), { kind: 'natRange', ports: true });
  assert.deepEqual(target('DNAT').allowedIn, ['nat/PREROUTING', 'nat/OUTPUT']);
  assert.ok(!target('DNAT').options.some((o) => o.names.includes('--random-fully')), 'DNAT refuses --random-fully');
  const snat = option('SNAT', '--to-source');
  assert.equal(snat.mandatory, true);
  assert.deepEqual(singleValue(snat), { kind: 'natRange', ports: true });
  const redirect = option('REDIRECT', '--to-ports');
  assert.equal(redirect.mandatory, undefined, 'REDIRECT alone is accepted');
  assert.deepEqual(singleValue(redirect), { kind: 'portRange', separator: '-' });
  assert.deepEqual(redirect.protocols, ['tcp', 'udp', 'sctp', 'dccp', 'icmp']);
});

test('REJECT --reject-with lists each family\'s words; tcp-reset says it needs -p tcp', () => {
  const words = enumWords(singleValue(option('REJECT', '--reject-with')));
  assert.equal(words, rejectTypes);
  const find = (word: string, family: Family) => words.find((w) => w.word === word && w.family === family);
  assert.ok(find('icmp-port-unreachable', 'ipv4'));
  assert.ok(find('icmp6-port-unreachable', 'ipv6'));
  assert.ok(!find('icmp-port-unreachable', 'ipv6'), 'ip6tables refuses the IPv4 word');
  assert.ok(!find('icmp6-port-unreachable', 'ipv4'));
  for (const family of ['ipv4', 'ipv6'] as const) {
    const reset = find('tcp-reset', family);
    assert.ok(reset, `tcp-reset exists for ${family}`);
    assert.match(reset.doc, /-p tcp/);
  }
  assert.deepEqual(find('tcp-reset', 'ipv4')?.aliases, ['tcp-rst']);
  assert.equal(find('tcp-reset', 'ipv6')?.aliases, undefined, 'ip6tables has no tcp-rst');
  assert.equal(words.filter((w) => w.family === 'ipv4').length, 8);
  assert.equal(words.filter((w) => w.family === 'ipv6').length, 7);
  for (const w of words) assert.ok(w.family, `${w.word} has a family`);
});

test('LOG: prefix up to 29 characters, levels by name or number', () => {
  assert.deepEqual(singleValue(option('LOG', '--log-prefix')), { kind: 'string', maxLength: 29 });
  const levels = enumWords(singleValue(option('LOG', '--log-level')));
  assert.equal(levels, logLevels);
  const numbers = levels.flatMap((l) => l.aliases ?? []).filter((a) => /^\d$/.test(a));
  assert.deepEqual(numbers.sort(), ['0', '1', '2', '3', '4', '5', '6', '7']);
  assert.ok(levels.some((l) => l.word === 'warning' && l.aliases?.includes('4')));
  assert.ok(!levels.some((l) => l.word === 'err' || l.aliases?.includes('err')), 'iptables 1.8.9 refuses err');
});

test('MARK and CONNMARK operations exclude each other; masks are value/mask', () => {
  const ops = ['--set-xmark', '--set-mark', '--and-mark', '--or-mark', '--xor-mark'];
  for (const op of ops) assert.deepEqual(option('MARK', op).excludes?.sort(), ops.filter((o) => o !== op).sort());
  assert.deepEqual(singleValue(option('MARK', '--set-mark')), { kind: 'mark', bits: 32 });
  assert.equal(singleValue(option('MARK', '--and-mark')).kind, 'number', 'and-mark takes no mask');
  assert.ok(option('CONNMARK', '--save-mark').excludes?.includes('--restore-mark'));
  assert.ok(option('CONNMARK', '--restore-mark').excludes?.includes('--set-mark'));
  assert.deepEqual(option('CONNMARK', '--mask').excludes, ['--ctmask', '--nfmask']);
  assert.equal(option('CONNMARK', '--left-shift-mark').excludes, undefined, 'shifts combine with operations');
});

test('protocols the targets themselves need, and measured mandatory options', () => {
  assert.deepEqual(target('TCPMSS').protocols, ['tcp']);
  assert.deepEqual(target('TCPOPTSTRIP').protocols, ['tcp']);
  assert.deepEqual(target('SYNPROXY').protocols, ['tcp']);
  assert.deepEqual(target('TPROXY').protocols, ['tcp', 'udp']);
  assert.equal(target('ECN').protocols, undefined, '--ecn-ip-ect works without -p');
  assert.deepEqual(option('ECN', '--ecn-tcp-remove').protocols, ['tcp']);
  assert.equal(target('REDIRECT').protocols, undefined, 'REDIRECT without ports needs no -p');
  const mandatory = (m: ModuleSpec) => m.options.filter((o) => o.mandatory).map((o) => o.names[0]);
  assert.deepEqual(mandatory(target('HMARK')).sort(), ['--hmark-mod', '--hmark-rnd']);
  assert.deepEqual(mandatory(target('IDLETIMER')).sort(), ['--label', '--timeout']);
  assert.deepEqual(mandatory(target('RATEEST')).length, 3);
  assert.deepEqual(mandatory(target('TPROXY')), ['--on-port']);
  assert.deepEqual(mandatory(target('TEE')), ['--gateway']);
  assert.deepEqual(mandatory(target('MARK')), [], 'MARK needs one of several, none in particular');
  assert.equal(option('SET', '--add-set').arity, 2);
  assert.deepEqual(target('NOTRACK').options, []);
  assert.deepEqual(target('TRACE').options, []);
});

// ---- Against the kernel limits measured beside this project (skipped when ../shared is absent).

test('allowedIn equals the measured kernel table/chain limits', { skip: sharedMissing(kernelLimitsFile) }, () => {
  let checked = 0;
  for (const { module, kind, acceptedIn } of readKernelLimits()) {
    if (kind !== 'target' || module === 'standard') continue;
    const m = target(module);
    assert.deepEqual([...(m.allowedIn ?? [])].sort(), [...acceptedIn].sort(), module);
    checked++;
  }
  assert.ok(checked >= 20, `checked ${checked} targets`);
});

// ---- Against the accepted rules of iptables' own test suite (skipped when ../shared is absent).

/** Splits a .t rule into words, keeping "quoted strings" whole. */
function words(rule: string): string[] {
  return [...rule.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]);
}

function inEnum(v: Extract<ValueType, { kind: 'enum' }>, arg: string, family: Family): boolean {
  const same = (a: string, b: string) => (v.caseInsensitive ? a.toLowerCase() === b.toLowerCase() : a === b);
  const parts = v.list ? arg.split(',') : [arg];
  return parts.every((p) =>
    v.values.some((w) => (!w.family || w.family === family) && [w.word, ...(w.aliases ?? [])].some((s) => same(s, p))),
  );
}

function checkValue(v: ValueType, arg: string, family: Family, where: string): void {
  if (v.kind === 'enum') assert.ok(inEnum(v, arg, family), `${where}: ${arg} is one of the words`);
  if (v.kind === 'number') {
    const n = Number(arg);
    assert.ok(Number.isInteger(n), `${where}: ${arg} is an integer`);
    assert.ok((v.min ?? -Infinity) <= n && n <= (v.max ?? Infinity), `${where}: ${arg} in range`);
    if (arg.startsWith('0x')) assert.ok(v.hex, `${where}: hex accepted`);
  }
}

/** Checks one accepted rule's target part against the catalog; returns the target name or undefined. */
function checkRule(rule: string, family: Family): string | undefined {
  const w = words(rule);
  const j = w.indexOf('-j');
  if (j < 0) return undefined;
  const m = targetList.find((x) => x.name === w[j + 1]);
  if (!m) return undefined;
  assert.ok(m.families.includes(family), `${rule}: ${m.name} exists for ${family}`);
  const seen: string[] = [];
  for (let i = j + 2; i < w.length; i++) {
    if (!w[i].startsWith('--')) continue;
    const o = m.options.find((x) => x.names.includes(w[i]));
    assert.ok(o, `${rule}: ${m.name} knows ${w[i]}`);
    assert.ok(!o.family || o.family === family, `${rule}: ${w[i]} exists for ${family}`);
    const values = valueTypes(o);
    values.forEach((v, k) => checkValue(v, w[i + 1 + k], family, `${rule} ${w[i]}`));
    seen.push(o.names[0]);
    i += o.arity;
  }
  for (const o of m.options) {
    if (o.mandatory) assert.ok(seen.includes(o.names[0]), `${rule}: has mandatory ${o.names[0]}`);
    if (!o.repeatable) assert.ok(seen.filter((s) => s === o.names[0]).length <= 1, `${rule}: ${o.names[0]} once`);
    for (const x of o.excludes ?? []) assert.ok(!(seen.includes(o.names[0]) && seen.includes(x)), `${rule}: ${o.names[0]} with ${x}`);
  }
  return m.name;
}

test('every accepted target rule of the iptables 1.8.9 test suite fits the catalog', { skip: sharedMissing(tFilesDir) }, () => {
  const covered = new Set<string>();
  let rules = 0;
  // Target files only (upper-case names); tables and chains do not matter to the option shapes checked here.
  for (const { name, family, entries } of readTFiles()) {
    if (!isExtensionTFile(name) || !/_[A-Z0-9]+\.t$/.test(name)) continue;
    for (const e of entries) {
      if (legacyVerdict(e) !== 'OK') continue;
      // Both the rule and, when it differs, the form iptables-save prints back are valid input.
      for (const rule of [e.rule, e.saved]) {
        if (!rule || rule === '=') continue;
        const targetName = checkRule(rule, family);
        if (targetName) {
          covered.add(targetName);
          rules++;
        }
      }
    }
  }
  assert.ok(rules > 150, `checked ${rules} rules`);
  assert.ok(covered.size >= 35, `covered ${covered.size} targets`);
});

// Option names against `iptables --help`: test/catalog/crossCheck.test.ts.
