// Output formats of iptables-lint: one line per finding, a JSON array, or SARIF
// 2.1.0 (what code-scanning services such as GitHub's read).
import { diagnosticCodes } from './analysis/codes';
import { boundedMessage, type Finding } from './analysis/finding';
import { isAbsolute, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import manifest from '../../package.json';

export type OutputFormat = 'text' | 'json' | 'sarif';
export const outputFormats: readonly OutputFormat[] = ['text', 'json', 'sarif'];

type Results = ReadonlyArray<{ file: string; findings: readonly Finding[] }>;

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

/** Relative paths stay relative (to the checkout, as code scanning expects); absolute ones become file URIs. */
function artifactUri(file: string): string {
  return isAbsolute(file) ? pathToFileURL(file).href : file.split(sep).join('/');
}

/** One SARIF run: the codes that occur as rules (with their summaries), every finding as a result. */
function toSarif(results: Results): object {
  const codes = [...new Set(results.flatMap((r) => r.findings.map((f) => f.code)))].sort();
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'iptables-lint',
          version: manifest.version,
          rules: codes.map((code) => ({ id: code, shortDescription: { text: diagnosticCodes[code]?.summary ?? code } })),
        },
      },
      results: results.flatMap((r) => r.findings.map((f) => ({
        ruleId: f.code,
        // SARIF knows error, warning and note.
        level: f.severity === 'error' || f.severity === 'warning' ? f.severity : 'note',
        message: { text: boundedMessage(f.message) },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri: artifactUri(r.file) },
            // 1-based; the end column is that of the first character after the region.
            region: { startLine: f.range.start.line + 1, startColumn: f.range.start.character + 1, endLine: f.range.end.line + 1, endColumn: f.range.end.character + 1 },
          },
        }],
      }))),
    }],
  };
}

export function formatFindings(results: Results, format: OutputFormat): string {
  if (format === 'sarif') return `${JSON.stringify(toSarif(results), null, 2)}\n`;
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
