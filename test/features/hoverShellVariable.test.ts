// Hover on `$NAME` in a script rule gives the value of the nearest assignment
// before it, on the same line or above, and nothing assigned after it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/analysis/analyze';
import { hover } from '../../server/src/features/hover';
import { fixture, onlyPosition } from '../support/fixture';

function hoverAt(marked: string): string {
  const f = fixture(marked);
  const h = hover(analyzeText(f.text, { fileName: 'fw.sh' }).model, onlyPosition(f));
  assert.ok(h, `no hover for ${JSON.stringify(marked)}`);
  return (h.contents as { value: string }).value;
}

test('an assignment earlier on the same line gives the value', () => {
  assert.match(hoverAt('#!/bin/sh\nP=22; iptables -A INPUT -p tcp --dport $‸P -j ACCEPT\n'), /`P` = `22` \(assigned on line 2\)/);
});

test('the nearest assignment above wins over earlier ones', () => {
  const h = hoverAt('#!/bin/sh\nP=21\nP=22\niptables -A INPUT -p tcp --dport $‸P -j ACCEPT\nP=23\n');
  assert.match(h, /`P` = `22` \(assigned on line 3\)/);
});

test('an assignment after the rule on the same line does not count', () => {
  assert.match(hoverAt('#!/bin/sh\niptables -A INPUT -p tcp --dport $‸P -j ACCEPT; P=22\n'), /not assigned in this file/);
});

test('of two rules on one line, each sees the assignments before it', () => {
  const h = hoverAt('#!/bin/sh\nP=1; iptables -A INPUT -s $P -j ACCEPT; P=2; iptables -A INPUT -s $‸P -j DROP\n');
  assert.match(h, /`P` = `2`/);
});
