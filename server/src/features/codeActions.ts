// Quick fixes: for each diagnostic in the request, the fixes its code's provider offers.
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import type { Finding } from '../analysis/finding';
import type { DocumentModel } from '../analysis/model';
import { ruleFixes, suggestionFix } from './quickFixes/ruleFixes';
import { structureFixes } from './quickFixes/structureFixes';
import { addModule } from './quickFixes/moduleFixes';
import { sameRange } from '../syntax/position';
import type { FixProvider } from './quickFixes/types';

const providers: Record<string, FixProvider> = { ...structureFixes, ...ruleFixes, 'option-needs-module': addModule };

export function codeActions(model: DocumentModel, findings: readonly Finding[], uri: string, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  // The model's lines are those of the analysed version, the one the findings are about.
  const lines = model.parsed.lines;
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== 'iptables') continue;
    const finding = findings.find((f) => f.code === diagnostic.code && sameRange(f.range, diagnostic.range));
    if (!finding) continue;
    const provider = providers[finding.code];
    const suggested = suggestionFix(finding, { model, lines });
    // A likely typo fix is the one to prefer; the others stay available.
    const others = (provider ? provider(finding, { model, lines }) : []).map((f) => (suggested.length ? { ...f, preferred: false } : f));
    const fixes = [...suggested, ...others];
    for (const fix of fixes) {
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: fix.preferred,
        edit: { changes: { [uri]: fix.edits } },
      });
    }
  }
  return actions;
}
