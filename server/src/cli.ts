// iptables-lint: the analysis engine on the command line, for CI pipelines.
// Exit 0: nothing at or above the --fail-on severity; 1: something is; 2: usage or I/O trouble.
import './heapFlags';
import { readFileSync } from 'node:fs';
import { analyzeText } from './analysis/analyze';
import { diagnosticCodes } from './analysis/codes';
import type { Finding } from './analysis/finding';
import { applyOverrides, atLeast, sanitizeOverrides, severities, type SeveritySetting } from './analysis/severity';
import type { Severity } from './syntax/problem';
import type { Family } from './syntax/ast';
import { formatFindings, outputFormats, type OutputFormat } from './cliFormat';

const usage = `Usage: iptables-lint [options] FILE... (- reads standard input)

Checks iptables-restore files (rules.v4, iptables-save dumps) and shell scripts
of iptables commands, printing one line per problem:
  file:line:column: severity: message [code]

Options:
  --format text|json|sarif    output format (default text; SARIF for code scanning)
  --family ipv4|ipv6          check as this IP version instead of guessing
  --severity CODE=LEVEL       report CODE as error, warning, information or hint,
                              or not at all with off (repeatable), as the editor's
                              iptables.diagnostics.severity setting does
  --fail-on LEVEL             the least severity that fails the run (default error)

Exit status: 0 nothing at or above the --fail-on level, 1 something is,
2 usage or file trouble.`;

interface CliOptions {
  format: OutputFormat;
  family?: Family;
  severity: Record<string, SeveritySetting>;
  failOn: Severity;
  files: string[];
}


class UsageError extends Error {}

function parseArgs(argv: readonly string[]): CliOptions | 'help' {
  const opts: CliOptions = { format: 'text', severity: {}, failOn: 'error', files: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '-h' || flag === '--help') return 'help';
    else if (flag === '--format' || flag === '-f') {
      const v = value();
      if (!outputFormats.includes(v as OutputFormat)) throw new UsageError(`--format must be ${outputFormats.join(', ')}, not ${v}`);
      opts.format = v as OutputFormat;
    } else if (flag === '--family') {
      const v = value();
      if (v !== 'ipv4' && v !== 'ipv6') throw new UsageError(`--family must be ipv4 or ipv6, not ${v}`);
      opts.family = v;
    } else if (flag === '--severity') {
      const v = value();
      const eq = v.indexOf('=');
      const [name, level] = eq > 0 ? [v.slice(0, eq), v.slice(eq + 1)] : [v, ''];
      const checked = sanitizeOverrides({ [name]: level });
      if (!(name in checked)) throw new UsageError(`--severity takes CODE=LEVEL with LEVEL error, warning, information, hint or off, not ${v}`);
      if (!Object.hasOwn(diagnosticCodes, name)) throw new UsageError(`--severity: there is no diagnostic code ${name} (the README lists them)`);
      opts.severity[name] = checked[name];
    } else if (flag === '--fail-on') {
      const v = value();
      if (!severities.includes(v as Severity)) throw new UsageError(`--fail-on must be ${severities.join(', ')}, not ${v}`);
      opts.failOn = v as Severity;
    } else if (arg === '-' || !arg.startsWith('-')) opts.files.push(arg);
    else if (arg === '--') opts.files.push(...argv.slice(i + 1)), (i = argv.length);
    else throw new UsageError(`unknown option ${arg}`);
  }
  if (opts.files.length === 0) throw new UsageError('no file given');
  return opts;
}

function main(argv: readonly string[]): number {
  let opts: CliOptions | 'help';
  try {
    opts = parseArgs(argv);
  } catch (e) {
    process.stderr.write(`iptables-lint: ${(e as Error).message}\n${usage}\n`);
    return 2;
  }
  if (opts === 'help') {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const results: Array<{ file: string; findings: Finding[] }> = [];
  let trouble = false;
  for (const file of opts.files) {
    let text: string;
    try {
      text = readFileSync(file === '-' ? 0 : file, 'utf8');
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      process.stderr.write(`iptables-lint: cannot read ${file}: ${err.code === 'ENOENT' ? 'no such file' : err.code === 'EISDIR' ? 'is a directory' : err.message}\n`);
      trouble = true;
      continue;
    }
    const name = file === '-' ? '<stdin>' : file;
    const { findings } = analyzeText(text, { forced: opts.family, fileName: file === '-' ? undefined : file });
    results.push({ file: name, findings: applyOverrides(findings, opts.severity) });
  }
  process.stdout.write(formatFindings(results, opts.format));
  if (trouble) return 2;
  return results.some((r) => r.findings.some((f) => atLeast(f.severity, opts.failOn))) ? 1 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  // Never a stack trace for the user: say what happened and exit 2.
  process.stderr.write(`iptables-lint: internal error: ${(e as Error).message}\n`);
  process.exitCode = 2;
}
