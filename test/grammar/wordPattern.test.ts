// The editor uses wordPattern for double-click selection, word highlight and the default
// range of rename/completion, so iptables tokens such as `--dport` or `10.0.0.0/8` must stay whole.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface LanguageConfiguration {
  comments?: { lineComment?: string };
  brackets?: [string, string][];
  autoClosingPairs?: { open: string; close: string }[];
  surroundingPairs?: [string, string][];
  wordPattern?: string;
}

const config = JSON.parse(
  readFileSync(join(__dirname, '..', '..', 'language-configuration.json'), 'utf8'),
) as LanguageConfiguration;

/** All words of a line, the way the editor finds them (a global RegExp). */
function words(line: string): string[] {
  assert.ok(config.wordPattern, 'language-configuration.json has no wordPattern');
  const re = new RegExp(config.wordPattern, 'g');
  return line.match(re) ?? [];
}

const cases: { line: string; whole: string[] }[] = [
  { line: '-A INPUT -p tcp --dport 22 -j ACCEPT', whole: ['-A', 'INPUT', '--dport', '22', '-j', 'ACCEPT'] },
  { line: '-A KUBE-SERVICES -j KUBE-SVC-ABC123', whole: ['KUBE-SERVICES', 'KUBE-SVC-ABC123'] },
  { line: 'SUBNET=10.0.0.0/8', whole: ['SUBNET', '10.0.0.0/8'] },
  { line: '-A INPUT -s fe80::1/64 -d ::1 -j ACCEPT', whole: ['fe80::1/64', '::1'] },
  { line: '-A INPUT -s fe80::/10 -d ::/0', whole: ['fe80::/10', '::/0'] },
  { line: '-A KUBE-MARK-MASQ -j MARK --set-xmark 0x4000/0x4000', whole: ['--set-xmark', '0x4000/0x4000'] },
  { line: '-A INPUT -p udp --sport 1024:65535 -j ACCEPT', whole: ['--sport', '1024:65535'] },
  { line: 'iptables -A INPUT ! -d $SUBNET -s ${TRUSTED} -j ACCEPT', whole: ['$SUBNET', '${TRUSTED}'] },
  { line: '-A X -j DNAT --to-destination 10.244.1.5:8080', whole: ['--to-destination', '10.244.1.5:8080'] },
  { line: '-A X -m iprange --src-range 1.2.3.4-1.2.3.9', whole: ['1.2.3.4-1.2.3.9'] },
];

for (const { line, whole } of cases) {
  test(`wordPattern keeps whole: ${whole.join(' ')}`, () => {
    const found = words(line);
    for (const w of whole) assert.ok(found.includes(w), `"${w}" is not one word in ${JSON.stringify(found)}`);
  });
}

test('wordPattern leaves the counter brackets out of words', () => {
  const found = words(':KUBE-SERVICES - [0:0]');
  assert.deepEqual(found, ['KUBE-SERVICES', '0:0']);
  assert.deepEqual(words('[1664:324261] -A INPUT'), ['1664:324261', '-A', 'INPUT']);
});

test('wordPattern does not glue punctuation to words', () => {
  // The table star, the chain-declaration colon, a negation and quotes are not part of a word.
  assert.deepEqual(words('*nat'), ['nat']);
  assert.deepEqual(words('! -s "DROP: "'), ['-s', 'DROP']);
  assert.deepEqual(words('--dport=22'), ['--dport', '22']);
});

test('wordPattern never matches an empty string (the editor would loop)', () => {
  assert.ok(config.wordPattern);
  const re = new RegExp(config.wordPattern, 'g');
  for (const s of ['', ' ', '!', '"', '[', ']', ':', '-', '$', '#']) {
    re.lastIndex = 0;
    const m = re.exec(s);
    assert.ok(m === null || m[0].length > 0, `empty match on ${JSON.stringify(s)}`);
  }
});

test('language configuration: # comments, [ ] brackets, quote and bracket pairs', () => {
  assert.equal(config.comments?.lineComment, '#');
  assert.deepEqual(config.brackets, [['[', ']']]);
  const opens = (config.autoClosingPairs ?? []).map((p) => `${p.open}${p.close}`);
  assert.ok(opens.includes('""'), 'auto-close for "');
  assert.ok(opens.includes('[]'), 'auto-close for [');
  const surround = (config.surroundingPairs ?? []).map(([a, b]) => `${a}${b}`);
  assert.ok(surround.includes('""') && surround.includes('[]'));
});
