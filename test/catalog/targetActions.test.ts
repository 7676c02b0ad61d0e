// Checks the sentence pieces hover builds rule descriptions from: each target's
// `action` ("packets ... <action>") and each option's `phrase`, which hover
// appends after the action with ", ".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ModuleSpec } from '../../server/src/catalog/types';
import { targetList } from '../../server/src/catalog/targets/list';

const continues = /\bcontinue to the next rule\b/;

/** The sentence hover would build for a target with these option values. */
function sentence(t: ModuleSpec, values: Record<string, string>): string {
  const parts = Object.entries(values).map(([name, value]) => {
    const option = t.options.find((o) => o.names.includes(name));
    assert.ok(option?.phrase, `${t.name} ${name} has a phrase`);
    return option.phrase.replace('{value}', value);
  });
  return ['packets ' + t.action, ...parts].join(', ');
}

function target(name: string): ModuleSpec {
  const t = targetList.find((m) => m.name === name);
  assert.ok(t, `${name} is in the catalog`);
  return t;
}

test('all 38 extension targets are covered', () => {
  assert.equal(targetList.length, 38);
});

test('every target has a short, plain action without trailing period or placeholders', () => {
  for (const t of targetList) {
    const action = t.action;
    assert.ok(action !== undefined && action.trim().length > 0, `${t.name} has an action`);
    assert.equal(action, action.trim(), `${t.name} action has no surrounding spaces`);
    assert.ok(!/[.;,:]$/.test(action), `${t.name} action has no trailing punctuation: ${action}`);
    assert.ok(!/[{}]/.test(action), `${t.name} action uses no placeholders: ${action}`);
    assert.match(action, /^[a-z]/, `${t.name} action continues a sentence, so starts in lower case`);
    assert.ok(action.length < 90, `${t.name} action is short (${action.length} characters)`);
  }
});

test('non-terminating targets say the packet continues, terminating ones do not', () => {
  for (const t of targetList) {
    const action = t.action ?? '';
    if (t.terminating) assert.doesNotMatch(action, continues, `${t.name} stops traversal: ${action}`);
    else assert.match(action, continues, `${t.name} lets the packet go on: ${action}`);
  }
});

test('every option phrase reads after the action: {value} exactly when a value follows', () => {
  for (const t of targetList) {
    for (const o of t.options) {
      const where = `${t.name} ${o.names[0]}`;
      const phrase = o.phrase ?? '';
      assert.ok(phrase.trim().length > 0, `${where} has a phrase`);
      assert.ok(!/[.;,:]$/.test(phrase), `${where} phrase has no trailing punctuation: ${phrase}`);
      const placeholders = phrase.match(/\{[^}]*\}/g) ?? [];
      if (o.arity > 0) assert.deepEqual(placeholders, ['{value}'], `${where} shows its value once: ${phrase}`);
      else assert.deepEqual(placeholders, [], `${where} takes no value: ${phrase}`);
      // Phrases follow ", " so they must not open a new clause with an order ("set ...", "rewrite ...").
      assert.doesNotMatch(phrase, /^(set|rewrite|reject|redirect|add|remove|copy|use|create|fill|put) /, `${where} is not an imperative: ${phrase}`);
    }
  }
});

test('whole sentences read as intended for the common targets', () => {
  assert.equal(
    sentence(target('MASQUERADE'), {}),
    'packets get their source address rewritten to the address of the interface they leave by',
  );
  assert.equal(sentence(target('SNAT'), { '--to-source': '1.2.3.4' }), 'packets get their source address rewritten, to 1.2.3.4');
  assert.equal(
    sentence(target('DNAT'), { '--to-destination': '10.0.0.5:80' }),
    'packets get their destination address rewritten, to 10.0.0.5:80',
  );
  assert.equal(
    sentence(target('LOG'), { '--log-prefix': '"ssh: "' }),
    'packets are logged to the kernel log and continue to the next rule, with the prefix "ssh: "',
  );
  assert.equal(
    sentence(target('REJECT'), { '--reject-with': 'tcp-reset' }),
    'packets are refused with an error reply to the sender, using tcp-reset',
  );
  assert.equal(sentence(target('NOTRACK'), {}), 'packets are exempted from connection tracking and continue to the next rule');
});
