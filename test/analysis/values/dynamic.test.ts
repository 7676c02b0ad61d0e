import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkValues } from '../../../server/src/analysis/checks/values';
import type { Finding } from '../../../server/src/analysis/finding';
import { bindDocument } from '../../../server/src/analysis/model';
import { catalogGrammar } from '../../../server/src/catalog/grammar';
import { parseDocument } from '../../../server/src/syntax/parse';

function scriptFindings(text: string): Finding[] {
  const model = bindDocument(parseDocument(text, { grammar: catalogGrammar }), { forced: 'ipv4' });
  const out: Finding[] = [];
  checkValues({ model, report: (f) => void out.push(f) });
  return out;
}

test('words holding shell variables are never checked', () => {
  const text = [
    '#!/bin/sh',
    'PORT=99999',
    'iptables -A INPUT -p tcp --dport $PORT -j ACCEPT',
    'iptables -A INPUT -s "$ADMIN_NET" -j ACCEPT',
    'iptables -A INPUT -p $PROTO -j DNAT --to-destination 10.0.0.1:80',
    'iptables -A INPUT -m limit --limit ${RATE}/min -j LOG',
    '',
  ].join('\n');
  assert.deepEqual(scriptFindings(text).map((f) => f.code), []);
});

test('literal words in the same script are checked', () => {
  const text = ['#!/bin/sh', 'iptables -A INPUT -p tcp --dport 99999 -j ACCEPT', ''].join('\n');
  const found = scriptFindings(text);
  assert.deepEqual(found.map((f) => f.code), ['bad-port']);
  assert.deepEqual(found[0].range, { start: { line: 1, character: 33 }, end: { line: 1, character: 38 } });
});
