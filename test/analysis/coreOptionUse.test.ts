// Where iptables accepts its own options (analysis/checks/coreOptionUse.ts).
// Every case below was run through iptables 1.8.9 (legacy) in a throw-away
// network namespace: "refused" cases exit 2, "accepted" ones pass its option check.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkWhole, modelContext } from '../../server/src/analysis/checks/context';
import { coreOptionUseCheck } from '../../server/src/analysis/checks/coreOptionUse';
import type { Finding } from '../../server/src/analysis/finding';
import { bindDocument, type FamilyChoice } from '../../server/src/analysis/model';
import { catalogGrammar } from '../../server/src/catalog/grammar';
import { parseDocument } from '../../server/src/syntax/parse';

/** The findings of this check alone, over every rule of the text. */
function check(text: string, choice: FamilyChoice = { forced: 'ipv4' }): Finding[] {
  const model = bindDocument(parseDocument(text, { grammar: catalogGrammar }), choice);
  const found: Finding[] = [];
  const run = coreOptionUseCheck(modelContext(model, (f) => void found.push(f)));
  for (const rule of model.rules) checkWhole(run, rule);
  return found;
}

const restore = (line: string): string => `*filter\n:INPUT ACCEPT [0:0]\n${line}\nCOMMIT\n`;
const codes = (found: Finding[]): string[] => found.map((f) => f.code);

test('-w and -W are refused inside restore input, fine on a command line', () => {
  for (const line of ['-A INPUT -w -j ACCEPT', '-A INPUT -w 5 -j ACCEPT', '-A INPUT -W 1 -j ACCEPT']) {
    const found = check(restore(line));
    assert.deepEqual(codes(found), ['option-refused-in-restore'], line);
    assert.equal(found[0].severity, 'error');
  }
  const w5 = check(restore('-A INPUT -w 5 -j ACCEPT'))[0];
  assert.deepEqual([w5.range.start.character, w5.range.end.character], [9, 13], 'the range covers -w and its value');
  assert.deepEqual(codes(check('iptables -w -A INPUT -j ACCEPT\niptables -w 5 -W 100 -A INPUT -j ACCEPT\n')), []);
});

test('-t in restore input is left to the parser (table-option-in-restore), not reported twice', () => {
  assert.deepEqual(codes(check('*nat\n-t nat -A PREROUTING -j ACCEPT\nCOMMIT\n')), []);
});

test('-f exists in IPv4 only: an error when the family is known, a warning when guessed', () => {
  const six = check(restore('-A INPUT -f -j ACCEPT'), { forced: 'ipv6' });
  assert.deepEqual(codes(six), ['option-wrong-family']);
  assert.equal(six[0].severity, 'error');
  assert.match(six[0].message, /ip6tables/);
  assert.match(six[0].message, /-m frag/);
  assert.deepEqual(codes(check(restore('-A INPUT -f -j ACCEPT'))), []);
  assert.deepEqual(codes(check(restore('-A INPUT ! -f -j ACCEPT'), { forced: 'ipv4' })), []);
  // The program name decides, whatever the file's family.
  const program = check('ip6tables -A INPUT -f -j ACCEPT\n');
  assert.deepEqual(codes(program), ['option-wrong-family']);
  assert.equal(program[0].severity, 'error');
  assert.deepEqual(codes(check('iptables -A INPUT -f -j ACCEPT\n', { forced: 'ipv6' })), []);
  const guessed = check(restore('-A INPUT -s 2001:db8::1 -f -j ACCEPT'), {});
  assert.deepEqual(codes(guessed), ['option-wrong-family']);
  assert.equal(guessed[0].severity, 'warning');
});

test('options refused with the command they are given with', () => {
  const refused = [
    restore('-A INPUT -n -j ACCEPT'),
    'iptables -A INPUT -x -j ACCEPT\n',
    'iptables -I INPUT --line-numbers -j ACCEPT\n',
    'iptables -S INPUT -n\n',
    'iptables -F INPUT -s 1.2.3.4\n',
    'iptables -Z INPUT -i eth0\n',
    'iptables -N NEW -p tcp\n',
    'iptables -X OLD -f\n',
    'iptables -E OLD NEW -o eth0\n',
    'iptables -P INPUT DROP -d 1.2.3.4\n',
    'iptables -L INPUT -j ACCEPT\n',
    'iptables -L INPUT -g OTHER\n',
    'iptables -C INPUT -c 1 2 -j ACCEPT\n',
    'iptables -D INPUT -c 1 2 -j ACCEPT\n',
    'iptables -D INPUT 1 -j ACCEPT\n',
    'iptables -D INPUT 1 -s 1.2.3.4\n',
  ];
  for (const text of refused) {
    const found = check(text);
    assert.deepEqual(codes(found), ['option-not-for-command'], text);
    assert.equal(found[0].severity, 'error');
  }
  assert.match(check('iptables -D INPUT 1 -j ACCEPT\n')[0].message, /`-j` with `-D` and a rule number/);
  assert.match(check('iptables -A INPUT -n -j ACCEPT\n')[0].message, /only goes with `-L`\.$/);
});

test('options accepted with their commands are not reported', () => {
  const accepted = [
    'iptables -L INPUT -n -v -x --line-numbers\n',
    'iptables -L -m comment\n',
    'iptables -A INPUT -s 1.2.3.4 -d 1.2.3.4 -p tcp -i eth0 -f -c 1 2 -j ACCEPT\n',
    'iptables -A OUTPUT -o eth0 -g OTHER\n',
    'iptables -C INPUT -s 1.2.3.4 -j ACCEPT\n',
    'iptables -D INPUT -s 1.2.3.4 -j ACCEPT\n',
    'iptables -D INPUT 1 -v -w\n',
    'iptables -I INPUT 2 -c 1 2 -j ACCEPT\n',
    'iptables -R INPUT 1 -c 1 2 -j ACCEPT\n',
    'iptables -P INPUT DROP -c 1 2\n',
    'iptables -F INPUT -v\n',
    'iptables -N NEW -v -w 5 -M /sbin/modprobe\n',
    restore('-A INPUT -4 -v -c 1 2 -j ACCEPT'),
    // No command: reported as no-command elsewhere, nothing to compare with here.
    'iptables -n\n',
    // -V and -h print and exit before iptables looks at the other options.
    'iptables -V -n\n',
  ];
  for (const text of accepted) assert.deepEqual(codes(check(text)), [], text);
});
