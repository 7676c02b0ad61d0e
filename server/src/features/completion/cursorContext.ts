// Where the cursor is, read from the text of its line (the parsed nodes never
// hold half-typed words, so the words are split again here): a restore line
// start, a `*table` or `:chain` line, or a rule with the words before the
// cursor. The nodes only supply the surroundings: table block, family.
import type { DocumentModel } from '../../analysis/model';
import type { Family, LineNode, RuleNode } from '../../syntax/ast';
import { rangeOnLine, samePosition, type Position, type Range } from '../../syntax/position';
import { programWordIndex, ruleProgramFamily } from '../../syntax/programs';
import { commandSeparators } from '../../syntax/scriptParser';
import { splitRestoreWords } from '../../syntax/restoreWords';
import { readShellLine, type ShellToken } from '../../syntax/shellWords';
import type { Word } from '../../syntax/word';
import { nodesOnLine, rulesOnLine } from '../../syntax/lookup';
import { continuedLines, linePrefix, nodeIndexAtOrBefore, openBlockAt } from './lines';

/** The part of a word already typed, and the range a chosen item replaces. */
export interface Typed {
  text: string;
  range: Range;
}

export interface RuleContext {
  kind: 'rule';
  origin: 'restore' | 'command';
  /** Complete words before the one being typed, as iptables receives them. */
  words: Word[];
  typed: Typed;
  /** Table in effect for the rule (restore block, or -t / filter on a command line). */
  table?: string;
  family: Family;
  line: number;
}

export type CursorContext =
  /** First word of a restore line. `indented` lines cannot be `*`, `:` or COMMIT lines. */
  | { kind: 'lineStart'; typed: Typed; table?: string; indented: boolean; line: number }
  /** After `*` on a table line. */
  | { kind: 'tableName'; typed: Typed }
  /** After `:` on a chain line. */
  | { kind: 'chainName'; typed: Typed; table?: string; line: number }
  /** The policy word of `:NAME POLICY`. */
  | { kind: 'chainPolicy'; typed: Typed; table?: string; chain: string }
  | RuleContext;

export function cursorContext(model: DocumentModel, position: Position): CursorContext | undefined {
  if (model.parsed.format === 'restore') {
    const prefix = linePrefix(model.parsed, position.line, position.character);
    return prefix === undefined ? undefined : restoreContext(model, prefix, position.line);
  }
  if (isRestoreLineInScript(model, position.line)) {
    const prefix = linePrefix(model.parsed, position.line, position.character);
    if (prefix === undefined) return undefined;
    // `<<-` heredocs lose their leading tabs before iptables-restore reads them.
    const tabs = /^\t*/.exec(prefix)![0].length;
    const ctx = restoreContext(model, prefix.slice(tabs), position.line);
    if (ctx && tabs) ctx.typed.range = shiftRange(ctx.typed.range, 0, tabs);
    return ctx;
  }
  return scriptContext(model, position);
}

function shiftRange(r: Range, lines: number, columns: number): Range {
  return {
    start: { line: r.start.line + lines, character: r.start.character + columns },
    end: { line: r.end.line + lines, character: r.end.character + columns },
  };
}

function typedAt(line: number, text: string, start: number, end: number): Typed {
  return { text, range: rangeOnLine(line, start, end) };
}

function restoreContext(model: DocumentModel, prefix: string, line: number): CursorContext | undefined {
  const end = prefix.length;
  if (prefix.startsWith('#')) return undefined;
  const block = openBlockAt(model, line);
  const table = block?.name;
  if (prefix.startsWith('*')) {
    if (/\s/.test(prefix)) return undefined;
    return { kind: 'tableName', typed: typedAt(line, prefix.slice(1), 1, end) };
  }
  if (prefix.startsWith(':')) {
    const parts = [...prefix.slice(1).matchAll(/[^ \t]+/g)];
    const trailingSpace = /[ \t]$/.test(prefix) || prefix === ':';
    const complete = trailingSpace ? parts : parts.slice(0, -1);
    if (prefix === ':' || (complete.length === 0 && parts.length === 1 && parts[0].index === 0)) {
      return { kind: 'chainName', typed: typedAt(line, prefix.slice(1), 1, end), table, line };
    }
    if (complete.length === 1 && complete[0].index === 0) {
      const typedText = trailingSpace ? '' : parts[1][0];
      return { kind: 'chainPolicy', typed: typedAt(line, typedText, end - typedText.length, end), table, chain: complete[0][0] };
    }
    return undefined;
  }

  const indent = /^[ \t]*/.exec(prefix)![0].length;
  let from = indent;
  let counters = false;
  if (prefix[indent] === '[') {
    const close = prefix.indexOf(']', indent);
    if (close < 0) return undefined; // still typing the counters
    from = close + 1;
    counters = true;
  }
  const words = splitRestoreWords(prefix, { line }, from);
  const typed = takeTyped(words, line, end);
  if (!typed) return undefined;
  if (words.length === 0 && !counters) {
    return { kind: 'lineStart', typed, table, indented: indent > 0, line };
  }
  const rule = ruleOnLine(model, line, 'restore');
  return { kind: 'rule', origin: 'restore', words, typed, table: rule?.table ?? table, family: model.family, line };
}

/**
 * Splits off the word under the cursor: the last word when it touches the
 * cursor, else an empty word at the cursor. Undefined for a quoted word
 * (free text, nothing to offer). `--name=val` is split at the `=`.
 */
function takeTyped(words: Word[], line: number, end: number): Typed | undefined {
  const last = words[words.length - 1];
  if (!last || last.range.end.line !== line || last.range.end.character !== end) return typedAt(line, '', end, end);
  if (last.quoted || last.unterminated) return undefined;
  words.pop();
  const start = last.range.start.character;
  const eq = last.text.indexOf('=');
  if (last.text.startsWith('--') && eq > 2) {
    // `--log-level=in`: the option is complete, its value is being typed.
    words.push({ text: last.text.slice(0, eq), range: rangeOnLine(line, start, start + eq), quoted: false });
    return typedAt(line, last.text.slice(eq + 1), start + eq + 1, end);
  }
  return typedAt(line, last.text, start, end);
}

function scriptContext(model: DocumentModel, position: Position): RuleContext | undefined {
  const span = continuedLines(model.parsed, position.line, position.character);
  if (!span) return undefined;
  const shell = readShellLine(span.lines, 0);
  const tokens = shell.tokens.map((t) => shiftToken(t, span.first));
  if (tokens.some((t) => t.kind === 'comment')) return undefined;
  // Only the last simple command of the line matters: `a && iptables ...`.
  let from = 0;
  tokens.forEach((t, k) => {
    if (t.kind === 'op' && commandSeparators.has(t.text)) from = k + 1;
  });
  const command = tokens.slice(from);
  if (command.some((t) => t.kind !== 'word')) return undefined; // after a redirection: a file name
  const words = command.map((t) => (t as { kind: 'word'; word: Word }).word);

  // Skip what may stand before the program, as the parser does: assignments, sudo and its flags...
  const k = programWordIndex(words);
  const program = words[k];
  if (!program) return undefined;
  // The cursor on the program word itself: nothing to offer.
  if (samePosition(program.range.end, position)) return undefined;
  const ruleWords = words.slice(k + 1);
  const typed = takeTyped(ruleWords, position.line, position.character);
  if (!typed) return undefined;

  const rule = commandRuleAt(model, position.line, program);
  const family = ruleProgramFamily(program.text) ?? rule?.programFamily;
  if (!family) return undefined;
  return { kind: 'rule', origin: 'command', words: ruleWords, typed, table: rule?.table ?? tableOption(ruleWords), family, line: position.line };
}


function shiftToken(t: ShellToken, lines: number): ShellToken {
  if (lines === 0) return t;
  if (t.kind === 'word') return { kind: 'word', word: { ...t.word, range: shiftRange(t.word.range, lines, 0) } };
  return { ...t, range: shiftRange(t.range, lines, 0) };
}

/** `-t nat` among the words typed so far; filter by default, as iptables. */
function tableOption(words: readonly Word[]): string {
  for (let i = 0; i < words.length - 1; i++) {
    if (words[i].text === '-t' || words[i].text === '--table') return words[i + 1].text;
    if (/^-t\S/.test(words[i].text)) return words[i].text.slice(2);
  }
  return 'filter';
}

/** The parsed command rule whose program word is `program` (it knows the whole line, -t after the cursor too). */
function commandRuleAt(model: DocumentModel, line: number, program: Word): RuleNode | undefined {
  for (const node of nodesAround(model, line)) {
    if (node.kind !== 'rule' || node.origin !== 'command' || !node.program) continue;
    if (samePosition(node.program.range.start, program.range.start)) return node;
  }
  return undefined;
}

/** Nodes on the line, or the node of a command continued from lines above. */
function nodesAround(model: DocumentModel, line: number): LineNode[] {
  const on = nodesOnLine(model.parsed, line);
  if (on.length) return on;
  const index = nodeIndexAtOrBefore(model, line);
  const node = model.parsed.nodes[index];
  return node && node.range.end.line >= line ? [node] : [];
}

function ruleOnLine(model: DocumentModel, line: number, origin: 'restore' | 'command'): RuleNode | undefined {
  return rulesOnLine(model.parsed, line).find((rule) => rule.origin === origin);
}

/** A script line fed to iptables-restore through a heredoc (the script parser marks those lines). */
function isRestoreLineInScript(model: DocumentModel, line: number): boolean {
  return model.parsed.restoreInput?.some((span) => span.first <= line && line <= span.last) ?? false;
}
