// Structural diagnostics, one pair of inputs per code: one where the code fires
// (checked by code, severity and the exact text its range covers) and a
// near-identical one where it must not. Every verdict was measured with
// `unshare -n iptables-legacy-restore` (1.8.9); where that oracle is available
// (root, Linux, iptables-legacy installed) the last tests re-run it on every input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/analysis/analyze';
import type { Finding } from '../../server/src/analysis/finding';
import { scanCodes } from '../support/codeScan';
import { codesOf, showFindings } from '../support/findings';
import { textAt } from '../support/fixture';
import { findOracle, judge, judgeScript, namedLine, type OracleSetup, type OracleVerdict } from '../oracle/oracle';

/**
 * Restore input from exactly these lines, with the final newline iptables-restore
 * needs after COMMIT. Not restore() of test/support/dumps.ts: many cases here are
 * malformed on purpose (no COMMIT, two tables, lines before `*table`).
 */
function R(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}

type Oracle = 'reject' | 'accept';

interface Case {
  code: string;
  /** Input where the code fires. */
  fire: string;
  /** The exact text the finding's range covers. */
  at: string;
  /** 0-based line of the finding. */
  line: number;
  /** Column, when `at` alone is ambiguous (`!`). */
  character?: number;
  severity: Finding['severity'];
  /** Near-identical input where the code must not fire. */
  quiet: string;
  /** What the real iptables says about `fire` and `quiet`. */
  oracle: { fire: Oracle; quiet: Oracle; /** 1-based line iptables names, when not the finding's line + 1. */ line?: number };
  script?: boolean;
  note?: string;
}

const long29 = 'a'.repeat(29);
const long28 = 'a'.repeat(28);

const cases: Case[] = [
  {
    code: 'ambiguous-option', note: 'unknown option "--d"',
    fire: R('*filter', '-A INPUT --d 1.2.3.4 -j ACCEPT', 'COMMIT'), at: '--d', line: 1, severity: 'error',
    quiet: R('*filter', '-A INPUT --des 1.2.3.4 -j ACCEPT', 'COMMIT'), oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'bad-argument', note: "Bad argument `foo'",
    fire: R('*filter', '-A INPUT foo -j ACCEPT', 'COMMIT'), at: 'foo', line: 1, severity: 'error',
    quiet: R('*filter', '-A INPUT -j ACCEPT', 'COMMIT'), oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'bad-argument', note: 'quotes are removed before iptables reads a word: "-A" is the command and "!" negates (regression)',
    fire: R('*filter', '"-A" INPUT "!" "-s" 1.2.3.4 x -j ACCEPT', 'COMMIT'), at: 'x', line: 1, severity: 'error',
    quiet: R('*filter', '"-A" INPUT "!" "-s" 1.2.3.4 -j ACCEPT', 'COMMIT'), oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'bad-argument', script: true, note: 'the shell removes the quotes: iptables gets -A and ! (regression)',
    fire: "iptables '-A' 'INPUT' '!' '-s' 1.2.3.4 x -j ACCEPT\n", at: 'x', line: 0, severity: 'error',
    quiet: "iptables '-A' 'INPUT' '!' '-s' 1.2.3.4 -j ACCEPT\n", oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'bad-argument', note: 'a closing quote ends the word: "a"b is two words',
    fire: R('*filter', '-A INPUT -m comment --comment "a"b -j ACCEPT', 'COMMIT'), at: 'b', line: 1, severity: 'error',
    quiet: R('*filter', '-A INPUT -m comment --comment "ab" -j ACCEPT', 'COMMIT'), oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'bad-chain-name', note: "chain name not allowed to start with `!'",
    fire: R('*filter', '-N !foo', 'COMMIT'), at: '!foo', line: 1, severity: 'error',
    quiet: R('*filter', '-N foo!', 'COMMIT'), oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'bad-counters', note: 'Bad line 2: need ]',
    fire: R('*filter', '[abc] -A INPUT -j ACCEPT', 'COMMIT'), at: '[abc]', line: 1, severity: 'error',
    quiet: R('*filter', '[1:2] -A INPUT -j ACCEPT', 'COMMIT'), oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'bad-counters', note: 'accepted without -c, so only a warning',
    fire: R('*filter', '[1:x] -A INPUT -j ACCEPT', 'COMMIT'), at: '[1:x]', line: 1, severity: 'warning',
    quiet: R('*filter', '[1:2] -A INPUT -j ACCEPT', 'COMMIT'), oracle: { fire: 'accept', quiet: 'accept' },
  },
  {
    code: 'bad-counters', note: 'chain line counters are only read with -c',
    fire: R('*filter', ':FOO - junk', 'COMMIT'), at: 'junk', line: 1, severity: 'warning',
    quiet: R('*filter', ':FOO - [0:0]', 'COMMIT'), oracle: { fire: 'accept', quiet: 'accept' },
  },
  {
    code: 'builtin-chain-wrong-table', note: "Can't set policy `ACCEPT' on `INPUT' line 2: Bad built-in chain name",
    fire: R('*raw', ':INPUT ACCEPT [0:0]', 'COMMIT'), at: 'INPUT', line: 1, severity: 'error',
    quiet: R('*raw', ':OUTPUT ACCEPT [0:0]', 'COMMIT'), oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'builtin-name-user-chain', note: 'raw has no INPUT: `-` makes a user chain; in filter `:INPUT -` is the built-in chain',
    fire: R('*raw', ':INPUT - [0:0]', 'COMMIT'), at: 'INPUT', line: 1, severity: 'warning',
    quiet: R('*filter', ':INPUT - [0:0]', 'COMMIT'), oracle: { fire: 'accept', quiet: 'accept' },
  },
  {
    code: 'chain-name-too-long', note: 'Invalid chain name (28 chars max)',
    fire: R('*filter', `:${long29} - [0:0]`, 'COMMIT'), at: long29, line: 1, severity: 'error',
    quiet: R('*filter', `:${long28} - [0:0]`, 'COMMIT'), oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'chain-name-too-long', note: 'chain name too long (must be under 29 chars)',
    fire: R('*filter', `-N ${long29}`, 'COMMIT'), at: long29, line: 1, severity: 'error',
    quiet: R('*filter', `-N ${long28}`, 'COMMIT'), oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'chain-named-like-target', note: 'chain name may not clash with target name',
    fire: R('*filter', '-N ACCEPT', 'COMMIT'), at: 'ACCEPT', line: 1, severity: 'error',
    quiet: R('*filter', '-N ACCEPTED', 'COMMIT'), oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'chain-named-like-target', note: 'extension targets count too',
    fire: R('*filter', '-N DNAT', 'COMMIT'), at: 'DNAT', line: 1, severity: 'error',
    quiet: R('*filter', '-N DNAT2', 'COMMIT'), oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'chain-named-like-target', note: "error creating chain 'ACCEPT': File exists (a `:` line with an extension name such as DNAT is accepted)",
    fire: R('*filter', ':ACCEPT - [0:0]', 'COMMIT'), at: 'ACCEPT', line: 1, severity: 'error',
    quiet: R('*filter', ':DNAT - [0:0]', 'COMMIT'), oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'commit-outside-table', note: 'line 1 failed',
    fire: R('COMMIT'), at: 'COMMIT', line: 0, severity: 'error',
    quiet: R('*filter', 'COMMIT'), oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'commit-trailing-space', note: "Bad argument `COMMIT'",
    fire: R('*filter', 'COMMIT '), at: ' ', line: 1, severity: 'error',
    quiet: R('*filter', 'COMMIT'), oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'crlf-line-ending', note: "unable to initialize table 'filter' (the name read is filter\\r)",
    fire: '*filter\r\nCOMMIT\r\n', at: '\r', line: 0, severity: 'error',
    quiet: '*filter\nCOMMIT\n', oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'crlf-line-ending', script: true, note: "exit 2: Invalid target name `ACCEPT\\r'",
    fire: 'iptables -A INPUT -j ACCEPT\r\n', at: '\r', line: 0, severity: 'error',
    quiet: 'iptables -A INPUT -j ACCEPT\n', oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'dangling-negation', note: 'nothing appropriate following !',
    fire: R('*filter', '-A INPUT -j ACCEPT !', 'COMMIT'), at: '!', line: 1, severity: 'error',
    quiet: R('*filter', '-A INPUT ! -i lo -j ACCEPT', 'COMMIT'), oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'double-negation', note: 'multiple consecutive ! not allowed',
    fire: R('*filter', '-A INPUT ! ! -s 1.2.3.4 -j ACCEPT', 'COMMIT'), at: '!', line: 1, character: 11, severity: 'error',
    quiet: R('*filter', '-A INPUT ! -s 1.2.3.4 -j ACCEPT', 'COMMIT'), oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'duplicate-chain', note: "error creating chain 'FOO': File exists",
    fire: R('*filter', ':FOO - [0:0]', ':FOO - [0:0]', 'COMMIT'), at: 'FOO', line: 2, severity: 'error',
    quiet: R('*filter', ':FOO - [0:0]', ':BAR - [0:0]', 'COMMIT'), oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'duplicate-chain', note: 'built-in chain lines may repeat',
    fire: R('*filter', '-N FOO', '-N FOO', 'COMMIT'), at: 'FOO', line: 2, severity: 'error',
    quiet: R('*filter', ':INPUT DROP [0:0]', ':INPUT ACCEPT [0:0]', 'COMMIT'), oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'duplicate-chain', note: 'a repeated table block starts afresh, so its user chains may be declared again',
    fire: R('*filter', '-N INPUT', 'COMMIT'), at: 'INPUT', line: 1, severity: 'error',
    quiet: R('*filter', ':FOO - [0:0]', 'COMMIT', '*filter', ':FOO - [0:0]', 'COMMIT'), oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'duplicate-chain', note: 'renaming onto an existing chain: line 4 failed',
    fire: R('*filter', ':FOO - [0:0]', ':BAR - [0:0]', '-E FOO BAR', 'COMMIT'), at: 'BAR', line: 3, severity: 'error',
    quiet: R('*filter', ':FOO - [0:0]', ':BAR - [0:0]', '-E FOO BAZ', 'COMMIT'), oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'duplicate-option', note: 'multiple -s flags not allowed',
    fire: R('*filter', '-A INPUT -s 1.1.1.1 -s 2.2.2.2 -j ACCEPT', 'COMMIT'), at: '-s', line: 1, character: 20, severity: 'error',
    quiet: R('*filter', '-A INPUT -s 1.1.1.1 -d 2.2.2.2 -j ACCEPT', 'COMMIT'), oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'duplicate-option', note: 'multiple -j flags not allowed (-g counts as -j)',
    fire: R('*filter', ':FOO - [0:0]', '-A INPUT -j ACCEPT -g FOO', 'COMMIT'), at: '-g', line: 2, severity: 'error',
    quiet: R('*filter', ':FOO - [0:0]', '-A INPUT -g FOO', 'COMMIT'), oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'extra-words', note: 'iptables-restore ignores the rest of a table line',
    fire: R('*filter junk', 'COMMIT'), at: 'junk', line: 0, severity: 'warning',
    quiet: R('*filter ', 'COMMIT'), oracle: { fire: 'accept', quiet: 'accept' },
  },
  {
    code: 'extra-words', note: 'and of a chain line after the counters',
    fire: R('*filter', ':FOO - [0:0] extra', 'COMMIT'), at: 'extra', line: 1, severity: 'warning',
    quiet: R('*filter', ':FOO - [0:0]', 'COMMIT'), oracle: { fire: 'accept', quiet: 'accept' },
  },
  {
    code: 'indented-comment', note: "Bad argument `#'",
    fire: R('*filter', '  # hi', 'COMMIT'), at: '  ', line: 1, severity: 'error',
    quiet: R('*filter', '# hi', 'COMMIT'), oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'indented-line', note: "Bad argument `:INPUT'",
    fire: R('*filter', ' :INPUT ACCEPT [0:0]', 'COMMIT'), at: ' ', line: 1, severity: 'error',
    quiet: R('*filter', ':INPUT ACCEPT [0:0]', 'COMMIT'), oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'indented-line', note: "Bad argument `COMMIT'",
    fire: R('*filter', '\tCOMMIT'), at: '\t', line: 1, severity: 'error',
    quiet: R('*filter', 'COMMIT'), oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'intrapositioned-negation', note: "Bad argument `1.2.3.4'",
    fire: R('*filter', '-A INPUT -s ! 1.2.3.4 -j ACCEPT', 'COMMIT'), at: '!', line: 1, severity: 'error',
    quiet: R('*filter', '-A INPUT ! -s 1.2.3.4 -j ACCEPT', 'COMMIT'), oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'invalid-policy', note: "Can't set policy `REJECT' on `INPUT' line 2: Bad policy name",
    fire: R('*filter', ':INPUT REJECT [0:0]', 'COMMIT'), at: 'REJECT', line: 1, severity: 'error',
    quiet: R('*filter', ':INPUT DROP [0:0]', 'COMMIT'), oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'invalid-policy', note: 'line 2 failed',
    fire: R('*filter', '-P INPUT RETURN', 'COMMIT'), at: 'RETURN', line: 1, severity: 'error',
    quiet: R('*filter', '-P INPUT DROP', 'COMMIT'), oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'jump-to-builtin-chain', note: 'line 3 failed',
    fire: R('*filter', ':OUTPUTS - [0:0]', '-A INPUT -j OUTPUT', 'COMMIT'), at: 'OUTPUT', line: 2, severity: 'error',
    quiet: R('*filter', ':OUTPUTS - [0:0]', '-A INPUT -j OUTPUTS', 'COMMIT'), oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'jump-to-builtin-chain', note: 'line 2 failed',
    fire: R('*filter', '-A INPUT -g FORWARD', 'COMMIT'), at: 'FORWARD', line: 1, severity: 'error',
    quiet: R('*filter', '-A INPUT -j DROP', 'COMMIT'), oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'missing-argument', note: 'option "-s" requires an argument',
    fire: R('*filter', '-A INPUT -s', 'COMMIT'), at: '-s', line: 1, severity: 'error',
    quiet: R('*filter', '-A INPUT -s 1.2.3.4', 'COMMIT'), oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'missing-chain-name', note: 'line 2 chain name invalid; `: FOO` is fine since strtok skips the space',
    fire: R('*filter', ':', 'COMMIT'), at: ':', line: 1, severity: 'error',
    quiet: R('*filter', ': FOO - [0:0]', 'COMMIT'), oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'missing-commit', note: 'COMMIT expected at line 3 (last line + 1)',
    fire: R('*filter', '-A INPUT -j ACCEPT'), at: '*filter', line: 0, severity: 'error',
    quiet: R('*filter', '-A INPUT -j ACCEPT', 'COMMIT'), oracle: { fire: 'reject', quiet: 'accept', line: 3 },
  },
  {
    code: 'missing-policy', note: 'line 2 policy invalid',
    fire: R('*filter', ':FOO', 'COMMIT'), at: 'FOO', line: 1, severity: 'error',
    quiet: R('*filter', ':FOO -', 'COMMIT'), oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'missing-table-name', note: 'line 1 table name invalid',
    fire: R('*', 'COMMIT'), at: '*', line: 0, severity: 'error',
    quiet: R('*raw', 'COMMIT'), oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'multiple-commands', note: 'Cannot use -I with -A',
    fire: R('*filter', '-A INPUT -I INPUT -j ACCEPT', 'COMMIT'), at: '-I', line: 1, severity: 'error',
    quiet: R('*filter', '-A INPUT -i eth0 -j ACCEPT', 'COMMIT'), oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'no-command', note: 'no command specified',
    fire: R('*filter', '-s 1.2.3.4 -j ACCEPT', 'COMMIT'), at: '-s', line: 1, severity: 'error',
    quiet: R('*filter', '-A INPUT -s 1.2.3.4 -j ACCEPT', 'COMMIT'), oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'no-command', script: true, note: 'exit 2, no command specified',
    fire: 'iptables -s 1.2.3.4 -j ACCEPT\n', at: 'iptables', line: 0, severity: 'error',
    quiet: 'iptables -A INPUT -s 1.2.3.4 -j ACCEPT\n', oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'no-command', script: true, note: 'exit 2; `command -v iptables` only looks the program up (regression)',
    fire: 'iptables\n', at: 'iptables', line: 0, severity: 'error',
    quiet: '#!/bin/sh\ncommand -v iptables\n', oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'outside-table', note: 'line 1 failed',
    fire: R('-A INPUT -j ACCEPT', '*filter', 'COMMIT'), at: '-A INPUT -j ACCEPT', line: 0, severity: 'error',
    quiet: R('*filter', '-A INPUT -j ACCEPT', 'COMMIT'), oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'outside-table', note: 'line 1 failed',
    fire: R(':FOO - [0:0]', '*filter', 'COMMIT'), at: ':FOO - [0:0]', line: 0, severity: 'error',
    quiet: R('*filter', ':FOO - [0:0]', 'COMMIT'), oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'outside-table', note: 'a rule after COMMIT: line 3 failed',
    fire: R('*filter', 'COMMIT', '-A INPUT -j ACCEPT'), at: '-A INPUT -j ACCEPT', line: 2, severity: 'error',
    quiet: R('*filter', '-A INPUT -j ACCEPT', 'COMMIT'), oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'policy-on-user-chain', note: "Can't set policy `ACCEPT' on `FOO' line 2: Bad built-in chain name",
    fire: R('*filter', ':FOO ACCEPT [0:0]', 'COMMIT'), at: 'ACCEPT', line: 1, severity: 'error',
    quiet: R('*filter', ':FOO - [0:0]', 'COMMIT'), oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'policy-on-user-chain', note: 'line 3 failed',
    fire: R('*filter', ':FOO - [0:0]', '-P FOO ACCEPT', 'COMMIT'), at: 'FOO', line: 2, severity: 'error',
    quiet: R('*filter', ':FOO - [0:0]', '-P INPUT ACCEPT', 'COMMIT'), oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'table-inside-table', note: "Bad argument `*nat'",
    fire: R('*filter', '*nat', 'COMMIT'), at: '*nat', line: 1, severity: 'error',
    quiet: R('*filter', 'COMMIT', '*nat', 'COMMIT'), oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'table-option-in-restore', note: 'The -t option cannot be used in iptables-restore.',
    fire: R('*filter', '-t filter -A INPUT -j ACCEPT', 'COMMIT'), at: '-t filter', line: 1, severity: 'error',
    quiet: R('*filter', '-A INPUT -j ACCEPT', 'COMMIT'), oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'undeclared-chain', note: 'line 2 failed',
    fire: R('*filter', '-A FOO -j ACCEPT', 'COMMIT'), at: 'FOO', line: 1, severity: 'error',
    quiet: R('*filter', ':FOO - [0:0]', '-A FOO -j ACCEPT', 'COMMIT'), oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'undeclared-chain', note: 'a repeated table block flushes the user chains of the earlier one: line 5 failed',
    fire: R('*filter', ':FOO - [0:0]', 'COMMIT', '*filter', '-A FOO -j ACCEPT', 'COMMIT'), at: 'FOO', line: 4, severity: 'error',
    quiet: R('*filter', ':FOO - [0:0]', 'COMMIT', '*filter', ':FOO - [0:0]', '-A FOO -j ACCEPT', 'COMMIT'), oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'undeclared-chain', note: 'declared only below the rule: line 2 failed',
    fire: R('*filter', '-A FOO -j ACCEPT', ':FOO - [0:0]', 'COMMIT'), at: 'FOO', line: 1, severity: 'error',
    quiet: R('*filter', ':FOO - [0:0]', '-A FOO -j ACCEPT', 'COMMIT'), oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'undeclared-chain', note: 'chains belong to one table: line 5 failed',
    fire: R('*nat', ':FOO - [0:0]', 'COMMIT', '*filter', '-A FOO -j ACCEPT', 'COMMIT'), at: 'FOO', line: 4, severity: 'error',
    quiet: R('*filter', ':FOO - [0:0]', 'COMMIT', '*filter', ':FOO - [0:0]', '-A FOO -j ACCEPT', 'COMMIT'), oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'undeclared-chain', note: 'raw has no INPUT chain: line 2 failed',
    fire: R('*raw', '-A INPUT -j ACCEPT', 'COMMIT'), at: 'INPUT', line: 1, severity: 'error',
    quiet: R('*raw', '-A OUTPUT -j ACCEPT', 'COMMIT'), oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'undeclared-chain', script: true, note: 'the chain may exist on the machine already, so only a warning (fails in a fresh namespace)',
    fire: 'iptables -A FOO -j ACCEPT\n', at: 'FOO', line: 0, severity: 'warning',
    quiet: 'iptables -N FOO\niptables -A FOO -j ACCEPT\n', oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'unexpected-value', note: 'unknown option "--syn=1"',
    fire: R('*filter', '-A INPUT -p tcp --syn=1 -j ACCEPT', 'COMMIT'), at: '1', line: 1, severity: 'error',
    quiet: R('*filter', '-A INPUT -p tcp --syn -j ACCEPT', 'COMMIT'), oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'unknown-table', note: "unable to initialize table 'foo'",
    fire: R('*foo', 'COMMIT'), at: '*foo', line: 0, severity: 'error',
    quiet: R('*filter', 'COMMIT'), oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'unknown-table', note: 'table names are lower case',
    fire: R('*FILTER', 'COMMIT'), at: '*FILTER', line: 0, severity: 'error',
    quiet: R('*filter', 'COMMIT'), oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'unknown-table', script: true, note: 'exit 3',
    fire: 'iptables -t foo -A OUTPUT -j ACCEPT\n', at: 'foo', line: 0, severity: 'error',
    quiet: 'iptables -t raw -A OUTPUT -j ACCEPT\n', oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'unknown-target', note: "Couldn't load target `FOO'",
    fire: R('*filter', '-A INPUT -j FOO', 'COMMIT'), at: 'FOO', line: 1, severity: 'error',
    quiet: R('*filter', ':FOO - [0:0]', '-A INPUT -j FOO', 'COMMIT'), oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'unknown-target', note: "goto 'FOO' is not a chain",
    fire: R('*filter', '-A INPUT -g FOO', 'COMMIT'), at: 'FOO', line: 1, severity: 'error',
    quiet: R('*filter', ':FOO - [0:0]', '-A INPUT -g FOO', 'COMMIT'), oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'unknown-target', note: 'jumps cannot cross tables',
    fire: R('*nat', ':FOO - [0:0]', 'COMMIT', '*filter', '-A INPUT -j FOO', 'COMMIT'), at: 'FOO', line: 4, severity: 'error',
    quiet: R('*nat', ':FOO - [0:0]', 'COMMIT', '*filter', ':FOO - [0:0]', '-A INPUT -j FOO', 'COMMIT'), oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'unknown-target', note: 'a chain declared below the jump does not count yet',
    fire: R('*filter', '-A INPUT -j FOO', ':FOO - [0:0]', 'COMMIT'), at: 'FOO', line: 1, severity: 'error',
    quiet: R('*filter', ':FOO - [0:0]', '-A INPUT -j FOO', 'COMMIT'), oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'unknown-target', script: true, note: 'may exist on the machine: a warning (fails in a fresh namespace)',
    fire: 'iptables -A INPUT -j FOO\n', at: 'FOO', line: 0, severity: 'warning',
    quiet: 'iptables -N FOO\niptables -A INPUT -j FOO\n', oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'whitespace-line', note: 'no command specified',
    fire: R('*filter', ' \t', 'COMMIT'), at: ' \t', line: 1, severity: 'error',
    quiet: R('*filter', '', 'COMMIT'), oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'bad-rule-number', note: "Invalid rule number `0'",
    fire: R('*filter', '-I INPUT 0 -j ACCEPT', 'COMMIT'), at: '0', line: 1, severity: 'error',
    quiet: R('*filter', '-I INPUT 1 -j ACCEPT', 'COMMIT'), oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'rule-number-out-of-range', note: 'insert past the end of an empty chain',
    fire: R('*filter', '-I INPUT 2 -j ACCEPT', 'COMMIT'), at: '2', line: 1, severity: 'error',
    quiet: R('*filter', '-A INPUT -j ACCEPT', '-I INPUT 2 -j ACCEPT', 'COMMIT'), oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'rule-number-out-of-range', note: 'a flush empties the chain again',
    fire: R('*filter', '-A INPUT -j ACCEPT', '-F INPUT', '-D INPUT 1', 'COMMIT'), at: '1', line: 3, severity: 'error',
    quiet: R('*filter', '-A INPUT -j ACCEPT', '-D INPUT 1', 'COMMIT'), oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'rule-number-out-of-range', note: 'deleting a rule from an empty chain',
    fire: R('*filter', '-D INPUT -j ACCEPT', 'COMMIT'), at: 'INPUT', line: 1, severity: 'error',
    quiet: R('*filter', '-A INPUT -j ACCEPT', '-D INPUT -j ACCEPT', 'COMMIT'), oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'other-family-rule', note: 'iptables-restore skips -6 lines, even with an unknown target',
    fire: R('# Generated by iptables-save v1.8.9', '*filter', '-6 -A INPUT -j NOPE', 'COMMIT'), at: '-6', line: 2, severity: 'hint',
    quiet: R('# Generated by iptables-save v1.8.9', '*filter', '-4 -A INPUT -j ACCEPT', 'COMMIT'), oracle: { fire: 'accept', quiet: 'accept' },
  },
  {
    code: 'family-option-refused', script: true, note: 'exit 2: iptables has no IPv6 mode',
    fire: 'iptables -6 -A INPUT -j ACCEPT\n', at: '-6', line: 0, severity: 'error',
    quiet: 'iptables -4 -A INPUT -j ACCEPT\n', oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'commit-without-newline', note: 'legacy restore compares the line with "COMMIT\\n"',
    fire: '*filter\n-A INPUT -j ACCEPT\nCOMMIT', at: 'COMMIT', line: 2, severity: 'warning',
    quiet: R('*filter', '-A INPUT -j ACCEPT', 'COMMIT'), oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'byte-order-mark', note: 'line 1 failed',
    fire: '\ufeff*filter\n-A INPUT -j ACCEPT\nCOMMIT\n', at: '', line: 0, severity: 'error',
    quiet: R('*filter', '-A INPUT -j ACCEPT', 'COMMIT'), oracle: { fire: 'reject', quiet: 'accept' },
  },
  {
    code: 'value-looks-like-option', note: 'getopt hands the next word to --log-prefix, whatever it looks like',
    fire: R('*filter', '-A INPUT -j LOG --log-prefix --log-uid', 'COMMIT'), at: '--log-uid', line: 1, severity: 'warning',
    quiet: R('*filter', '-A INPUT -j LOG --log-prefix x --log-uid', 'COMMIT'), oracle: { fire: 'accept', quiet: 'accept' },
  },
];

function label(c: Case, which: 'fire' | 'quiet' = 'fire'): string {
  return `${c.code}${c.script ? ' (script)' : ''}: ${JSON.stringify(c[which].trimEnd().split('\n').join(' | '))}`;
}

for (const c of cases) {
  test(`fires ${label(c)}`, () => {
    const { findings } = analyzeText(c.fire);
    const mine = findings.filter((f) => f.code === c.code);
    const hit = mine.find(
      (f) => textAt(c.fire, f.range) === c.at && f.range.start.line === c.line && (c.character === undefined || f.range.start.character === c.character),
    );
    assert.ok(hit, `expected ${c.code} at line ${c.line} on ${JSON.stringify(c.at)}; got ${showFindings(c.fire, findings)}`);
    assert.equal(hit.severity, c.severity);
    assert.ok(hit.message.length > 10, 'a message that says something');
    if (c.oracle.fire === 'accept') {
      // iptables accepts it: nothing may be an error.
      assert.deepEqual(codesOf(findings.filter((f) => f.severity === 'error')), [], showFindings(c.fire, findings));
    }
  });
  test(`quiet ${label(c, 'quiet')}`, () => {
    const { findings } = analyzeText(c.quiet);
    assert.deepEqual(codesOf(findings.filter((f) => f.code === c.code)), [], showFindings(c.quiet, findings));
    if (c.oracle.quiet === 'accept') {
      assert.deepEqual(codesOf(findings.filter((f) => f.severity === 'error')), [], showFindings(c.quiet, findings));
    }
  });
}

test('every code the syntax layer and the structure checks emit has a case above', () => {
  // The careful scan of codes.test.ts, narrowed to the syntax layer and the structure checks.
  const ours = (file: string): boolean => /^syntax\/[^/]+\.ts$/.test(file) || file === 'analysis/structure.ts' || file === 'analysis/chainNames.ts';
  const emitted = new Set([...scanCodes().codes].filter(([, files]) => files.some(ours)).map(([code]) => code));
  assert.ok(emitted.size >= 30, `found only ${emitted.size} codes: is the pattern still right?`);
  const covered = new Set(cases.map((c) => c.code));
  assert.deepEqual([...emitted].filter((code) => !covered.has(code)).sort(), [], 'codes without a fire/quiet case');
  assert.deepEqual([...covered].filter((code) => !emitted.has(code)).sort(), [], 'cases for codes nobody emits any more');
});

test('findings come with related places where they help', () => {
  const dup = analyzeText(R('*filter', ':FOO - [0:0]', ':FOO - [0:0]', 'COMMIT')).findings.find((f) => f.code === 'duplicate-chain');
  assert.deepEqual(dup?.related?.map((r) => r.range.start.line), [1]);
  const later = analyzeText(R('*filter', '-A INPUT -j FOO', ':FOO - [0:0]', 'COMMIT')).findings.find((f) => f.code === 'unknown-target');
  assert.deepEqual(later?.related?.map((r) => r.range.start.line), [2]);
  assert.match(later!.message, /line 3/);
});

test('dynamic words in scripts are not judged', () => {
  const text = 'iptables -t $T -A $CHAIN -j $TARGET\niptables -N "$X"\niptables -P $C $POLICY\n';
  const { findings } = analyzeText(text);
  const judged = findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
  assert.deepEqual(codesOf(judged), [], showFindings(text, judged));
});

// ---- The real iptables (test/oracle/oracle.ts), when this machine can run it in a throw-away namespace.

const oracle = findOracle();

/** iptables' verdict on an input: a restore file (IPv4), or a script run with `sh -e`. */
function askIptables(setup: OracleSetup, text: string, script: boolean): Promise<OracleVerdict> {
  return script ? judgeScript(setup, text) : judge(setup, 'ipv4', text);
}

test('oracle: iptables-legacy-restore agrees with every fire/quiet verdict', async (t) => {
  if ('missing' in oracle) return t.skip(oracle.missing);
  const wrong: string[] = [];
  for (const c of cases) {
    const fire = await askIptables(oracle, c.fire, c.script === true);
    const fireVerdict: Oracle = fire.accepted ? 'accept' : 'reject';
    if (fireVerdict !== c.oracle.fire) wrong.push(`${label(c)} fire: expected ${c.oracle.fire}, iptables: ${fire.exit} ${fire.message}`);
    if (fireVerdict === 'reject' && !c.script) {
      const expected = c.oracle.line ?? c.line + 1;
      const named = namedLine(fire.message);
      if (named !== expected) wrong.push(`${label(c)} fire: iptables names line ${named}, expected ${expected}: ${fire.message}`);
    }
    const quiet = await askIptables(oracle, c.quiet, c.script === true);
    const quietVerdict: Oracle = quiet.accepted ? 'accept' : 'reject';
    if (quietVerdict !== c.oracle.quiet) wrong.push(`${label(c, 'quiet')} quiet: expected ${c.oracle.quiet}, iptables: ${quiet.exit} ${quiet.message}`);
  }
  assert.deepEqual(wrong, []);
});

test('rules are counted when only restore input of the other family numbers them (an ip6tables-restore heredoc in an iptables script)', () => {
  const script = '#!/bin/sh\niptables -A INPUT -j ACCEPT\nip6tables-restore <<EOF\n*filter\n-I INPUT 5 -j ACCEPT\nCOMMIT\nEOF\n';
  const codes = analyzeText(script, { fileName: 'setup.sh' }).findings.map((f) => f.code);
  assert.ok(codes.includes('rule-number-out-of-range'), codes.join(' '));
});

test('a misspelt chain is matched against the chains declared so far, even when it is looked up once for all its rules', () => {
  const text = R('*filter', ':INPUT ACCEPT [0:0]', ':WEB - [0:0]', '-A INPUT -j WEBB', '-A INPUT -j WEBB', ':webb - [0:0]', '-A INPUT -j WEBB', 'COMMIT');
  const guesses = analyzeText(text).findings.filter((f) => f.code === 'unknown-target').map((f) => `${f.range.start.line} ${f.suggestion}`);
  assert.deepEqual(guesses, ['3 WEB', '4 WEB', '6 webb']);
});
