// Builds the README's table of diagnostic codes from the registry, so the
// documentation cannot drift from the codes the server reports.
import { diagnosticCodes, type DiagnosticCodeInfo } from '../server/src/analysis/codes';

export const codesStart = '<!-- codes:start -->';
export const codesEnd = '<!-- codes:end -->';

/** A table cell: a `|` would end the cell early. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

/** Invisible characters get a visible stand-in, so the reader sees what triggers the code. */
function visibleLine(line: string): string {
  const shown = line.replace(/\uFEFF/g, '<BOM>').replace(/\r/g, '<CR>');
  const lead = /^[ \t]*/.exec(shown)![0];
  const rest = shown.slice(lead.length);
  const trail = /[ \t]*$/.exec(rest)![0];
  const mark = (ws: string): string => ws.replace(/ /g, '␠').replace(/\t/g, '␉');
  return mark(lead) + rest.slice(0, rest.length - trail.length) + mark(trail);
}

/**
 * One inline code span per line of the example, the lines joined by `<br>`.
 * A table other than filter is shown as its `*table` line, and the family when it is IPv6.
 */
function exampleCell(info: DiagnosticCodeInfo): string {
  const lines = info.example.replace(/\n$/, '').split('\n');
  if (info.table && info.table !== 'filter') lines.unshift(`*${info.table}`);
  const spans = lines.map((l) => {
    const text = visibleLine(l);
    const span = text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``;
    return cell(span);
  }).join('<br>');
  return info.family === 'ipv6' ? `${spans} (in an IPv6 file)` : spans;
}

/** The Markdown table of every code, in alphabetical order. */
export function codesTable(): string {
  const rows = ['| Code | Severity | Meaning | Example |', '| --- | --- | --- | --- |'];
  for (const code of Object.keys(diagnosticCodes).sort()) {
    const info = diagnosticCodes[code];
    rows.push(`| \`${code}\` | ${info.severity} | ${cell(info.summary)} | ${exampleCell(info)} |`);
  }
  return rows.join('\n');
}

/** The README with the text between the markers replaced by the current table. */
export function withCodesTable(readme: string): string {
  const start = readme.indexOf(codesStart);
  const end = readme.indexOf(codesEnd);
  if (start < 0 || end < start) throw new Error(`README.md needs the markers ${codesStart} and ${codesEnd}`);
  return `${readme.slice(0, start + codesStart.length)}\n${codesTable()}\n${readme.slice(end)}`;
}
