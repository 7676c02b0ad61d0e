// Entry point of the syntax layer: text in, ParsedDocument out. Never throws.
import type { Family, LineNode, LineSpan, ParsedDocument, RuleNode, TableBlock } from './ast';
import { noExtensions, type ExtensionGrammar } from './extensionGrammar';
import { programWordIndex, restoreProgramFamily, ruleProgramFamily } from './programs';
import { crlfMessage, parseRestoreLine, type RestoreState } from './restoreLines';
import { parseScript, type ScriptResult } from './scriptParser';
import { readShellLine } from './shellWords';
import type { Problem } from './problem';
import { rangeOnLine } from './position';

export interface ParseOptions {
  grammar?: ExtensionGrammar;
  /** Force a format instead of detecting it. */
  format?: 'restore' | 'script';
  /** The text's lines, when the caller has split it already (splitLines). */
  lines?: string[];
  /**
   * Restore input: called with each rule as soon as its line is read, while the
   * line's first reading is still at hand (so checks need not read it again).
   */
  onRule?: (rule: RuleNode) => void;
}

export function splitLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines.length && lines[0].charCodeAt(0) === 0xfeff) lines[0] = lines[0].slice(1);
  return lines;
}

/** Faults of the file as a whole that iptables-restore (legacy) trips over. */
function fileProblems(text: string, nodes: readonly LineNode[], problems: Problem[]): void {
  if (text.charCodeAt(0) === 0xfeff) {
    problems.push({ code: 'byte-order-mark', message: 'The file starts with a byte order mark (BOM); iptables-restore reads it as part of the first line and fails. Save the file as UTF-8 without BOM.', range: rangeOnLine(0, 0, 0), severity: 'error' });
  }
  const last = nodes[nodes.length - 1];
  if (last?.kind === 'commit' && !text.endsWith('\n')) {
    problems.push({ code: 'commit-without-newline', message: 'The last COMMIT has no line break after it: iptables-legacy-restore then refuses it ("Bad argument COMMIT"); iptables-nft-restore accepts it. End the file with a newline.', range: last.range, severity: 'warning' });
  }
}


/** A file is a script when a line runs an iptables program or it starts with `#!`. */
export function detectFormat(lines: readonly string[]): 'restore' | 'script' {
  if (lines[0]?.startsWith('#!')) return 'script';
  const limit = Math.min(lines.length, 2000);
  for (let i = 0; i < limit; i++) {
    const line = lines[i];
    const c = line[0];
    if (c === '*' || c === ':' || (c === '-' && line[1] !== '-' ) || line.startsWith('COMMIT') || c === '[') return 'restore';
    const words = line.trim().split(/\s+/).map((text) => ({ text }));
    const program = words[programWordIndex(words)]?.text;
    if (program && (ruleProgramFamily(program) || restoreProgramFamily(program) || /^\$\{?IP6?T/.test(program))) return 'script';
  }
  return 'restore';
}

export function parseDocument(text: string, options: ParseOptions = {}): ParsedDocument {
  const grammar = options.grammar ?? noExtensions;
  const lines = options.lines ?? splitLines(text);
  const format = options.format ?? detectFormat(lines);
  let nodes: LineNode[];
  let script: ScriptResult | undefined;
  if (format === 'restore') {
    nodes = new Array(lines.length);
    const state: RestoreState = {};
    const onRule = options.onRule;
    for (let i = 0; i < lines.length; i++) {
      const node = (nodes[i] = parseRestoreLine(lines[i], i, state, grammar));
      if (onRule && node.kind === 'rule') onRule(node);
    }
    // A final newline leaves one empty line that is not a line of its own.
    if (lines.length > 1 && lines[lines.length - 1] === '') nodes.pop();
  } else {
    script = parseScript(lines, grammar);
    nodes = script.nodes;
  }
  return assembleDocument(format, nodes, lines, text, script);
}

/**
 * The document around its line nodes: what the whole file says (table blocks,
 * file faults, family). An edit that re-parsed some lines assembles again (incremental.ts).
 */
export function assembleDocument(format: ParsedDocument['format'], nodes: LineNode[], lines: readonly string[], text: string, script?: Omit<ScriptResult, 'nodes'>): ParsedDocument {
  const problems: Problem[] = [];
  const nodeAtLine = new Int32Array(lines.length).fill(-1);
  for (let n = 0; n < nodes.length; n++) {
    const node = nodes[n];
    // A restore line's node covers its row alone (and a rule's range is made on each ask).
    if ('row' in node && node.row) {
      const l = node.row.line;
      if (l < lines.length && nodeAtLine[l] < 0) nodeAtLine[l] = n;
      continue;
    }
    const r = node.range;
    for (let l = r.start.line; l <= r.end.line && l < lines.length; l++) if (nodeAtLine[l] < 0) nodeAtLine[l] = n;
  }
  if (format === 'script') markScriptCrlf(lines, nodes, nodeAtLine, script?.heredocBodies ?? []);
  collapseCrlf(nodes, format);
  if (format === 'restore') fileProblems(text, nodes, problems);
  const tables = collectTables(nodes, problems);
  const doc: ParsedDocument = { format, nodes, nodeAtLine, tables, lines, problems };
  if (text.charCodeAt(0) === 0xfeff) doc.byteOrderMark = true;
  if (script?.restoreInput.length) doc.restoreInput = script.restoreInput;
  const hint = familyFromText(lines, script?.programFamilies);
  if (hint) doc.familyHint = hint;
  return doc;
}

/**
 * A script line ending in CR breaks it as a restore line would: the shell keeps the
 * CR (`-j ACCEPT\r`, `then\r`, a `#!/bin/sh\r` interpreter). A CR inside a comment
 * is harmless, and heredoc bodies are some program's input: those fed to
 * iptables-restore already carry the problem, the others are not ours to judge.
 */
function markScriptCrlf(lines: readonly string[], nodes: readonly LineNode[], nodeAtLine: Int32Array, heredocBodies: readonly LineSpan[]): void {
  for (let line = 0; line < lines.length; line++) {
    const text = lines[line];
    if (!text.endsWith('\r')) continue;
    const node = nodes[nodeAtLine[line]];
    if (!node || heredocBodies.some((b) => b.first <= line && line <= b.last)) continue;
    if (!(line === 0 && text.startsWith('#!')) && endsInComment(lines, line, node)) continue;
    node.problems.push({ code: 'crlf-line-ending', message: crlfMessage(0, 'script'), range: rangeOnLine(line, text.length - 1, text.length), severity: 'error' });
  }
}

/**
 * Does the line end inside a shell comment (a whole-line comment included)? The
 * command is read from its first line, so quotes opened above are known.
 */
function endsInComment(lines: readonly string[], line: number, node: LineNode): boolean {
  const tokens = readShellLine(lines, node.range.start.line).tokens;
  return tokens.some((t) => t.kind === 'comment' && t.range.end.line === line);
}

/** One CR LF finding per file, on its first such line, rather than one per line. */
function collapseCrlf(nodes: readonly LineNode[], format: ParsedDocument['format']): void {
  let first: Problem | undefined;
  let count = 0;
  for (const node of nodes) {
    if (!node.problems.length) continue;
    const i = node.problems.findIndex((p) => p.code === 'crlf-line-ending');
    if (i < 0) continue;
    count++;
    if (!first) first = node.problems[i];
    else node.problems.splice(i, 1);
  }
  if (first && (count > 1 || format === 'script')) first.message = crlfMessage(count - 1, format);
}

/** Table blocks of restore input, and the COMMIT missing at the end of the last one. */
function collectTables(nodes: readonly LineNode[], problems: Problem[]): TableBlock[] {
  const tables: TableBlock[] = [];
  let open: TableBlock | undefined;
  for (let n = 0; n < nodes.length; n++) {
    const node = nodes[n];
    if (node.kind === 'table') {
      if (open) open.lastNode = n - 1;
      open = { name: node.name.text, header: node, firstNode: n, lastNode: n };
      tables.push(open);
    } else if (node.kind === 'commit' && open) {
      open.commit = node;
      open.lastNode = n;
      open = undefined;
    } else if (open) {
      open.lastNode = n;
    }
  }
  if (open) {
    problems.push({
      code: 'missing-commit',
      message: `Table \`${open.name}\` is never committed: iptables-restore discards it and fails. Add a COMMIT line at the end of the block.`,
      range: open.header.name.range,
      severity: 'error',
    });
  }
  return tables;
}

// Three to eight hex groups, any of them empty for `::` (2001:db8::1, ::1, fe80::1/64).
const ipv6Address = /(?:^|[\s,=])[0-9a-fA-F]{0,4}(?::[0-9a-fA-F]{0,4}){2,7}(?:\/\d{1,3})?(?=[\s,]|$)/;
const ipv4Address = /(?:^|[\s,=])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?:\/\d{1,2})?(?=[\s,:]|$)/;

/** What the text itself says about the family: header comment, programs, then addresses. */
export function familyFromText(lines: readonly string[], programs: ReadonlySet<Family> = new Set()): ParsedDocument['familyHint'] {
  const head = lines.find((l) => l.startsWith('# Generated by'));
  if (head) {
    if (/ip6tables-save/.test(head)) return { family: 'ipv6', reason: 'the header says ip6tables-save' };
    if (/iptables-save/.test(head)) return { family: 'ipv4', reason: 'the header says iptables-save' };
  }
  if (programs.size === 1) {
    const [family] = programs;
    return { family, reason: family === 'ipv6' ? 'the commands are ip6tables' : 'the commands are iptables' };
  }
  if (programs.size > 1) return undefined;
  let v4 = 0;
  let v6 = 0;
  const limit = Math.min(lines.length, 5000);
  for (let i = 0; i < limit && v4 + v6 < 20; i++) {
    const line = lines[i];
    if (line.startsWith('#') || !/[.:]/.test(line)) continue;
    if (ipv4Address.test(line)) v4++;
    else if (/(?:-s|-d|--source|--destination|--to-\w+)\s+\S*:/.test(line) && ipv6Address.test(line)) v6++;
  }
  if (v6 > 0 && v4 === 0) return { family: 'ipv6', reason: 'the addresses are IPv6', guessed: true };
  if (v4 > 0 && v6 === 0) return { family: 'ipv4', reason: 'the addresses are IPv4', guessed: true };
  return undefined;
}
