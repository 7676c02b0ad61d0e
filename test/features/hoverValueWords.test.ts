// Hover explains value words the way iptables and the checks read them:
// abbreviations, list separators and the family of the rule.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/analysis/analyze';
import { hover } from '../../server/src/features/hover';
import { fixture, onlyPosition } from '../support/fixture';

function hoverAt(marked: string, fileName = 'rules.v4'): string {
  const f = fixture(marked);
  const h = hover(analyzeText(f.text, { fileName }).model, onlyPosition(f));
  assert.ok(h, `no hover for ${JSON.stringify(marked)}`);
  return (h.contents as { value: string }).value;
}

const filter = (rule: string) => `*filter\n:INPUT ACCEPT [0:0]\n${rule}\nCOMMIT\n`;

test('abbreviated conntrack states get their meanings, as iptables accepts them', () => {
  const h = hoverAt(filter('-A INPUT -m conntrack --ctstate EST,RE‸L -j ACCEPT'));
  assert.match(h, /`EST` \([^)]*\) or `REL` \([^)]*\)/);
});

test('a word that only the other family has gets no meaning', () => {
  // The ICMPv6 reject types exist only for ip6tables: in an IPv4 file they mean nothing.
  const v4 = hoverAt(filter('-A INPUT -p tcp -j REJECT --reject-with icmp6-adm-prohib‸ited'));
  assert.match(v4, /`icmp6-adm-prohibited`(?! \()/);
  const v6 = hoverAt(filter('-A INPUT -p tcp -j REJECT --reject-with icmp6-adm-prohib‸ited'), 'rules.v6');
  assert.match(v6, /`icmp6-adm-prohibited` \(/);
});

test('a list with other separators is split as iptables splits it', () => {
  const h = hoverAt(filter('-A INPUT -m hashlimit --hashlimit-above 10/s --hashlimit-mode srcip|dst‸port --hashlimit-name x -j DROP'));
  assert.match(h, /`srcip` \(.*\) and `dstport` \(one counter per destination port\)/);
});

test('list words that apply together read "and", alternatives read "or"', () => {
  // A counter per source address and destination port: both make the key.
  assert.match(hoverAt(filter('-A INPUT -m hashlimit --hashlimit-above 10/s --hashlimit-mode srcip,dst‸port --hashlimit-name x -j DROP')), /`srcip` \(.*\) and `dstport`/);
  // A packet in any of the states.
  assert.match(hoverAt(filter('-A INPUT -m conntrack --ctstate NEW,ESTAB‸LISHED -j ACCEPT')), /`NEW` \(.*\) or `ESTABLISHED`/);
});
