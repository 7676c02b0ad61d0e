// Analyses of open documents, computed on demand and reused until the text changes.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeText, type Analysis } from '../analysis/analyze';
import { patchLines, patchQuickly } from '../analysis/incremental';
import type { Family } from '../syntax/ast';
import type { DocumentModel } from '../analysis/model';
import { readEdit } from '../analysis/lineEdit';

import { cancelIdleCollection, collect, collectAlongside, collectWhenIdle } from './collector';
import type { WorkspaceIndex } from './workspaceIndex';

interface Entry {
  version: number;
  family: Family | undefined;
  generation: number;
  analysis: Analysis;
  /** The chains the analysis asked the other files about: only their changes make it stale. */
  asked: Set<string>;
  /** A version the one-rule patch was tried for and could not serve: not tried again. */
  unpatchable?: number;
}

/** From this many lines on, a dropped analysis is worth a full collection (a few ms) before the next. */
const bigDocumentLines = 5000;

export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly forcedFamily: () => Family | undefined,
    private readonly index?: WorkspaceIndex,
  ) {}

  get(doc: TextDocument): Analysis {
    return this.analyse(doc, false)!;
  }

  /** The analysis if it is current or an edit of one rule, or of blank and comment lines, brings it up to date cheaply; otherwise nothing is computed. */
  patched(doc: TextDocument): Analysis | undefined {
    return this.analyse(doc, true);
  }

  private analyse(doc: TextDocument, onlyIncremental: boolean): Analysis | undefined {
    const family = this.forcedFamily();
    const quick = this.current(doc, family);
    if (quick || onlyIncremental) return quick;
    cancelIdleCollection();
    const patched = this.patchedLines(doc, family);
    if (patched) return patched;
    // The old analysis is of no more use: let it go before the new one is built, not after.
    const droppedLines = this.entries.get(doc.uri)?.analysis.model.parsed.lines.length ?? 0;
    this.entries.delete(doc.uri);
    // For a big dump, when the server runs with --expose-gc (the extension starts it so),
    // collect it now: V8 would otherwise keep both trees, doubling the peak.
    if (droppedLines >= bigDocumentLines) collect();
    const asked = new Set<string>();
    const analysis = analyzeText(doc.getText(), { forced: family, fileName: doc.uri, external: this.index?.except(doc.uri, asked) });
    // The document's own chains feed the index; if they changed, others may need a new look.
    const changed = this.index?.updateFromModel(doc.uri, analysis.model) ?? false;
    this.entries.set(doc.uri, { version: doc.version, family, generation: this.index?.generation ?? 0, analysis, asked });
    if (changed) this.onIndexChanged?.(doc.uri);
    return analysis;
  }

  /** The stored analysis if it is of this version, or brought to it by a quick patch (incremental.ts). */
  private current(doc: TextDocument, family: Family | undefined): Analysis | undefined {
    const hit = this.entries.get(doc.uri);
    if (!hit || hit.family !== family) return undefined;
    const generation = this.index?.generation ?? 0;
    if (hit.generation !== generation) {
      // Another file's chains changed: this analysis stands unless it asked about one of them.
      if (this.index!.changedSince(hit.generation, hit.asked)) return undefined;
      hit.generation = generation;
    }
    if (hit.version === doc.version) return hit.analysis;
    if (hit.unpatchable === doc.version) return undefined;
    // The same choice object, so the patch sees that nothing but the text changed.
    const analysis = this.patching(doc, () => patchQuickly(hit.analysis, doc.getText(), hit.analysis.parts.choice));
    // A splice may add or remove jumps and declarations: the index hears of it (chainsChanged). Other quick patches
    // leave the index as it is (it keeps declaration places, which move with their lines).
    if (analysis) this.adopt(doc, hit, analysis, analysis.chainsChanged === true);
    else hit.unpatchable = doc.version;
    // Quick patches change the model in place (the jump graph too): what they drop is mostly the old text. A patch
    // that could not serve dropped the text and its lines as well, and the patch it waits for runs on top of them.
    if (hit.analysis.model.parsed.lines.length >= bigDocumentLines) collectWhenIdle(doc.getText().length);
    return analysis;
  }

  /** Runs a patch; one that throws may have moved the old nodes halfway, so the entry is dropped before the error goes on. */
  private patching(doc: TextDocument, patch: () => Analysis | undefined): Analysis | undefined {
    try {
      return patch();
    } catch (e) {
      this.entries.delete(doc.uri);
      throw e;
    }
  }

  /** A patched analysis replaces the entry; if chains may have changed, the other files hear of it. */
  private adopt(doc: TextDocument, hit: Entry, analysis: Analysis, chainsMayChange: boolean): void {
    hit.version = doc.version;
    hit.analysis = analysis;
    hit.unpatchable = undefined;
    if (!chainsMayChange || !this.index) return;
    const changed = this.index.updateFromModel(doc.uri, analysis.model);
    // Its own change is no news to this document.
    hit.generation = this.index.generation;
    if (changed) this.onIndexChanged?.(doc.uri);
  }

  /** The stored analysis brought to this version by re-reading the changed lines (incremental.ts), when nothing else changed. */
  private patchedLines(doc: TextDocument, family: Family | undefined): Analysis | undefined {
    const hit = this.entries.get(doc.uri);
    if (!hit || hit.family !== family || hit.generation !== (this.index?.generation ?? 0)) return undefined;
    const analysis = this.patching(doc, () => patchLines(hit.analysis, doc.getText(), hit.analysis.parts.choice));
    if (analysis) {
      this.adopt(doc, hit, analysis, true);
      // The old model and jump graph are garbage now; V8 would let several of them pile up
      // (70 MB each at 50k rules). Collect once the caller has sent what it computed.
      if (analysis.model.parsed.lines.length >= bigDocumentLines) collectAlongside();
    }
    return analysis;
  }

  /**
   * For completion while a line of a big restore file is being typed: the stored
   * model with the document's current lines, when nothing but that line changed.
   * Completion reads the cursor line from the text and only the surroundings (table
   * block, chains) from the model, so it need not wait for the edit's patch (0.6 s at 50k rules).
   */
  typingView(doc: TextDocument, line: number): DocumentModel | undefined {
    const hit = this.entries.get(doc.uri);
    if (!hit || hit.family !== this.forcedFamily()) return undefined;
    const { model } = hit.analysis;
    if (hit.version === doc.version) return model;
    if (model.parsed.lines.length < bigDocumentLines) return undefined;
    // The same reading of the edit as the patches make: only this line, the line count kept.
    const edit = readEdit(hit.analysis, doc.getText(), hit.analysis.parts.choice);
    if (edit === 'same') return model;
    if (!edit || edit.delta !== 0 || edit.first !== line || edit.oldEnd !== line + 1) return undefined;
    return { ...model, parsed: { ...model.parsed, lines: edit.lines } };
  }

  /** Called when a document's analysis changed the chains other documents can see. */
  onIndexChanged?: (uri: string) => void;

  /** Has the document been analysed since it was opened (or since the settings changed)? */
  has(uri: string): boolean {
    return this.entries.has(uri);
  }

  /** The document's last analysis has this many lines or more: its edits are worth care (collections, the typing view). */
  isBig(uri: string): boolean {
    return (this.entries.get(uri)?.analysis.model.parsed.lines.length ?? 0) >= bigDocumentLines;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  clear(): void {
    this.entries.clear();
  }
}
