// What sits under the cursor for the navigation features: a chain reference,
// or a jump target that is not a chain (verdict, extension target, policy word).
import { nodesOnLine as nodesOfLine } from '../syntax/lookup';
import { findTarget } from '../catalog/modules';
import { findVerdict } from '../catalog/verdicts';
import { referenceAt, type ChainReference, type DocumentModel } from '../analysis/model';
import type { LineNode } from '../syntax/ast';
import { comparePositions, contains, type Position, type Range } from '../syntax/position';
import type { Word } from '../syntax/word';

/** The chain reference under the cursor; the `:` of a `:NAME` line counts as part of the name. */
export function chainReferenceAt(model: DocumentModel, position: Position): ChainReference | undefined {
  const ref = referenceAt(model, position.line, position.character);
  if (ref) return ref;
  for (const node of nodesOnLine(model, position.line)) {
    if (node.kind !== 'chain') continue;
    const start = node.name.range.start;
    if (start.line === position.line && start.character === position.character + 1) {
      return referenceAt(model, start.line, start.character);
    }
  }
  return undefined;
}

/** A word naming something that is not a chain: `-j ACCEPT`, `-j DNAT`, the policy of `:INPUT DROP`. */
export interface NonChainWord {
  word: Word;
  what: 'verdict' | 'extension target';
}

export function nonChainWordAt(model: DocumentModel, position: Position): NonChainWord | undefined {
  for (const node of nodesOnLine(model, position.line)) {
    const candidates: Word[] = [];
    if (node.kind === 'rule') {
      if (node.target) candidates.push(node.target.nameWord);
      if (node.command?.name === 'policy' && node.operands[0]) candidates.push(node.operands[0]);
    } else if (node.kind === 'chain' && node.policy) {
      candidates.push(node.policy);
    }
    for (const word of candidates) {
      if (!contains(word.range, position)) continue;
      if (findVerdict(word.text)) return { word, what: 'verdict' };
      if (findTarget(word.text)) return { word, what: 'extension target' };
    }
  }
  return undefined;
}

/** Nodes that cover a line (a script line may hold several commands). */
export function nodesOnLine(model: DocumentModel, line: number): LineNode[] {
  return nodesOfLine(model.parsed, line);
}

/** References in file order: the binder already makes them so (see bindDocument); callers go through this until they read the lists directly. */
export function inFileOrder(refs: readonly ChainReference[]): readonly ChainReference[] {
  return refs;
}

export function sameRange(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.start) === 0 && comparePositions(a.end, b.end) === 0;
}
