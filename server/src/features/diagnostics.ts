// Findings as LSP diagnostics.
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import type { Finding } from '../analysis/finding';
import { applyOverrides, type SeverityOverrides } from '../analysis/severity';
import { boundedFinding } from '../analysis/finding';

const severities = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
} as const;

export function toDiagnostics(findings: readonly Finding[], uri: string, overrides: SeverityOverrides = {}): Diagnostic[] {
  // Until analyze.ts bounds every finding where they are gathered, they are bounded here.
  return applyOverrides(findings, overrides).map(boundedFinding).map((f) => {
    const d: Diagnostic = { range: f.range, severity: severities[f.severity], code: f.code, source: 'iptables', message: f.message };
    if (f.tags?.length) d.tags = f.tags.map((t) => (t === 'unnecessary' ? DiagnosticTag.Unnecessary : DiagnosticTag.Deprecated));
    if (f.related?.length) {
      d.relatedInformation = f.related.map(
        (r): DiagnosticRelatedInformation => ({ location: { uri: r.uri ?? uri, range: r.range }, message: r.message }),
      );
    }
    return d;
  });
}
