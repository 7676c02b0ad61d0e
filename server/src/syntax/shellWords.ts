// Splits shell text into words and operators with exact ranges, following
// POSIX quoting: single quotes are literal, double quotes allow $ expansions
// and \ escapes, a backslash outside quotes escapes the next character, and
// backslash-newline continues the line. Nothing is ever executed.
import type { Position, Range } from './position';
import type { VariableRef, Word } from './word';

export type ShellToken =
  | { kind: 'word'; word: Word }
  | { kind: 'op'; text: string; range: Range }
  | { kind: 'comment'; range: Range };

export interface ShellLogicalLine {
  tokens: ShellToken[];
  firstLine: number;
  lastLine: number;
  /** Heredoc delimiters opened on this line (`<<EOF`, `<<-'EOF'`), in order. */
  heredocs: Array<{ delimiter: string; stripTabs: boolean }>;
}

const operatorChars = new Set([';', '&', '|', '(', ')', '<', '>']);

/** Reads one logical line starting at `startLine` (continuations and open quotes join lines). */
export function readShellLine(lines: readonly string[], startLine: number): ShellLogicalLine {
  const tokens: ShellToken[] = [];
  const heredocs: ShellLogicalLine['heredocs'] = [];
  let line = startLine;
  let col = 0;
  let text = lines[line] ?? '';
  const pos = (): Position => ({ line, character: col });
  const atEnd = () => col >= text.length;
  const nextLine = (): boolean => {
    if (line + 1 >= lines.length) return false;
    line++;
    col = 0;
    text = lines[line];
    return true;
  };
  let expectHeredoc = false;

  while (true) {
    if (atEnd()) break;
    const ch = text[col];
    if (ch === ' ' || ch === '\t' || ch === '\r') {
      col++;
      continue;
    }
    if (ch === '\\' && col + 1 >= text.length) {
      // Line continuation between words.
      if (!nextLine()) {
        col++;
        break;
      }
      continue;
    }
    if (ch === '#') {
      tokens.push({ kind: 'comment', range: { start: pos(), end: { line, character: text.length } } });
      col = text.length;
      break;
    }
    if (operatorChars.has(ch)) {
      const start = pos();
      let op = ch;
      const two = text.slice(col, col + 2);
      const three = text.slice(col, col + 3);
      if (three === '<<-') op = three;
      else if (['&&', '||', ';;', '<<', '>>', '>&', '<&', '&>', '|&'].includes(two)) op = two;
      col += op.length;
      tokens.push({ kind: 'op', text: op, range: { start, end: pos() } });
      if (op === '<<' || op === '<<-') {
        expectHeredoc = true;
        heredocs.push({ delimiter: '', stripTabs: op === '<<-' });
      }
      continue;
    }
    // A word.
    const start = pos();
    let value = '';
    let quoted = false;
    let substitution = false;
    let unterminated = false;
    const variables: VariableRef[] = [];
    const readVariable = (): void => {
      // text[col] === '$'
      const vstart = pos();
      const next = text[col + 1];
      if (next === '{') {
        const close = text.indexOf('}', col + 2);
        const end = close < 0 ? text.length : close + 1;
        const inner = text.slice(col + 2, close < 0 ? text.length : close);
        const name = /^[#!]?([A-Za-z_][A-Za-z0-9_]*|[0-9]+|[@*#?$!-])/.exec(inner)?.[1] ?? inner;
        value += text.slice(col, end);
        col = end;
        variables.push({ name, range: { start: vstart, end: pos() } });
        return;
      }
      if (next === '(') {
        // $(...) or $((...)): skip to the balancing parenthesis on this line.
        let depth = 0;
        let k = col + 1;
        for (; k < text.length; k++) {
          if (text[k] === '(') depth++;
          else if (text[k] === ')' && --depth === 0) break;
        }
        const end = Math.min(k + 1, text.length);
        value += text.slice(col, end);
        col = end;
        substitution = true;
        return;
      }
      const m = /^([A-Za-z_][A-Za-z0-9_]*|[0-9]|[@*#?$!-])/.exec(text.slice(col + 1, col + 65));
      if (!m) {
        value += '$';
        col++;
        return;
      }
      value += '$' + m[1];
      col += 1 + m[1].length;
      variables.push({ name: m[1], range: { start: vstart, end: pos() } });
    };
    while (!atEnd()) {
      const c = text[col];
      if (c === ' ' || c === '\t' || c === '\r' || operatorChars.has(c)) break;
      if (c === '\\') {
        if (col + 1 >= text.length) {
          if (!nextLine()) {
            col++;
            break;
          }
          continue;
        }
        value += text[col + 1];
        col += 2;
        continue;
      }
      if (c === "'") {
        quoted = true;
        let close = text.indexOf("'", col + 1);
        while (close < 0) {
          value += text.slice(col + 1) + '\n';
          if (!nextLine()) {
            unterminated = true;
            col = text.length;
            break;
          }
          col = -1;
          close = text.indexOf("'", 0);
        }
        if (unterminated) break;
        value += text.slice(col + 1, close);
        col = close + 1;
        continue;
      }
      if (c === '"') {
        quoted = true;
        col++;
        let closed = false;
        while (!closed) {
          if (atEnd()) {
            if (!nextLine()) {
              unterminated = true;
              break;
            }
            value += '\n';
            continue;
          }
          const d = text[col];
          if (d === '"') {
            col++;
            closed = true;
          } else if (d === '\\' && col + 1 < text.length && '$`"\\'.includes(text[col + 1])) {
            value += text[col + 1];
            col += 2;
          } else if (d === '\\' && col + 1 >= text.length) {
            if (!nextLine()) {
              col++;
              break;
            }
          } else if (d === '$') {
            readVariable();
          } else if (d === '`') {
            const close = text.indexOf('`', col + 1);
            const end = close < 0 ? text.length : close + 1;
            value += text.slice(col, end);
            col = end;
            substitution = true;
          } else {
            value += d;
            col++;
          }
        }
        if (unterminated) break;
        continue;
      }
      if (c === '$') {
        readVariable();
        continue;
      }
      if (c === '`') {
        const close = text.indexOf('`', col + 1);
        const end = close < 0 ? text.length : close + 1;
        value += text.slice(col, end);
        col = end;
        substitution = true;
        continue;
      }
      value += c;
      col++;
    }
    const word: Word = { text: value, range: { start, end: pos() }, quoted };
    if (variables.length) word.variables = variables;
    if (substitution) word.substitution = true;
    if (unterminated) word.unterminated = true;
    if (expectHeredoc) {
      heredocs[heredocs.length - 1].delimiter = value;
      expectHeredoc = false;
    }
    tokens.push({ kind: 'word', word });
  }
  return { tokens, firstLine: startLine, lastLine: line, heredocs };
}
