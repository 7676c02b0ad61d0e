// Go to definition: from any mention of a chain to the line(s) that create it.
import type { Location, Position } from 'vscode-languageserver';
import type { DocumentModel } from '../analysis/model';
import { chainReferenceAt } from './chainAt';

/**
 * User chains go to their `:NAME` lines or `-N NAME` commands (several when a
 * table block is repeated). Built-in chains have no creation line, so they go
 * to their policy line (`:INPUT ACCEPT`, or `-P INPUT DROP` in a script).
 */
export function definition(model: DocumentModel, uri: string, position: Position): Location[] {
  const chain = chainReferenceAt(model, position)?.chain;
  if (!chain) return [];
  let targets = chain.declarations;
  if (chain.builtin && targets.length === 0) targets = chain.references.filter((r) => r.kind === 'policy');
  return targets.map((r) => ({ uri, range: r.word.range }));
}
