// Reads shell scripts: iptables command lines become rules (with -t choosing
// the table), `NAME=value` lines are remembered, heredocs fed to
// iptables-restore are read as restore input, and every other line is left alone.
import type { AssignmentNode, Family, LineNode, LineSpan } from './ast';
import { givenFamily } from './programFamily';
import type { ExtensionGrammar } from './extensionGrammar';
import { pushAll } from './lists';
import { rangeOnLine, spanning, type Range } from './position';
import { assignmentWord, programWordIndex, restoreProgramFamily, ruleProgramFamily } from './programs';
import { parseRestoreLine, type RestoreState } from './restoreLines';
import { parseRuleWords, ruleNode } from './ruleParser';
import { readShellLine, type ShellToken } from './shellWords';
import type { Word } from './word';

export interface ScriptResult {
  nodes: LineNode[];
  /** Families named by the programs used (iptables vs ip6tables). */
  programFamilies: Set<Family>;
  /** The body lines of heredocs fed to iptables-restore (delimiter lines excluded). */
  restoreInput: LineSpan[];
  /** The body lines of every heredoc: input for a program, not shell commands. */
  heredocBodies: LineSpan[];
}

/** Operators that end one simple command and may start another. */
export const commandSeparators: ReadonlySet<string> = new Set([';', '&&', '||', '|', '&', '(', ')', ';;', '|&']);

export function parseScript(lines: readonly string[], grammar: ExtensionGrammar, start = 0, end = lines.length): ScriptResult {
  const nodes: LineNode[] = [];
  const programFamilies = new Set<Family>();
  const restoreInput: LineSpan[] = [];
  const heredocBodies: LineSpan[] = [];
  /** Variables whose value names an iptables program (`IPT=/sbin/iptables`). */
  const programVariables = new Map<string, Family>();
  let line = start;
  while (line < end) {
    const text = lines[line];
    if (/^\s*$/.test(text)) {
      nodes.push({ kind: 'blank', range: rangeOnLine(line, 0, text.length), problems: [] });
      line++;
      continue;
    }
    const logical = readShellLine(lines, line);
    const before = nodes.length;
    let heredocProgram: Family | undefined;
    // `cat <<EOF | iptables-restore`: a heredoc earlier in the pipeline feeds the restore program too.
    let heredocInPipeline = false;
    for (const { tokens: command, piped } of splitCommands(logical.tokens)) {
      heredocInPipeline = (piped && heredocInPipeline) || readsHeredoc(command);
      const node = readSimpleCommand(command, grammar, programVariables, programFamilies, heredocInPipeline);
      if (node && 'family' in node) heredocProgram = node.family;
      else if (node) pushAll(nodes, node);
    }
    const range: Range = { start: { line, character: 0 }, end: { line: logical.lastLine, character: lines[logical.lastLine].length } };
    const comment = logical.tokens.find((t) => t.kind === 'comment');
    if (nodes.length === before) {
      if (comment && logical.tokens.length === 1) nodes.push({ kind: 'comment', range, text: lines[line].slice(comment.range.start.character + 1), problems: [] });
      else nodes.push({ kind: 'shell', range, problems: [] });
    }
    line = logical.lastLine + 1;
    for (const doc of logical.heredocs) {
      // Body lines up to the delimiter; restore input when fed to iptables-restore.
      const state: RestoreState = {};
      const first = line;
      let closed = false;
      while (line < end) {
        const body = lines[line];
        const bare = doc.stripTabs ? body.replace(/^\t+/, '') : body;
        if (bare === doc.delimiter || bare === `${doc.delimiter}\r`) {
          nodes.push({ kind: 'shell', range: rangeOnLine(line, 0, body.length), problems: [] });
          line++;
          closed = true;
          break;
        }
        if (heredocProgram) {
          // `<<-` strips leading tabs before iptables-restore reads the line; keep columns of the file.
          const node = parseRestoreLine(body, line, state, grammar, body.length - bare.length);
          // The lines are for that program's family, whatever the rest of the script uses.
          givenFamily(node, heredocProgram);
          nodes.push(node);
        } else {
          nodes.push({ kind: 'shell', range: rangeOnLine(line, 0, body.length), problems: [] });
        }
        line++;
      }
      if (heredocProgram) programFamilies.add(heredocProgram);
      // Up to the delimiter, or to the end of a heredoc never closed.
      const last = closed ? line - 2 : line - 1;
      if (last >= first) {
        heredocBodies.push({ first, last });
        if (heredocProgram) restoreInput.push({ first, last });
      }
    }
  }
  return { nodes, programFamilies, restoreInput, heredocBodies };
}

/** The simple commands of a line, each marked when a pipe feeds it the previous one's output. */
function* splitCommands(tokens: readonly ShellToken[]): Generator<{ tokens: ShellToken[]; piped: boolean }> {
  let current: ShellToken[] = [];
  let piped = false;
  for (const t of tokens) {
    if (t.kind === 'comment') continue;
    if (t.kind === 'op' && commandSeparators.has(t.text)) {
      if (current.length) yield { tokens: current, piped };
      current = [];
      piped = t.text === '|' || t.text === '|&';
      continue;
    }
    current.push(t);
  }
  if (current.length) yield { tokens: current, piped };
}

function readsHeredoc(tokens: readonly ShellToken[]): boolean {
  return tokens.some((t) => t.kind === 'op' && (t.text === '<<' || t.text === '<<-'));
}

function wordsUntilRedirect(tokens: readonly ShellToken[], from: number): Word[] {
  const words: Word[] = [];
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind === 'op') {
      k++; // a redirection's target word is not an argument
      continue;
    }
    if (t.kind === 'word') {
      // `2>/dev/null` splits into `2` `>` `/dev/null`: drop a lone fd number before a redirection.
      const next = tokens[k + 1];
      if (next && next.kind === 'op' && /^\d$/.test(t.word.text) && next.range.start.character === t.word.range.end.character) continue;
      words.push(t.word);
    }
  }
  return words;
}

/** Nodes for the command, or the family of an iptables-restore fed by a heredoc. */
type CommandResult = LineNode[] | { family: Family } | undefined;

function readSimpleCommand(
  tokens: ShellToken[],
  grammar: ExtensionGrammar,
  programVariables: Map<string, Family>,
  programFamilies: Set<Family>,
  /** A heredoc of this command, or of one piped into it, is what it reads. */
  fedByHeredoc: boolean,
): CommandResult {
  const leading: Word[] = [];
  for (const t of tokens) {
    if (t.kind !== 'word') break;
    leading.push(t.word);
  }
  const k = programWordIndex(leading);
  const prefix: Word[] = [];
  const assignments: AssignmentNode[] = [];
  for (const w of leading.slice(0, k)) {
    const m = assignmentWord.exec(w.text);
    if (m) {
      const nameRange: Range = { start: w.range.start, end: { line: w.range.start.line, character: w.range.start.character + m[1].length } };
      const valueText = w.text.slice(m[0].length);
      const valueRange: Range = { start: { line: w.range.start.line, character: w.range.start.character + m[0].length }, end: w.range.end };
      const value: Word = { ...w, text: valueText, range: valueRange };
      assignments.push({ kind: 'assignment', range: w.range, name: { text: m[1], range: nameRange, quoted: false }, value, problems: [] });
      const fam = ruleProgramFamily(valueText);
      if (fam) programVariables.set(m[1], fam);
      else programVariables.delete(m[1]);
      continue;
    }
    prefix.push(w);
  }
  const programToken = tokens[k];
  if (!programToken || programToken.kind !== 'word') return assignments.length ? assignments : undefined;
  const program = programToken.word;
  let family = ruleProgramFamily(program.text);
  if (!family && program.variables?.length === 1) {
    const name = program.variables[0].name;
    if (program.text === `$${name}` || program.text === `\${${name}}`) family = programVariables.get(name);
  }
  if (!family) {
    const restoreFamily = restoreProgramFamily(program.text);
    if (restoreFamily && fedByHeredoc) return { family: restoreFamily };
    return undefined;
  }
  programFamilies.add(family);
  const words = wordsUntilRedirect(tokens, k + 1);
  const parts = parseRuleWords(words, { origin: 'command', grammar });
  const last = words.length ? words[words.length - 1].range : program.range;
  const rule = ruleNode(
    { range: spanning(prefix[0]?.range ?? program.range, last), origin: 'command', prefix, program, programFamily: family, table: parts.table ? parts.table.args[0]?.text : 'filter' },
    parts,
  );
  if (!parts.command) {
    rule.problems.push({ code: 'no-command', message: `\`${program.text}\` needs a command such as -A, -I, -N or -P.`, range: program.range, severity: 'error' });
  }
  return [rule];
}
