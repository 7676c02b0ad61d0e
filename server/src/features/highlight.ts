// Document highlight: the chain under the cursor everywhere in its table,
// lines that create it marked as writes, every other mention as reads.
import { DocumentHighlightKind, type DocumentHighlight, type Position } from 'vscode-languageserver';
import type { DocumentModel } from '../analysis/model';
import { chainReferenceAt } from './chainAt';

/** `uri` is unused (highlights stay in the document) but kept so every navigation feature has the same shape. */
export function documentHighlight(model: DocumentModel, _uri: string, position: Position): DocumentHighlight[] {
  const chain = chainReferenceAt(model, position)?.chain;
  if (!chain) return [];
  return chain.references.map((r) => ({
    range: r.word.range,
    kind: r.kind === 'declaration' ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
  }));
}
