// What may stand before the iptables program on a command line, read the same
// way when detecting the format and when parsing the script.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { catalogGrammar } from '../../server/src/catalog/grammar';
import { detectFormat, parseDocument } from '../../server/src/syntax/parse';
import { programWordIndex } from '../../server/src/syntax/programs';

const words = (line: string) => line.split(' ').map((text) => ({ text }));

test('prefix commands, their flags and the values those flags take are skipped', () => {
  assert.equal(programWordIndex(words('sudo -u root iptables -A INPUT')), 3);
  assert.equal(programWordIndex(words('sudo -E iptables -L')), 2);
  assert.equal(programWordIndex(words('nice -n 5 iptables -L')), 3);
  assert.equal(programWordIndex(words('env LC_ALL=C iptables -L')), 2);
  assert.equal(programWordIndex(words('if ! iptables -C INPUT -j DROP')), 2);
  assert.equal(programWordIndex(words('IPT=iptables')), 1);
  // A dash word after a keyword is the program's business, not a flag.
  assert.equal(programWordIndex(words('if -x')), 1);
  assert.equal(programWordIndex([{ text: 'sudo', quoted: true }, { text: 'iptables' }]), 0);
});

test('command -v iptables only looks the program up: no rule, no finding (regression)', () => {
  assert.equal(programWordIndex(words('command -v iptables')), 3);
  assert.equal(programWordIndex(words('command -V ip6tables')), 3);
  assert.equal(programWordIndex(words('sudo -l iptables')), 3);
  // Without those flags `command` runs the program.
  assert.equal(programWordIndex(words('command iptables -L')), 1);
  const text = '#!/bin/sh\nif ! command -v iptables >/dev/null 2>&1; then exit 1; fi\ncommand -v ip6tables || exit 1\n';
  const doc = parseDocument(text, { grammar: catalogGrammar });
  assert.deepEqual(doc.nodes.filter((n) => n.kind === 'rule'), []);
});

test('scripts whose commands start with doas, nice or env are recognised without a #! line', () => {
  assert.equal(detectFormat(['doas iptables -A INPUT -j DROP']), 'script');
  assert.equal(detectFormat(['nice -n 5 iptables -A INPUT -j DROP']), 'script');
  assert.equal(detectFormat(['env LC_ALL=C ip6tables -A INPUT -j DROP']), 'script');
  assert.equal(detectFormat(['-A INPUT -j DROP']), 'restore');
});

test('a command after sudo -u root or nice -n 5 is parsed as a rule with its prefix', () => {
  for (const [line, prefix] of [
    ['sudo -u root iptables -A INPUT -j ACCEPT', ['sudo', '-u', 'root']],
    ['nice -n 5 iptables -A INPUT -j ACCEPT', ['nice', '-n', '5']],
  ] as const) {
    const doc = parseDocument(`#!/bin/sh\n${line}\n`, { grammar: catalogGrammar });
    const rule = doc.nodes.find((n) => n.kind === 'rule');
    assert.ok(rule && rule.kind === 'rule', line);
    assert.deepEqual(rule.prefix.map((w) => w.text), prefix);
    assert.equal(rule.chain?.text, 'INPUT');
  }
});
