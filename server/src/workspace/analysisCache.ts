// Analyses of open documents, computed on demand and reused until the text changes.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeText, type Analysis } from '../analysis/analyze';
import type { Family } from '../syntax/ast';

import type { WorkspaceIndex } from './workspaceIndex';

interface Entry {
  version: number;
  family: Family | undefined;
  generation: number;
  analysis: Analysis;
}

export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly forcedFamily: () => Family | undefined,
    private readonly index?: WorkspaceIndex,
  ) {}

  get(doc: TextDocument): Analysis {
    const family = this.forcedFamily();
    const generation = this.index?.generation ?? 0;
    const hit = this.entries.get(doc.uri);
    if (hit && hit.version === doc.version && hit.family === family && hit.generation === generation) return hit.analysis;
    const analysis = analyzeText(doc.getText(), { forced: family, fileName: doc.uri, external: this.index?.except(doc.uri) });
    // The document's own chains feed the index; if they changed, others may need a new look.
    const changed = this.index?.updateFromModel(doc.uri, analysis.model) ?? false;
    this.entries.set(doc.uri, { version: doc.version, family, generation: this.index?.generation ?? 0, analysis });
    if (changed) this.onIndexChanged?.(doc.uri);
    return analysis;
  }

  /** Called when a document's analysis changed the chains other documents can see. */
  onIndexChanged?: (uri: string) => void;

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  clear(): void {
    this.entries.clear();
  }
}
