// Output formats of iptables-lint: one line per finding, or a JSON array.
import { boundedMessage, type Finding } from './analysis/finding';

export type OutputFormat = 'text' | 'json';

interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Finding['severity'];
  code: string;
  message: string;
}

function toJson(file: string, f: Finding): JsonFinding {
  return {
    file,
    line: f.range.start.line + 1,
    column: f.range.start.character + 1,
    endLine: f.range.end.line + 1,
    endColumn: f.range.end.character + 1,
    severity: f.severity,
    code: f.code,
    message: boundedMessage(f.message),
  };
}

export function formatFindings(results: ReadonlyArray<{ file: string; findings: readonly Finding[] }>, format: OutputFormat): string {
  if (format === 'json') {
    const all = results.flatMap((r) => r.findings.map((f) => toJson(r.file, f)));
    return `${JSON.stringify(all, null, 2)}\n`;
  }
  let out = '';
  for (const r of results) {
    for (const f of r.findings) {
      out += `${r.file}:${f.range.start.line + 1}:${f.range.start.character + 1}: ${f.severity}: ${boundedMessage(f.message)} [${f.code}]\n`;
    }
  }
  return out;
}
