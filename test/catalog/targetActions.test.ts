// Checks the sentence pieces hover builds rule descriptions from: each target's
// `action` ("packets ... <action>") and each option's `phrase`, and the whole
// sentence hover really writes for a rule (ruleSentence).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/analysis/analyze';
import { ruleSentence } from '../../server/src/features/hover/ruleSentence';
import { targets as targetList } from '../../server/src/catalog/targets';

const continues = /\bcontinue to the next rule\b/;

/** Hover's sentence for the only rule of a one-line script. */
function sentence(line: string): string {
  const { model, findings } = analyzeText(`${line}\n`);
  assert.deepEqual(findings.map((f) => f.code), [], `${line} is a clean rule`);
  assert.equal(model.rules.length, 1, `${line} is one rule`);
  return ruleSentence(model.rules[0]);
}

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
  // The action alone, with nothing to add.
  assert.equal(
    sentence('iptables -t nat -A POSTROUTING -j MASQUERADE'),
    'In nat POSTROUTING: all packets get their source address rewritten to the address of the interface they leave by (MASQUERADE).',
  );
  // "to <value>" phrases follow the action without a comma.
  assert.equal(
    sentence('iptables -t nat -A POSTROUTING -j SNAT --to-source 1.2.3.4'),
    'In nat POSTROUTING: all packets get their source address rewritten to `1.2.3.4` (SNAT).',
  );
  assert.equal(
    sentence('iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 10.0.0.5:80'),
    'In nat PREROUTING: packets whose protocol is `tcp` get their destination address rewritten to `10.0.0.5:80` (DNAT).',
  );
  // A non-terminating target keeps "and continue to the next rule" last, after its options.
  assert.equal(
    sentence('iptables -A INPUT -j LOG --log-prefix "ssh: "'),
    'In filter INPUT: all packets are logged to the kernel log, with the prefix `ssh: `, and continue to the next rule (LOG).',
  );
  // Other phrases are asides after a comma; the reply type's own description follows the value.
  assert.match(
    sentence('iptables -A INPUT -p tcp -j REJECT --reject-with tcp-reset'),
    /^In filter INPUT: packets whose protocol is `tcp` are refused with an error reply to the sender, using `tcp-reset` \(.+\) \(REJECT\)\.$/,
  );
  assert.equal(
    sentence('iptables -t raw -A PREROUTING -j NOTRACK'),
    'In raw PREROUTING: all packets are exempted from connection tracking and continue to the next rule (NOTRACK).',
  );
});
