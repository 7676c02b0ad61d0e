// Random rule edits on generated dumps (rules copied with and without their jumps,
// deleted, repeated with blank and comment lines, replaced; chain lines added and
// deleted; rules that decide every packet; rules of chains no line declares):
// every patch, spliced or not, must equal a full analysis, down to the jump
// graph's positions and live counts and the chain runs. Big pastes and cuts too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText, type Analysis } from '../../server/src/analysis/analyze';
import { chainGraph } from '../../server/src/analysis/chainGraph';
import { patchLines, patchQuickly } from '../../server/src/analysis/incremental';
import { generateDump } from '../../bench/generate';
import { seededRandom } from '../support/random';

/** Everything a later edit or a feature reads of an analysis, as one comparable string. */
function seen(a: Analysis): string {
  const m = a.model;
  const graph = chainGraph(m);
  return JSON.stringify({
    findings: a.findings.map((f) => `${JSON.stringify(f.range)} ${f.code} ${f.message} ${JSON.stringify(f.related ?? null)}`),
    refs: m.references.map((r) => `${r.kind} ${r.table} ${r.word.text} ${r.node} ${JSON.stringify(r.word.range)} ${r.rule?.range.start.line}`),
    chains: [...m.chains].flatMap(([t, byName]) =>
      [...byName.values()].map(
        (c) =>
          `${t}/${c.name} rules@${c.rules.map((r) => r.range.start.line)} refs@${c.references.map((r) => r.node)} decl@${c.declarations.map((r) => r.node)}` +
          ` live ${graph.liveRuleCount(c)} out ${graph.outgoing(c).map((e) => `${e.index}${e.live}`)} in ${graph.incoming(c).map((e) => `${e.from.name}#${e.index}`)}` +
          ` entries ${graph.entries(c).map((entry) => `${entry}: ${graph.pathFrom(entry, c)!.map((e) => `${e.from.name}#${e.index}`)}`)}`,
      ),
    ),
    loops: graph.loops().map((l) => l.chains.map((c) => c.name).join(' ')),
    rules: m.rules.map((r) => r.range.start.line),
    runs: [...a.parts.runs].map(([k, refs]) => `${k}: ${refs.map((r) => r.node)}`).sort(),
    nodeAtLine: Array.from(m.parsed.nodeAtLine).join(','),
  });
}

/** One random edit around rule lines; copied rules jump to ACCEPT unless their target is a verdict or an extension. */
function edit(text: string, random: () => number): string {
  const lines = text.split('\n');
  const rules = lines.flatMap((l, i) => (l.startsWith('-A ') ? [i] : []));
  const pick = (): number => rules[Math.floor(random() * rules.length)];
  const at = pick();
  const r = random();
  const copy = (): string => lines[pick()].replace(/-j (\S+)/, (whole, t: string) => (/^[A-Z]+$/.test(t) && !t.startsWith('KUBE') ? whole : '-p tcp -j ACCEPT'));
  const chainLines = lines.flatMap((l, i) => (l.startsWith(':') ? [i] : []));
  if (r < 0.25) lines.splice(at, 0, copy());
  else if (r < 0.35) lines.splice(at, 0, lines[pick()]); // jumps to chains kept
  else if (r < 0.6) lines.splice(at, 1 + Math.floor(random() * 2));
  else if (r < 0.72) lines.splice(at, 0, lines[at], '', '# c');
  else if (r < 0.8) {
    // A new chain, or one declared twice; alone or with a rule.
    const name = `NEW-${Math.floor(random() * 50)}`;
    if (random() < 0.5) lines.splice(at, 0, `:${name} - [0:0]`);
    else lines.splice(at, 0, `:${name} - [0:0]`, `-A ${name} -p tcp -j ACCEPT`);
  }
  else if (r < 0.86) lines.splice(chainLines[Math.floor(random() * chainLines.length)], 1); // a declaration goes
  else if (r < 0.9) lines.splice(at, 0, `-A ${lines[at].split(' ')[1]} -j ${random() < 0.5 ? 'RETURN' : 'ACCEPT'}`); // the rest of the chain is never reached
  else if (r < 0.94) lines.splice(at, 0, lines[pick()].replace(/^-A (\S+)/, `-A $1-${Math.floor(random() * 3)}`)); // a chain no line declares
  else lines.splice(at, 1, copy());
  return lines.join('\n');
}

for (const shape of ['kube-proxy', 'docker', 'firewall'] as const) {
  test(`${shape}: 60 plain-rule edits patched in place where they can, always equal to a full analysis`, () => {
    const random = seededRandom(shape.length * 7919);
    let text = generateDump(shape, 600);
    let a = analyzeText(text);
    let inPlace = 0;
    for (let k = 0; k < 60; k++) {
      const next = edit(text, random);
      let patched = patchQuickly(a, next, {});
      if (patched && patched.model === a.model) inPlace++;
      patched ??= patchLines(a, next, {}) ?? analyzeText(next);
      assert.equal(seen(patched), seen(analyzeText(next)), `${shape}, edit ${k}`);
      a = patched;
      text = next;
    }
    // Most of these edits bind nothing new: they must really be patched in place.
    assert.ok(inPlace >= 30, `${inPlace} of 60 patched in place`);
  });
}

/**
 * One random big edit: a block of a few hundred lines copied from elsewhere in the
 * dump (chain lines and rules of many chains), pasted as it is or with its chains
 * renamed (new chains), or a region cut; never across a table header or COMMIT.
 */
function bigEdit(text: string, random: () => number, k: number): string {
  const lines = text.split('\n');
  const pick = (): number => 1 + Math.floor(random() * (lines.length - 3));
  const size = 50 + Math.floor(random() * 700);
  const from = pick();
  const block = lines.slice(from, Math.min(from + size, lines.length - 2)).filter((l) => !l.startsWith('*') && l !== 'COMMIT');
  const at = pick();
  const r = random();
  const cut = lines.slice(at, Math.min(at + size, lines.length - 2));
  if (r < 0.35 && !cut.some((l) => l.startsWith('*') || l === 'COMMIT')) lines.splice(at, cut.length);
  else if (r < 0.7) lines.splice(at, 0, ...block);
  else lines.splice(at, 0, ...block.map((l) => l.replace(/^(-A |:)(\S+)/, `$1$2-P${k}`)));
  return lines.join('\n');
}

for (const shape of ['kube-proxy', 'docker', 'firewall'] as const) {
  test(`${shape}: 8 pastes and cuts of hundreds of lines, spliced, always equal to a full analysis`, () => {
    const random = seededRandom(shape.length * 104729);
    let text = generateDump(shape, 1500);
    let a = analyzeText(text);
    let inPlace = 0;
    for (let k = 0; k < 8; k++) {
      const next = bigEdit(text, random, k);
      // On a keystroke, or at the pause when the findings to check again are too many for a keystroke.
      let patched = patchQuickly(a, next, {}) ?? patchLines(a, next, {});
      if (patched && patched.model === a.model) inPlace++;
      patched ??= analyzeText(next);
      assert.equal(seen(patched), seen(analyzeText(next)), `${shape}, edit ${k}`);
      a = patched;
      text = next;
    }
    assert.ok(inPlace >= 6, `${inPlace} of 8 spliced in place`);
  });
}
