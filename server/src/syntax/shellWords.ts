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
  /** The last physical line it covers (it starts on the line it was read from). */
  lastLine: number;
  /** Heredoc delimiters opened on this line (`<<EOF`, `<<-'EOF'`), in order. */
  heredocs: Array<{ delimiter: string; stripTabs: boolean }>;
}

const operatorChars = new Set([';', '&', '|', '(', ')', '<', '>']);
/** Operators of two characters, keyed by their first one. */
const twoCharOperators = new Set(['&&', '||', ';;', '<<', '>>', '>&', '<&', '&>', '|&']);

/** Reads one logical line starting at `startLine` (continuations and open quotes join lines). */
export function readShellLine(lines: readonly string[], startLine: number): ShellLogicalLine {
  return new ShellLineReader(lines, startLine).read();
}

/** The word being read: its text after quote removal and what it holds. */
interface WordState {
  value: string;
  quoted: boolean;
  substitution: boolean;
  unterminated: boolean;
  variables: VariableRef[];
}

class ShellLineReader {
  private line: number;
  private col = 0;
  private text: string;
  private readonly tokens: ShellToken[] = [];
  private readonly heredocs: ShellLogicalLine['heredocs'] = [];
  private expectHeredoc = false;

  constructor(private readonly lines: readonly string[], startLine: number) {
    this.line = startLine;
    this.text = lines[startLine] ?? '';
  }

  read(): ShellLogicalLine {
    while (!this.atEnd()) {
      const ch = this.text[this.col];
      if (ch === ' ' || ch === '\t' || ch === '\r') {
        this.col++;
        continue;
      }
      if (ch === '\\' && this.col + 1 >= this.text.length) {
        // Line continuation between words.
        if (!this.nextLine()) {
          this.col++;
          break;
        }
        continue;
      }
      if (ch === '#') {
        this.tokens.push({ kind: 'comment', range: { start: this.pos(), end: { line: this.line, character: this.text.length } } });
        this.col = this.text.length;
        break;
      }
      if (operatorChars.has(ch)) this.readOperator(ch);
      else this.readWord();
    }
    return { tokens: this.tokens, lastLine: this.line, heredocs: this.heredocs };
  }

  private pos(): Position {
    return { line: this.line, character: this.col };
  }

  private atEnd(): boolean {
    return this.col >= this.text.length;
  }

  private nextLine(): boolean {
    if (this.line + 1 >= this.lines.length) return false;
    this.line++;
    this.col = 0;
    this.text = this.lines[this.line];
    return true;
  }

  private readOperator(ch: string): void {
    const { text, col } = this;
    const start = this.pos();
    let op = ch;
    // `<<<` is a here-string (the next word is the input), not a heredoc.
    if (ch === '<' && text[col + 1] === '<' && text[col + 2] === '<') op = '<<<';
    else if (ch === '<' && text[col + 1] === '<' && text[col + 2] === '-') op = '<<-';
    else if (col + 1 < text.length && twoCharOperators.has(ch + text[col + 1])) op = ch + text[col + 1];
    this.col += op.length;
    this.tokens.push({ kind: 'op', text: op, range: { start, end: this.pos() } });
    if (op === '<<' || op === '<<-') {
      this.expectHeredoc = true;
      this.heredocs.push({ delimiter: '', stripTabs: op === '<<-' });
    }
  }

  private readWord(): void {
    const start = this.pos();
    const w: WordState = { value: '', quoted: false, substitution: false, unterminated: false, variables: [] };
    while (!this.atEnd()) {
      const c = this.text[this.col];
      if (c === ' ' || c === '\t' || c === '\r' || operatorChars.has(c)) break;
      if (c === '\\') {
        if (this.col + 1 >= this.text.length) {
          if (!this.nextLine()) {
            this.col++;
            break;
          }
          continue;
        }
        w.value += this.text[this.col + 1];
        this.col += 2;
      } else if (c === "'") {
        this.readSingleQuoted(w);
      } else if (c === '"') {
        this.readDoubleQuoted(w);
      } else if (c === '$') {
        this.readVariable(w);
      } else if (c === '`') {
        this.readBackquoted(w);
      } else {
        w.value += c;
        this.col++;
      }
      if (w.unterminated) break;
    }
    const word: Word = { text: w.value, range: { start, end: this.pos() }, quoted: w.quoted };
    if (w.variables.length) word.variables = w.variables;
    if (w.substitution) word.substitution = true;
    if (w.unterminated) word.unterminated = true;
    if (this.expectHeredoc) {
      this.heredocs[this.heredocs.length - 1].delimiter = w.value;
      this.expectHeredoc = false;
    }
    this.tokens.push({ kind: 'word', word });
  }

  /** At `'`: everything up to the next `'` is literal, across lines. */
  private readSingleQuoted(w: WordState): void {
    w.quoted = true;
    let close = this.text.indexOf("'", this.col + 1);
    while (close < 0) {
      w.value += this.text.slice(this.col + 1) + '\n';
      if (!this.nextLine()) {
        w.unterminated = true;
        this.col = this.text.length;
        return;
      }
      this.col = -1;
      close = this.text.indexOf("'", 0);
    }
    w.value += this.text.slice(this.col + 1, close);
    this.col = close + 1;
  }

  /** At `"`: `\` escapes only $ ` " \ and the line break; $ and backquotes expand. */
  private readDoubleQuoted(w: WordState): void {
    w.quoted = true;
    this.col++;
    while (true) {
      if (this.atEnd()) {
        if (!this.nextLine()) {
          w.unterminated = true;
          return;
        }
        w.value += '\n';
        continue;
      }
      const { text, col } = this;
      const d = text[col];
      if (d === '"') {
        this.col++;
        return;
      }
      if (d === '\\' && col + 1 < text.length && '$`"\\'.includes(text[col + 1])) {
        w.value += text[col + 1];
        this.col += 2;
      } else if (d === '\\' && col + 1 >= text.length) {
        if (!this.nextLine()) {
          // A lone `\` ending the text: the quote stays open, but the word is kept as read.
          this.col++;
          return;
        }
      } else if (d === '$') {
        this.readVariable(w);
      } else if (d === '`') {
        this.readBackquoted(w);
      } else {
        w.value += d;
        this.col++;
      }
    }
  }

  /** At a backquote: the command substitution up to the closing one (on this line) is kept as written. */
  private readBackquoted(w: WordState): void {
    const close = this.text.indexOf('`', this.col + 1);
    const end = close < 0 ? this.text.length : close + 1;
    w.value += this.text.slice(this.col, end);
    this.col = end;
    w.substitution = true;
  }

  /** At `$`: a variable is kept as written and its name recorded; `$(...)` marks a substitution. */
  private readVariable(w: WordState): void {
    const { text, col } = this;
    const vstart = this.pos();
    const next = text[col + 1];
    if (next === '{') {
      const close = text.indexOf('}', col + 2);
      const end = close < 0 ? text.length : close + 1;
      const inner = text.slice(col + 2, close < 0 ? text.length : close);
      const name = /^[#!]?([A-Za-z_][A-Za-z0-9_]*|[0-9]+|[@*#?$!-])/.exec(inner)?.[1] ?? inner;
      w.value += text.slice(col, end);
      this.col = end;
      w.variables.push({ name, range: { start: vstart, end: this.pos() } });
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
      w.value += text.slice(col, end);
      this.col = end;
      w.substitution = true;
      return;
    }
    const m = /^([A-Za-z_][A-Za-z0-9_]*|[0-9]|[@*#?$!-])/.exec(text.slice(col + 1, col + 65));
    if (!m) {
      w.value += '$';
      this.col++;
      return;
    }
    w.value += '$' + m[1];
    this.col += 1 + m[1].length;
    w.variables.push({ name: m[1], range: { start: vstart, end: this.pos() } });
  }
}
