import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codes, marked, messages } from './helpers';

test('bad-enum-value: fires on an unknown word, marks it alone, suggests the closest', () => {
  assert.deepEqual(marked('-m conntrack --ctstate NEW,ESTABLISHD'), ['error bad-enum-value: -m conntrack --ctstate NEW,⟦ESTABLISHD⟧']);
  assert.match(messages('-m conntrack --ctstate NEW,ESTABLISHD')[0], /Did you mean `ESTABLISHED`\?/);
  assert.match(messages('-m conntrack --ctstate wrong')[0], /one or more of INVALID, NEW, ESTABLISHED/);
  assert.deepEqual(codes('-m state --state SNAT'), ['error bad-enum-value']);
  assert.deepEqual(codes('-m conntrack --ctstate NEW,,ESTABLISHED'), ['error bad-enum-value']);
  assert.deepEqual(codes('-m pkttype --pkt-type anycast'), ['error bad-enum-value']);
});

test('bad-enum-value: not for words iptables takes, in the ways it compares them', () => {
  // Any case and any leading part for states.
  assert.deepEqual(codes('-m conntrack --ctstate new,est,Rel'), []);
  assert.deepEqual(codes('-m state --state ESTABLISHED,RELATED'), []);
  assert.deepEqual(codes('-m addrtype --src-type loc'), []);
  // DSCP classes: the value only has to start with a class name.
  assert.deepEqual(codes('-m dscp --dscp-class af41'), []);
  // ipset flags are read by their first three letters.
  assert.deepEqual(codes('-m set --match-set myset src,dst'), []);
  assert.deepEqual(codes('-m set --match-set myset srcx'), []);
  assert.deepEqual(codes('-m set --match-set myset sr'), ['error bad-enum-value']);
  // Weekdays by their first two letters, case-sensitively.
  assert.deepEqual(codes('-m time --weekdays Mo,Tue,Wednesday,7'), []);
  assert.match(messages('-m time --weekdays mon')[0], /case-sensitive: write `Mon`/);
  assert.deepEqual(codes('-m time --weekdays 0'), ['error bad-enum-value']);
  assert.deepEqual(codes('-m time --weekdays Mon,,Fri'), ['error bad-enum-value']);
  assert.deepEqual(codes('-m time --weekdays 9'), ['warning bad-enum-value']);
  // Month days: only the first two characters count.
  assert.deepEqual(codes('-m time --monthdays 1,15,31'), []);
  assert.deepEqual(codes('-m time --monthdays 32'), ['error bad-enum-value']);
  assert.deepEqual(codes('-m time --monthdays 0'), ['warning bad-enum-value']);
  assert.deepEqual(codes('-m time --monthdays 255'), ['warning bad-enum-value']);
});

test('bad-enum-value: exact words stay exact', () => {
  assert.deepEqual(codes('-m hashlimit --hashlimit-upto 1/s --hashlimit-name a --hashlimit-mode srcip,dstport'), []);
  assert.deepEqual(codes('-m hashlimit --hashlimit-upto 1/s --hashlimit-name a --hashlimit-mode SRCIP'), ['error bad-enum-value']);
  assert.deepEqual(codes('-j LOG --log-level warning'), []);
  assert.deepEqual(codes('-j LOG --log-level 4'), []);
  assert.deepEqual(codes('-j LOG --log-level warn'), ['error bad-enum-value']);
});

test('reject-with: leading parts in any case, per family', () => {
  assert.deepEqual(codes('-j REJECT --reject-with icmp-port'), []);
  assert.deepEqual(codes('-j REJECT --reject-with TCP-RESET -p tcp'), []);
  assert.deepEqual(codes('-j REJECT --reject-with icmp-bogus'), ['error bad-enum-value']);
  assert.deepEqual(marked('-j REJECT --reject-with icmp6-no-route'), ['error family-mismatch: -j REJECT --reject-with ⟦icmp6-no-route⟧']);
  assert.deepEqual(codes('-j REJECT --reject-with icmp6-no-route', { family: 'ipv6' }), []);
});

test('set: at most six src/dst flags', () => {
  assert.deepEqual(codes('-m set --match-set s src,src,src,src,src,src'), []);
  assert.deepEqual(codes('-m set --match-set s src,src,src,src,src,src,src'), ['error bad-enum-value']);
});
