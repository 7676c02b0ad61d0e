// Find all references: every mention of the chain under the cursor, in its table only.
import type { Location, Position } from 'vscode-languageserver';
import type { DocumentModel } from '../analysis/model';
import { chainReferenceAt } from './chainAt';

export function references(
  model: DocumentModel,
  uri: string,
  position: Position,
  context: { includeDeclaration: boolean },
): Location[] {
  const chain = chainReferenceAt(model, position)?.chain;
  if (!chain) return [];
  const refs = context.includeDeclaration ? chain.references : chain.references.filter((r) => r.kind !== 'declaration');
  return refs.map((r) => ({ uri, range: r.word.range }));
}
