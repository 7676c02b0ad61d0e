// iptables-lint: the analysis engine on the command line, for CI pipelines.
// Exit 0: no errors; 1: an error was found; 2: usage or I/O trouble.
import { readFileSync } from 'node:fs';
import { analyzeText } from './analysis/analyze';
import type { Finding } from './analysis/finding';
import type { Family } from './syntax/ast';
import { formatFindings, type OutputFormat } from './cliFormat';

const usage = `Usage: iptables-lint [--format text|json] [--family ipv4|ipv6] FILE... (- reads standard input)

Checks iptables-restore files (rules.v4, iptables-save dumps) and shell scripts
of iptables commands, printing one line per problem:
  file:line:column: severity: message [code]
Exit status: 0 no errors, 1 errors found, 2 usage or file trouble.`;

interface CliOptions {
  format: OutputFormat;
  family?: Family;
  files: string[];
}

class UsageError extends Error {}

function parseArgs(argv: readonly string[]): CliOptions | 'help' {
  const opts: CliOptions = { format: 'text', files: [] };
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
      if (v !== 'text' && v !== 'json') throw new UsageError(`--format must be text or json, not ${v}`);
      opts.format = v;
    } else if (flag === '--family') {
      const v = value();
      if (v !== 'ipv4' && v !== 'ipv6') throw new UsageError(`--family must be ipv4 or ipv6, not ${v}`);
      opts.family = v;
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
    results.push({ file: name, findings });
  }
  process.stdout.write(formatFindings(results, opts.format));
  if (trouble) return 2;
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  // Never a stack trace for the user: say what happened and exit 2.
  process.stderr.write(`iptables-lint: internal error: ${(e as Error).message}\n`);
  process.exitCode = 2;
}
