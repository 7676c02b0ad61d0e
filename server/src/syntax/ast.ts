// The parsed shape of an iptables file: one node per line (or per logical
// command line in scripts), every word with its exact range.
import type { CommandName, CoreOption } from './coreOptions';
import type { Problem } from './problem';
import type { Range } from './position';
import type { Row, Word } from './word';

export type DocumentFormat = 'restore' | 'script';
export type Family = 'ipv4' | 'ipv6';

/** Who interprets an option: iptables itself, a loaded match, or the target. */
export type OptionOwner =
  | { kind: 'core'; spec: CoreOption }
  | { kind: 'match'; match: MatchNode }
  | { kind: 'target'; target: TargetNode }
  | { kind: 'unknown' };

export interface OptionNode {
  /** The option word as written (`--dport`, `-s`, `--to=1.2.3.4` keeps its inline value in `args`). */
  word: Word;
  /** The spelling used, up to any `=`: `--dp`, `-s`. */
  written: string;
  /** Canonical long name (`--source` for `-s`, `--dport` for `--destination-port`); the written name if unknown. */
  name: string;
  owner: OptionOwner;
  /** The `!` that negates it, if any. */
  negation?: Word;
  /** `-s ! x`: the old style iptables 1.8 refuses. */
  intraNegation?: boolean;
  args: Word[];
  /** Range from the `!` (or option) to the last argument. */
  range: Range;
}

export interface MatchNode {
  /** The `-m` option, absent when the protocol (`-p tcp`) loaded it implicitly. */
  option?: OptionNode;
  name: string;
  /** Where the name is written (the `-m` argument, or the `-p` argument for implicit matches). */
  nameWord: Word;
  implicit: boolean;
  options: OptionNode[];
}

export interface TargetNode {
  option: OptionNode;
  kind: 'jump' | 'goto';
  name: string;
  nameWord: Word;
  /** True when the name is an extension target the grammar knows (so its options were read). */
  extension: boolean;
  options: OptionNode[];
}

export interface CountersNode {
  packets: Word;
  bytes: Word;
  range: Range;
}

export interface CommandNode {
  option: OptionNode;
  name: CommandName;
}

export interface RuleNode {
  kind: 'rule';
  range: Range;
  /** Restore input (`-A ...` line) or a shell command line (`iptables -A ...`). */
  origin: 'restore' | 'command';
  /** Words before the options in command lines: `sudo`, `/sbin/iptables`... */
  prefix: Word[];
  /** The iptables program word of a command line. */
  program?: Word;
  programFamily?: Family;
  /** Table in effect: `*table` of the block, or `-t` (default filter) on a command line. */
  table?: string;
  counters?: CountersNode;
  command?: CommandNode;
  /** First operand of the command (chain name), if any. */
  chain?: Word;
  /** The remaining operands: rule number, new chain name, policy. */
  operands: Word[];
  /** Every option in written order, including the command and -t. */
  options: OptionNode[];
  protocol?: OptionNode;
  matches: MatchNode[];
  target?: TargetNode;
  problems: Problem[];
  /** Restore lines: the row its words share, so lines inserted or deleted above can move them all at once. */
  row?: Row;
  /**
   * Set by the binder: the rule carries -4/-6 for the other family, so
   * iptables-restore skips the line and no check applies to it.
   */
  otherFamily?: boolean;
}

export interface TableNode {
  kind: 'table';
  range: Range;
  /** `*` through the name. */
  name: Word;
  /** Restore input a script feeds to iptables-restore or ip6tables-restore: that program's family. */
  programFamily?: Family;
  problems: Problem[];
  /** Restore lines: the row its words share, so lines inserted or deleted above can move them all at once. */
  row?: Row;
}

export interface ChainNode {
  kind: 'chain';
  range: Range;
  name: Word;
  policy?: Word;
  counters?: CountersNode;
  /** Table of the enclosing block. */
  table?: string;
  /** Restore input a script feeds to iptables-restore or ip6tables-restore: that program's family. */
  programFamily?: Family;
  problems: Problem[];
  /** Restore lines: the row its words share, so lines inserted or deleted above can move them all at once. */
  row?: Row;
}

export interface CommitNode {
  kind: 'commit';
  range: Range;
  problems: Problem[];
  /** Restore lines: the row its words share, so lines inserted or deleted above can move them all at once. */
  row?: Row;
}

export interface CommentNode {
  kind: 'comment';
  range: Range;
  text: string;
  problems: Problem[];
  /** Restore lines: the row its words share, so lines inserted or deleted above can move them all at once. */
  row?: Row;
}

export interface BlankNode {
  kind: 'blank';
  range: Range;
  problems: Problem[];
  /** Restore lines: the row its words share, so lines inserted or deleted above can move them all at once. */
  row?: Row;
}

/** `NAME=value` in a script. */
export interface AssignmentNode {
  kind: 'assignment';
  range: Range;
  name: Word;
  value?: Word;
  problems: Problem[];
}

/** Any other shell line, left alone. */
export interface ShellNode {
  kind: 'shell';
  range: Range;
  problems: Problem[];
}

export type LineNode =
  | RuleNode | TableNode | ChainNode | CommitNode | CommentNode
  | BlankNode | AssignmentNode | ShellNode;

export interface TableBlock {
  /** The name as written after `*` (iptables-restore matches table names exactly). */
  name: string;
  header: TableNode;
  commit?: CommitNode;
  /** Indexes into `nodes` from header to commit (or end). */
  firstNode: number;
  lastNode: number;
}

/** Lines `first` to `last`, both included. */
export interface LineSpan {
  first: number;
  last: number;
}

export interface ParsedDocument {
  format: DocumentFormat;
  nodes: LineNode[];
  /** For each line, the index of the node covering it. */
  nodeAtLine: Int32Array;
  tables: TableBlock[];
  /** The text's lines (without the line breaks), as parsed. */
  lines: readonly string[];
  /** Scripts: the heredoc bodies fed to iptables-restore, in order. */
  restoreInput?: LineSpan[];
  /** The text starts with a byte order mark, which `lines[0]` no longer holds (editors count it as a column). */
  byteOrderMark?: true;
  /** Family stated by the text (header comment, program name, addresses), if any. */
  familyHint?: { family: Family; reason: string; /** Read from the addresses: a guess, not a statement. */ guessed?: boolean };
  /** Problems not tied to one node (e.g. a table never committed). */
  problems: Problem[];
}
