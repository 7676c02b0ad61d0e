// Reads one line of iptables-restore input the way iptables-restore does:
// the first character decides (`#` comment, `*` table, `:` chain, `COMMIT`),
// anything else inside a table is a rule.
import type { ChainNode, CountersNode, LineNode, TableNode } from './ast';
import type { ExtensionGrammar } from './extensionGrammar';
import type { Problem } from './problem';
import { rangeOnLine, spanning, type Range } from './position';
import { plainWord, splitRestoreWords } from './restoreWords';
import { none } from './lists';
import { RestoreRule } from './restoreRule';
import { parseRuleWords } from './ruleParser';
import type { Row, Word } from './word';

/** State iptables-restore keeps between lines. */
export interface RestoreState {
  /** Name of the open table block, if any. */
  table?: string;
}

/** The CR LF problem; the document keeps one for all such lines (see parse.ts), saying how many more there are. */
export function crlfMessage(moreLines = 0, format: 'restore' | 'script' = 'restore'): string {
  const which = moreLines ? `This line and ${moreLines} more end` : 'This line ends';
  const effect = format === 'restore'
    ? 'iptables-restore fails on it'
    : 'the shell keeps the CR as part of the last word, so iptables is handed `ACCEPT\\r` instead of `ACCEPT` and the script fails';
  return `${which} in CR LF (Windows style); ${effect}. Save the file with LF line endings.`;
}

function error(code: string, message: string, range: Range): Problem {
  return { code, message, range, severity: 'error' };
}

/** Splits on spaces and tabs only, as strtok does for table and chain lines. */
function plainWords(text: string, row: Row, from: number): Word[] {
  const words: Word[] = [];
  const re = /[^ \t\r]+/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) words.push(plainWord(m[0], row, m.index, m.index + m[0].length));
  return words;
}

const counterShape = /^\[(\d+):(\d+)\]$/;

function parseCounters(word: Word, row: Row): CountersNode | undefined {
  const m = counterShape.exec(word.text);
  if (!m) return undefined;
  const { character } = word.range.start;
  const packets = plainWord(m[1], row, character + 1, character + 1 + m[1].length);
  const bytesStart = character + 2 + m[1].length;
  const bytes = plainWord(m[2], row, bytesStart, bytesStart + m[2].length);
  return { packets, bytes, range: word.range };
}

/**
 * `start` is where iptables-restore's view of the line begins: a heredoc fed
 * with `<<-` loses its leading tabs before iptables-restore reads it, yet our
 * ranges must stay those of the file.
 */
export function parseRestoreLine(text: string, line: number, state: RestoreState, grammar: ExtensionGrammar, start = 0): LineNode {
  const row: Row = { line };
  const whole = rangeOnLine(line, 0, text.length);
  const problems: Problem[] = [];
  if (text.endsWith('\r')) {
    problems.push(error('crlf-line-ending', crlfMessage(), rangeOnLine(line, text.length - 1, text.length)));
    text = text.slice(0, -1);
  }
  if (text.length <= start) return { kind: 'blank', range: whole, problems, row };
  const first = text[start];
  if (first === '#') return { kind: 'comment', range: whole, text: text.slice(start + 1), problems, row };

  let indent = start;
  while (indent < text.length && (text[indent] === ' ' || text[indent] === '\t')) indent++;
  if (indent === text.length) {
    problems.push(error('whitespace-line', 'A line holding only spaces or tabs is not empty for iptables-restore: it fails here. Remove the spaces.', whole));
    return { kind: 'blank', range: whole, problems, row };
  }
  const lead = text[indent];
  if (indent > start && lead === '#') {
    problems.push(error('indented-comment', 'iptables-restore only treats `#` as a comment in the first column; this indented comment is read as a rule and fails.', rangeOnLine(line, start, indent)));
    return { kind: 'comment', range: whole, text: text.slice(indent + 1), problems, row };
  }
  if (indent > start && (lead === '*' || lead === ':' || text.startsWith('COMMIT', indent))) {
    problems.push(error('indented-line', 'iptables-restore recognises table, chain and COMMIT lines only in the first column.', rangeOnLine(line, start, indent)));
  }

  if (text.startsWith('COMMIT', indent) && (text.length === indent + 6 || /[ \t]/.test(text[indent + 6]))) {
    const node = { kind: 'commit' as const, range: whole, problems, row };
    if (text.length > indent + 6) {
      problems.push(error('commit-trailing-space', 'Nothing may follow COMMIT, not even a space: iptables-restore then reads the line as a rule and fails.', rangeOnLine(line, indent + 6, text.length)));
    }
    if (state.table === undefined) {
      problems.push(error('commit-outside-table', 'COMMIT without an open table: start the block with a `*table` line first.', rangeOnLine(line, indent, indent + 6)));
    }
    state.table = undefined;
    return node;
  }
  if (lead === '*') return parseTableLine(text, row, indent, state, problems);
  if (lead === ':') return parseChainLine(text, row, indent, state, problems);
  return parseRuleLine(text, row, indent, state, grammar, problems);
}

function parseTableLine(text: string, row: Row, indent: number, state: RestoreState, problems: Problem[]): TableNode {
  const line = row.line;
  const words = plainWords(text, row, indent + 1);
  const nameStart = indent;
  const nameEnd = words.length ? words[0].range.end.character : indent + 1;
  const name = plainWord(words.length ? words[0].text : '', row, nameStart, nameEnd);
  if (!words.length) problems.push(error('missing-table-name', 'A `*` line needs a table name: filter, nat, mangle, raw or security.', name.range));
  if (state.table !== undefined) {
    problems.push(error('table-inside-table', `Table \`${state.table}\` is still open: put COMMIT before starting another table.`, name.range));
  }
  if (words.length > 1) {
    problems.push({ code: 'extra-words', message: 'iptables-restore ignores everything after the table name.', range: spanning(words[1].range, words[words.length - 1].range), severity: 'warning' });
  }
  // Even a faulty header opens the block, so the lines below are read in context.
  state.table = name.text;
  return { kind: 'table', range: rangeOnLine(line, 0, text.length), name, problems, row };
}

/**
 * A `:NAME POLICY [packets:bytes]` line keeps its row, name and problems; its
 * range, policy and counters are read from the line when asked. A dump has tens of
 * thousands of chain lines, and their words and ranges were 0.6 KB each.
 */
export class RestoreChainLine implements ChainNode {
  declare readonly kind: 'chain';
  declare programFamily?: ChainNode['programFamily'];

  /** `text` is the line without a CR; its words start after `indent` and the colon. */
  constructor(
    private readonly text: string,
    private readonly indent: number,
    readonly row: Row,
    readonly name: Word,
    readonly table: string | undefined,
    readonly problems: Problem[],
  ) {}

  get range(): Range {
    return rangeOnLine(this.row.line, 0, this.text.length);
  }

  get policy(): Word | undefined {
    return this.words()[1];
  }

  get counters(): CountersNode | undefined {
    const word = this.words()[2];
    return word && parseCounters(word, this.row);
  }

  private words(): Word[] {
    return plainWords(this.text, this.row, this.indent + 1);
  }
}

Object.defineProperty(RestoreChainLine.prototype, 'kind', { value: 'chain' });

function parseChainLine(text: string, row: Row, indent: number, state: RestoreState, problems: Problem[]): ChainNode {
  const line = row.line;
  const words = plainWords(text, row, indent + 1);
  const nameWord = words[0];
  const name = nameWord ?? plainWord('', row, indent, indent + 1);
  // Most of a dump's chain lines have no problem: they share the empty list.
  const node = (): ChainNode => new RestoreChainLine(text, indent, row, name, state.table, problems.length ? problems : none);
  if (!nameWord) {
    problems.push(error('missing-chain-name', 'A `:` line needs a chain name.', name.range));
    return node();
  }
  if (state.table === undefined) {
    problems.push(error('outside-table', 'Chain line outside a table: start the block with a `*table` line.', rangeOnLine(line, 0, text.length)));
  }
  if (!words[1]) problems.push(error('missing-policy', `\`:${name.text}\` needs a policy: ACCEPT or DROP for a built-in chain, \`-\` for a user chain.`, name.range));
  if (words[2] && !parseCounters(words[2], row)) {
    problems.push({ code: 'bad-counters', message: 'Counters must read `[packets:bytes]`, e.g. `[0:0]`; iptables-restore -c refuses this.', range: words[2].range, severity: 'warning' });
  }
  if (words.length > 3) {
    problems.push({ code: 'extra-words', message: 'iptables-restore ignores everything after the counters.', range: spanning(words[3].range, words[words.length - 1].range), severity: 'warning' });
  }
  return node();
}

function parseRuleLine(text: string, row: Row, indent: number, state: RestoreState, grammar: ExtensionGrammar, problems: Problem[]): RestoreRule {
  const line = row.line;
  let from = indent;
  let counters: CountersNode | undefined;
  if (text[indent] === '[') {
    const close = text.indexOf(']', indent);
    if (close < 0) {
      problems.push(error('bad-counters', 'The counter prefix needs a closing `]`: `[packets:bytes]`.', rangeOnLine(line, indent, text.length)));
      from = text.length;
    } else {
      const word = plainWord(text.slice(indent, close + 1), row, indent, close + 1);
      counters = parseCounters(word, row);
      if (!counters) {
        const message = word.text.includes(':')
          ? 'Counters must be two whole numbers: `[packets:bytes]`.'
          : 'The counter prefix needs a `:` between packets and bytes: `[packets:bytes]`.';
        problems.push({ code: 'bad-counters', message, range: word.range, severity: word.text.includes(':') ? 'warning' : 'error' });
      }
      from = close + 1;
    }
  }
  const words = splitRestoreWords(text, row, from);
  const parts = parseRuleWords(words, { origin: 'restore', grammar, transient: true });
  const all = problems.concat(parts.problems);
  if (state.table === undefined) {
    all.push(error('outside-table', 'Rule outside a table: iptables-restore needs a `*table` line before it.', rangeOnLine(line, 0, text.length)));
  } else if (!parts.command) {
    const first = words[0];
    all.push(error('no-command', first ? `\`${first.text}\` is not a command: a rule line starts with -A, -I, -D, -R, -N, -X, -F, -Z, -P or -E.` : 'This line has no command.', first ? first.range : rangeOnLine(line, 0, text.length)));
  }
  // Most rules have no problem: they share the frozen empty list (nothing adds to a rule's list after parsing; collapseCrlf only removes).
  const rule = new RestoreRule(text, from, grammar, row, state.table, parts, all.length ? all : none);
  if (counters) rule.counters = counters;
  return rule;
}
