// Hover on every kind of token, positions marked inline with ‸.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/analysis/analyze';
import { patchQuickly } from '../../server/src/analysis/incremental';
import { hover } from '../../server/src/features/hover';
import { restore } from '../support/dumps';
import { fixture, onlyPosition } from '../support/fixture';

/** The hover markdown at the ‸ in `marked` (null when there is none). */
function hoverAt(marked: string, detail: 'short' | 'full' = 'full'): string | null {
  const f = fixture(marked);
  const { model } = analyzeText(f.text);
  const h = hover(model, onlyPosition(f), { detail });
  return h ? (h.contents as { value: string }).value : null;
}

const dump = (ruleLine: string, table = 'nat', extra = '') =>
  restore(table, ':PREROUTING ACCEPT [1664:324261]', ':POSTROUTING ACCEPT [0:0]', ':OUTPUT ACCEPT [0:0]', ':INPUT ACCEPT [0:0]', `${extra}${ruleLine}`);

test('table header: purpose and built-in chains in packet-path order', () => {
  const h = hoverAt('*n‸at\nCOMMIT\n')!;
  assert.match(h, /Table `nat`/);
  const order = ['PREROUTING', 'INPUT', 'OUTPUT', 'POSTROUTING'].map((c) => h.indexOf(`**${c}**`));
  assert.deepEqual([...order].sort((a, b) => a - b), order);
  assert.ok(order.every((i) => i > 0));
});

test('built-in chain, policy and counters', () => {
  assert.match(hoverAt('*filter\n:INP‸UT DROP [0:0]\nCOMMIT\n')!, /Built-in chain INPUT.*addressed to this machine/s);
  assert.match(hoverAt('*filter\n:INPUT DR‸OP [0:0]\nCOMMIT\n')!, /Policy DROP.*silently/s);
  assert.match(hoverAt('*filter\n:INPUT DROP [16‸64:324261]\nCOMMIT\n')!, /1,664 packets, 317 KiB/);
  assert.match(hoverAt('*filter\n[1‸2:720] -A INPUT -j ACCEPT\nCOMMIT\n')!, /12 packets, 720 bytes/);
});

test('user chain: declaration, rule count and who jumps there', () => {
  const text = '*filter\n:INPUT ACCEPT [0:0]\n:SS‸H - [0:0]\n-A INPUT -p tcp --dport 22 -j SSH\n-A SSH -j ACCEPT\nCOMMIT\n';
  const h = hoverAt(text)!;
  assert.match(h, /User chain `SSH`/);
  assert.match(h, /Declared on line 3/);
  assert.match(h, /Holds 1 rule\./);
  assert.match(h, /INPUT`?: jumps \(line 4\)/);
});

test('negated destination reads as NOT in the network with its range', () => {
  const h = hoverAt(dump('-A POSTROUTING ‸! -d 10.0.0.0/8 -j MASQUERADE'))!;
  assert.match(h, /negates `-d`/);
  assert.match(h, /destination is not in 10\.0\.0\.0\/8 \(10\.0\.0\.0 – 10\.255\.255\.255/);
});

test('options with their value in this rule', () => {
  assert.match(hoverAt(dump('-A POSTROUTING -o et‸h0 -j MASQUERADE'))!, /leaving through interface `eth0`/);
  assert.match(hoverAt(dump('-A PREROUTING -p tcp --dport 1024:6‸5535 -j ACCEPT'))!, /destination port is `1024` to `65535`/);
  assert.match(hoverAt(dump('-A INPUT -m conntrack --ctstate RELATED,ESTABL‸ISHED -j ACCEPT', 'filter'))!, /`RELATED` \(.*\) or `ESTABLISHED`/);
  assert.match(hoverAt(dump('-A PREROUTING -m statistic --mode random --probability 0.3‸33 -j ACCEPT'))!, /about 1 in 3 packets/);
  assert.match(hoverAt(dump('-A PREROUTING -m mark --mark 0x4000/0x40‸00 -j ACCEPT', 'mangle'))!, /0x4000 \(bit 14\) within mask 0x4000 \(bit 14\)/);
  assert.match(hoverAt(dump('-A INPUT -m limit --limit 3/m‸in -j LOG', 'filter'))!, /3 per minute \(one every 20 s\)/);
});

test('match module after -m and target after -j', () => {
  assert.match(hoverAt(dump('-A INPUT -m connt‸rack --ctstate NEW -j ACCEPT', 'filter'))!, /Match `conntrack`/);
  const masq = hoverAt(dump('-A POSTROUTING -o eth0 -j MASQ‸UERADE'))!;
  assert.match(masq, /Target `MASQUERADE`/);
  assert.match(masq, /interface the packet leaves by/);
  assert.match(masq, /SNAT/);
  assert.match(masq, /Works only in nat POSTROUTING\./);
  assert.match(hoverAt(dump('-A INPUT -j DR‸OP', 'filter'))!, /DROP.*silently/s);
  assert.doesNotMatch(hoverAt(dump('-A POSTROUTING -j MASQ‸UERADE'), 'short')!, /Example/);
});

test('the whole rule as one sentence on -A and on the chain name', () => {
  const text = dump('-‸A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE');
  const h = hoverAt(text)!;
  assert.match(h, /^In nat POSTROUTING: packets whose source is in 172\.17\.0\.0\/16 .* and not leaving through interface `docker0` get their source address rewritten to the address of the interface they leave by \(MASQUERADE\)\./);
  const onChain = hoverAt(dump('-A POSTROU‸TING -o eth0 -j MASQUERADE'))!;
  assert.match(onChain, /^In nat POSTROUTING: packets leaving through interface `eth0`/);
  assert.match(onChain, /Built-in chain POSTROUTING/);
});

test('a script rule: program word, table from -t, shell variables with their value', () => {
  const script = '#!/bin/sh\nSUBNET=10.0.0.0/8\niptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE ! -d $SUB‸NET\n';
  assert.match(hoverAt(script)!, /`SUBNET` = `10\.0\.0\.0\/8` \(assigned on line 2\)/);
  const program = hoverAt('#!/bin/sh\nipt‸ables -t nat -A POSTROUTING -o eth0 -j MASQUERADE\n')!;
  assert.match(program, /IPv4/);
  assert.match(program, /In nat POSTROUTING: packets leaving through interface `eth0`/);
  assert.match(hoverAt('#!/bin/sh\niptables -A INPUT -s $UNS‸ET -j DROP\n')!, /not assigned in this file/);
});

test('text from the file is shown as code: no links, images or command URIs', () => {
  const evil = '*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -m comment --comment "[x](command:rm) ![i](http://e/x.png) `tick`" -j ACC‸EPT\nCOMMIT\n';
  const onRule = hoverAt(evil.replace('-j ACC‸EPT', '-j ACCEPT').replace('-A INPUT', '-‸A INPUT'))!;
  // The comment appears only inside a code span whose fence is longer than any backquote run in it.
  assert.match(onRule, /`` \[x\]\(command:rm\) !\[i\]\(http:\/\/e\/x\.png\) `tick` ``/);
  const chain = hoverAt('*filter\n:[evil](command:x) - [0:0]\n-A INPUT -j [evil](comm‸and:x)\nCOMMIT\n')!;
  assert.doesNotMatch(chain.replace(/`[^`]*`/g, ''), /\[evil\]\(/);
});

test('no hover on comments, blank lines or past the end', () => {
  assert.equal(hoverAt('# a comm‸ent\n*filter\nCOMMIT\n'), null);
  assert.equal(hoverAt('*filter\n‸\nCOMMIT\n'), null);
  const { model } = analyzeText('*filter\nCOMMIT\n');
  assert.equal(hover(model, { line: 40, character: 3 }), null);
});

test('--set-xmark says which bits end up set, cleared or flipped', () => {
  assert.match(hoverAt(dump('-A PREROUTING -j MARK --set-xmark 0x4000/0x40‸00', 'mangle'))!, /`0x4000\/0x4000`: sets bit 14, other bits unchanged/);
  assert.match(hoverAt(dump('-A PREROUTING -j MARK --set-xmark 0x4000/0x‸0', 'mangle'))!, /flips bit 14/);
  assert.match(hoverAt(dump('-A PREROUTING -j MARK --set-xmark 0x0/0xf‸f', 'mangle'))!, /clears 8 bits/);
});

test('a user chain lists its callers, three jumps each and a count of the rest', () => {
  const jumps = Array.from({ length: 5 }, (_, i) => `-A INPUT -p tcp --dport ${i + 1} -j WEB\n`).join('');
  const h = hoverAt(`*filter\n:INPUT ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n:W‸EB - [0:0]\n${jumps}-A OUTPUT -j WEB\nCOMMIT\n`)!;
  assert.match(h, /Entered from:/);
  assert.match(h, /INPUT.*: jumps \(line 5\), jumps \(line 6\), jumps \(line 7\) and 2 more/);
  assert.match(h, /OUTPUT.*: jumps \(line 10\)(?! and)/);
});

test('after blank lines are added above, the callers show their new lines', () => {
  const text = '*filter\n:INPUT ACCEPT [0:0]\n:WEB - [0:0]\n-A INPUT -j WEB\nCOMMIT\n';
  const first = analyzeText(text);
  const at = { line: 2, character: 2 };
  assert.match((hover(first.model, at)!.contents as { value: string }).value, /jumps \(line 4\)/);
  // The quiet-lines patch keeps the model, so anything kept per chain must follow the move.
  const moved = patchQuickly(first, text.replace(':WEB - [0:0]\n', ':WEB - [0:0]\n\n\n'), first.parts.choice)!;
  assert.equal(moved.model, first.model);
  assert.match((hover(moved.model, at)!.contents as { value: string }).value, /jumps \(line 6\)/);
});

test('an IPv6 network is shown with its first and last address', () => {
  const f = fixture('*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -s 2001:d‸b8::/32 -j ACCEPT\nCOMMIT\n');
  const h = hover(analyzeText(f.text, { forced: 'ipv6' }).model, onlyPosition(f))!;
  assert.match((h.contents as { value: string }).value, /2001:db8:: – 2001:db8:ffff:ffff:ffff:ffff:ffff:ffff, 2\^96 addresses/);
});
