// Analyses of open documents, computed on demand and reused until the text changes.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../analysis/analyze';
import { patchOneRule, reanalyze } from '../analysis/incremental';
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
    return this.analyse(doc, false)!;
  }

  /** The analysis if it is current or an edit of one rule brings it up to date cheaply; otherwise nothing is computed. */
  patched(doc: TextDocument): Analysis | undefined {
    return this.analyse(doc, true);
  }

  private analyse(doc: TextDocument, onlyIncremental: boolean): Analysis | undefined {
    const family = this.forcedFamily();
    const generation = this.index?.generation ?? 0;
    const hit = this.entries.get(doc.uri);
    const same = hit !== undefined && hit.family === family && hit.generation === generation;
    if (same && hit.version === doc.version) return hit.analysis;
    // An edit of one rule is re-checked alone when it can be (see incremental.ts).
    const previous = same ? hit.analysis : undefined;
    const external = previous?.parts.choice.external ?? this.index?.except(doc.uri);
    const choice = { forced: family, fileName: doc.uri, external };
    const analysis = onlyIncremental ? previous && patchOneRule(previous, doc.getText(), choice) : reanalyze(previous, doc.getText(), choice);
    if (!analysis) return undefined;
    // The document's own chains feed the index; if they changed, others may need a new look.
    const changed = analysis.model !== previous?.model && (this.index?.updateFromModel(doc.uri, analysis.model) ?? false);
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
