// Re-analysis after an edit. Typing inside one rule of a restore file (a port,
// an address, a comment) changes nothing that other lines depend on, as long as
// the rule keeps its chain, command and target and no finding of another line
// points into it: then only that line is parsed again and only its own checks
// and its chain's order checks run again. Anything else gets a full analysis.
import { catalogGrammar } from '../catalog/grammar';
import type { Family, RuleNode } from '../syntax/ast';
import { detectFormat, familyFromText, splitLines } from '../syntax/parse';
import { parseRestoreLine } from '../syntax/restoreLines';
import type { Word } from '../syntax/word';
import { gatherFindings, type Analysis } from './analyze';
import { stopsEveryPacket } from './chainGraph';
import { ruleCommands } from './checks/commands';
import { runKey } from './checks/lints';
import type { Finding } from './finding';
import type { FamilyChoice } from './model';
import { forgetSignature } from './ruleSignature';

/**
 * What other lines see of a rule: the chain it goes to, the command, its operands,
 * where it jumps and whether it ends the chain for every packet.
 */
function bindingKey(rule: RuleNode, family: Family): string {
  const t = rule.target;
  const chainFirst = !t || !rule.chain || rule.chain.range.start.character < t.nameWord.range.start.character;
  return [
    rule.table,
    rule.command?.name,
    rule.chain?.text,
    rule.operands.map((w) => w.text).join(' '),
    t ? `${t.kind} ${t.extension} ${t.name}` : '',
    stopsEveryPacket(rule, family),
    chainFirst,
  ].join('\u0000');
}

function eligible(rule: RuleNode): boolean {
  return (
    rule.table !== undefined &&
    !rule.otherFamily &&
    // Commands that carry a rule only: no declarations, no rule numbers elsewhere depend on it.
    ruleCommands.has(rule.command?.name ?? '') &&
    // -4 / -6 decide whether iptables-restore reads the line at all.
    !rule.options.some((o) => o.name === '--ipv4' || o.name === '--ipv6')
  );
}

function sameHint(a: ReturnType<typeof familyFromText>, b: ReturnType<typeof familyFromText>): boolean {
  return a?.family === b?.family && a?.reason === b?.reason && a?.guessed === b?.guessed;
}

function sameChoice(a: FamilyChoice, b: FamilyChoice): boolean {
  return a.forced === b.forced && a.fileName === b.fileName && a.external === b.external;
}

/** Gives the old object the new one's content, so every holder of the old one sees the new content. */
function becomes<T extends object>(old: T, fresh: T): void {
  const o = old as Record<string, unknown>;
  for (const key of Object.keys(o)) if (!(key in fresh)) delete o[key];
  Object.assign(old, fresh);
}

/**
 * The chain and target words are held by references and jump edges: keep those
 * objects, with the new text and place, everywhere the new rule uses its own.
 */
function keepBindingWords(old: RuleNode, fresh: RuleNode): void {
  const swaps = new Map<Word, Word>();
  if (old.chain && fresh.chain) swaps.set(fresh.chain, old.chain);
  if (old.target && fresh.target) swaps.set(fresh.target.nameWord, old.target.nameWord);
  for (const [f, o] of swaps) becomes(o, f);
  const swap = (w: Word): Word => swaps.get(w) ?? w;
  if (fresh.chain) fresh.chain = swap(fresh.chain);
  if (fresh.target) fresh.target.nameWord = swap(fresh.target.nameWord);
  for (const option of fresh.options) option.args = option.args.map(swap);
}

/** Does a finding point at the line, by its range or a related place? */
function touches(f: Finding, line: number): boolean {
  return f.range.start.line <= line && f.range.end.line >= line || (f.related?.some((r) => !r.uri && r.range.start.line === line) ?? false);
}

/** The fast path alone: the patched analysis, or nothing when the edit needs a full analysis. */
export function patchOneRule(previous: Analysis, text: string, choice: FamilyChoice): Analysis | undefined {
  const { model, parts } = previous;
  const parsed = model.parsed;
  if (parsed.format !== 'restore' || !sameChoice(parts.choice, choice)) return undefined;
  const lines = splitLines(text);
  const old = parsed.lines;
  if (lines.length !== old.length) return undefined;
  let line = -1;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] === old[i]) continue;
    if (line >= 0) return undefined;
    line = i;
  }
  if (line < 0) return previous;
  const now = lines[line];
  // A CR LF finding is shared by all such lines; the format and family are read from the whole text.
  if (now.endsWith('\r') || old[line].endsWith('\r')) return undefined;
  if (detectFormat(lines) !== 'restore' || !sameHint(familyFromText(lines), parsed.familyHint)) return undefined;

  const n = parsed.nodeAtLine[line];
  const node = parsed.nodes[n];
  if (node?.kind !== 'rule' || !eligible(node)) return undefined;
  // A copy, not a slice of the new text: the words live on in the model and would keep each version's whole text alive.
  const fresh = parseRestoreLine([...now].join(''), line, { table: node.table }, catalogGrammar);
  if (fresh.kind !== 'rule' || !eligible(fresh)) return undefined;
  const family = node.programFamily ?? model.family;
  if (bindingKey(fresh, family) !== bindingKey(node, family)) return undefined;
  const keyOf = runKey(model);
  const runs = model.references.filter((r) => r.node === n && parts.runs.has(keyOf(r))).map(keyOf);
  // Findings made elsewhere that point into this line (structure, loops, paths) would keep old places: start over.
  if (parts.document.some((f) => touches(f, line))) return undefined;
  for (const [rule, found] of parts.byRule) if (rule !== node && found.some((f) => touches(f, line))) return undefined;
  for (const [key, found] of parts.byRun) if (!runs.includes(key) && found.some((f) => touches(f, line))) return undefined;

  const oldProblems = new Set(node.problems);
  parts.lineProblems = parts.lineProblems.filter((p) => !oldProblems.has(p)).concat(fresh.problems);
  keepBindingWords(node, fresh);
  becomes(node, fresh);
  // The node is the same object with new content: its kept signature is stale.
  forgetSignature(node);
  (parsed as { lines: readonly string[] }).lines = lines;
  for (const key of runs) {
    const found = parts.checkRun(parts.runs.get(key)!);
    if (found.length) parts.byRun.set(key, found);
    else parts.byRun.delete(key);
  }
  const found = parts.checkRule(node);
  if (found.length) parts.byRule.set(node, found);
  else parts.byRule.delete(node);
  return { model, findings: gatherFindings(parts), parts };
}
