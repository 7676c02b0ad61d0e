// The catalog against the real iptables: every module Debian ships is in the
// catalog with every option `--help` prints, and the catalog knows nothing
// iptables does not. The module list comes from the installed libraries.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allModules } from '../../server/src/catalog/modules';
import type { Family, ModuleSpec } from '../../server/src/catalog/types';
import { haveIptables, helpOptions, installedExtensionNames } from '../support/iptablesHelp';

/** Options iptables 1.8.9 accepts although `--help` does not print them (each measured with iptables-restore). */
const hiddenOptions = new Set([
  'ipcomp --compres', 'hashlimit --hashlimit', 'hl --hl', 'ECN --ecn-tcp-cwr', 'ECN --ecn-tcp-ece', 'ECN --ecn-ip-ect',
  'ttl --ttl', 'set --set', 'rateest --rateest', 'rateest --rateest-bps', 'rateest --rateest-pps', 'time --contiguous', 'time --localtz', 'time --utc',
]);
/** Libraries that register no module of their own name, and the modules they provide instead. */
const providedBy: Record<string, string[]> = { NAT: ['SNAT', 'DNAT', 'MASQUERADE', 'REDIRECT'], standard: [] };

function candidates(): Map<string, { kind: 'match' | 'target'; name: string }> {
  const out = new Map<string, { kind: 'match' | 'target'; name: string }>();
  for (const { name } of installedExtensionNames()) {
    for (const n of providedBy[name] ?? [name]) {
      const kind = /^[A-Z]/.test(n) ? 'target' : 'match';
      out.set(`${kind}:${n}`, { kind, name: n });
    }
  }
  return out;
}

test('every installed extension is in the catalog, and every catalog module is installed', { skip: !haveIptables && 'iptables is not installed' }, () => {
  const installed = candidates();
  // Some libraries hold both a match and a target (libxt_mark.so: mark and MARK) or only register under another name.
  for (const m of allModules) {
    const loads = m.families.some((f) => helpOptions(f, m.kind, m.name) !== undefined);
    assert.ok(loads, `${m.kind} ${m.name} is in the catalog but iptables cannot load it`);
  }
  for (const { kind, name } of installed.values()) {
    const loads = (['ipv4', 'ipv6'] as Family[]).some((f) => helpOptions(f, kind, name) !== undefined);
    if (!loads) continue; // e.g. a target-only library probed as a match
    assert.ok(allModules.some((m) => m.kind === kind && m.name === name), `installed ${kind} ${name} is missing from the catalog`);
  }
});

test('option names agree with --help for every module and family', { skip: !haveIptables && 'iptables is not installed' }, () => {
  let checked = 0;
  const problems: string[] = [];
  const check = (m: ModuleSpec, family: Family) => {
    const printed = helpOptions(family, m.kind, m.name);
    if (!printed) {
      problems.push(`${family} ${m.kind} ${m.name}: the catalog says it exists in ${family}, iptables does not load it`);
      return;
    }
    const ours = new Set(m.options.filter((o) => !o.family || o.family === family).flatMap((o) => o.names));
    for (const p of printed) if (!ours.has(p)) problems.push(`${family} ${m.name}: help prints ${p}, the catalog lacks it`);
    for (const n of ours) {
      checked++;
      if (!printed.has(n) && !hiddenOptions.has(`${m.name} ${n}`)) problems.push(`${family} ${m.name}: the catalog has ${n}, help does not`);
    }
  };
  for (const m of allModules) for (const f of m.families) check(m, f);
  assert.deepEqual(problems, []);
  const modules = allModules.length;
  const names = allModules.reduce((n, m) => n + m.options.reduce((k, o) => k + o.names.length, 0), 0);
  console.log(`cross-checked ${checked} option names (per family) of ${modules} modules; the catalog holds ${names} option names`);
  assert.ok(checked > 350);
});
