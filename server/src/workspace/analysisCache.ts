// Analyses of open documents, computed on demand and reused until the text changes.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeText, type Analysis } from '../analysis/analyze';
import type { Family } from '../syntax/ast';

interface Entry {
  version: number;
  family: Family | undefined;
  analysis: Analysis;
}

export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly forcedFamily: () => Family | undefined) {}

  get(doc: TextDocument): Analysis {
    const family = this.forcedFamily();
    const hit = this.entries.get(doc.uri);
    if (hit && hit.version === doc.version && hit.family === family) return hit.analysis;
    const analysis = analyzeText(doc.getText(), { forced: family, fileName: doc.uri });
    this.entries.set(doc.uri, { version: doc.version, family, analysis });
    return analysis;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  clear(): void {
    this.entries.clear();
  }
}
