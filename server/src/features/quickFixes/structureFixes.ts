// Fixes for structural findings: declare a chain, add COMMIT, remove a rule, whitespace.
import { chainSymbol } from '../../analysis/model';
import { chainNameFaults } from '../../analysis/chainNames';
import type { Finding } from '../../analysis/finding';
import type { RuleNode } from '../../syntax/ast';
import { contains } from '../../syntax/position';
import { rulesOnLine } from '../../syntax/lookup';
import { sameRange } from '../../syntax/position';
import { deleteLines, insertLineAfter, insertLineBefore } from './lineEdits';
import type { Fix, FixContext, FixProvider } from './types';

/** The rule holding the finding: a script line `a ; b` has two. */
function ruleAt(ctx: FixContext, finding: Finding): RuleNode | undefined {
  const rules = rulesOnLine(ctx.model.parsed, finding.range.start.line);
  return rules.find((r) => contains(r.range, finding.range.start)) ?? rules[0];
}

/** `:NAME - [0:0]` after the block's last chain line (restore) or `iptables -N NAME` before the line (scripts). */
function declareChain(ctx: FixContext, rule: RuleNode, name: string): Fix | undefined {
  const table = rule.table;
  // A name the line could not hold as written, or that iptables refuses, gets no fix.
  if (!table || !name || /[\s"'\\]/.test(name) || chainNameFaults(name, rule.origin === 'command' ? 'new' : 'restore').length) return undefined;
  if (rule.origin === 'command') {
    const program = rule.program?.text ?? 'iptables';
    const line = rule.range.start.line;
    const indent = /^\s*/.exec(ctx.lines[line])![0];
    const sudo = rule.prefix.some((w) => w.text === 'sudo') ? 'sudo ' : '';
    return { title: `Create chain ${name} with -N`, edits: [insertLineBefore(line, `${indent}${sudo}${program}${table === 'filter' ? '' : ` -t ${table}`} -N ${name}`)] };
  }
  const block = ctx.model.parsed.tables.find((t) => t.header.range.start.line <= rule.range.start.line && ctx.model.parsed.nodes[t.lastNode].range.end.line >= rule.range.start.line);
  if (!block) return undefined;
  let after = block.header.range.start.line;
  for (let n = block.firstNode; n <= block.lastNode; n++) {
    const node = ctx.model.parsed.nodes[n];
    if (node.kind === 'chain' && node.range.start.line < rule.range.start.line) after = node.range.start.line;
  }
  return { title: `Declare chain ${name} (:${name} - [0:0])`, edits: [insertLineAfter(after, ctx.lines[after].length, `:${name} - [0:0]`)], preferred: true };
}

const declareMissing: FixProvider = (finding, ctx) => {
  const rule = ruleAt(ctx, finding);
  if (!rule) return [];
  // The chain or target word the finding is on: its text has the quotes removed.
  const word = [rule.chain, rule.target?.nameWord].find((w) => w && sameRange(w.range, finding.range));
  if (!word) return [];
  const name = word.text;
  const later = rule.table ? chainSymbol(ctx.model, rule.table, name, rule.programFamily)?.declarations.find((d) => d.word.range.start.line > rule.range.start.line) : undefined;
  if (later) {
    // Declared further down: move that declaration up instead of adding a second one.
    const line = later.word.range.start.line;
    const node = ctx.model.parsed.nodes[ctx.model.parsed.nodeAtLine[line]];
    if (node?.kind === 'chain') {
      const fix = declareChain(ctx, rule, name);
      if (fix) return [{ title: `Move the declaration of ${name} up`, edits: [...fix.edits, deleteLines(line, line, ctx.lines.length)], preferred: true }];
    }
    return [];
  }
  const fix = declareChain(ctx, rule, name);
  return fix ? [fix] : [];
};

const addCommit: FixProvider = (finding, ctx) => {
  const block = ctx.model.parsed.tables.find((t) => t.header.name.range.start.line === finding.range.start.line);
  if (!block) return [];
  // After the block's last non-blank line.
  let last = ctx.model.parsed.nodes[block.lastNode].range.end.line;
  while (last > block.header.range.start.line && ctx.lines[last].trim() === '') last--;
  return [{ title: 'Add COMMIT at the end of the table', edits: [insertLineAfter(last, ctx.lines[last].length, 'COMMIT')], preferred: true }];
};

const removeRule: FixProvider = (finding, ctx) => {
  const rule = ruleAt(ctx, finding);
  if (!rule) return [];
  return [{ title: 'Remove this rule', edits: [deleteLines(rule.range.start.line, rule.range.end.line, ctx.lines.length)], preferred: finding.code === 'duplicate-rule' }];
};

const trimLine: FixProvider = (finding, ctx) => {
  const line = finding.range.start.line;
  const text = ctx.lines[line];
  const fixed = finding.code === 'whitespace-line' ? '' : text.trim();
  return [{ title: 'Remove the stray spaces', edits: [{ range: { start: { line, character: 0 }, end: { line, character: text.length } }, newText: fixed }], preferred: true }];
};

/** Every CR LF in the file becomes LF. */
const toLf: FixProvider = (_finding, ctx) => {
  const edits = [];
  for (let line = 0; line + 1 < ctx.lines.length; line++) {
    const text = ctx.lines[line];
    if (text.endsWith('\r')) edits.push({ range: { start: { line, character: text.length - 1 }, end: { line: line + 1, character: 0 } }, newText: '\n' });
  }
  return edits.length ? [{ title: 'Convert the file to LF line endings', edits, preferred: true }] : [];
};

export const structureFixes: Record<string, FixProvider> = {
  'undeclared-chain': declareMissing,
  'unknown-target': declareMissing,
  'missing-commit': addCommit,
  'duplicate-rule': removeRule,
  'unreachable-rule': removeRule,
  'shadowed-rule': removeRule,
  'whitespace-line': trimLine,
  'commit-trailing-space': trimLine,
  'indented-comment': trimLine,
  'indented-line': trimLine,
  'crlf-line-ending': toLf,
};
