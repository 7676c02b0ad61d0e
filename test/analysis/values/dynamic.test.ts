import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codesOf, runChecks } from '../../support/findings';

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
  assert.deepEqual(codesOf(runChecks(text, ['values'])), []);
});

test('literal words in the same script are checked', () => {
  const text = ['#!/bin/sh', 'iptables -A INPUT -p tcp --dport 99999 -j ACCEPT', ''].join('\n');
  const found = runChecks(text, ['values']);
  assert.deepEqual(codesOf(found), ['bad-port']);
  assert.deepEqual(found[0].range, { start: { line: 1, character: 33 }, end: { line: 1, character: 38 } });
});
