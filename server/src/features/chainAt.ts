// What sits under the cursor for the navigation features: a chain reference,
// or a jump target that is not a chain (verdict, extension target, policy word).
import { nodesOnLine } from '../syntax/lookup';
import { findTarget } from '../catalog/modules';
import { findVerdict } from '../catalog/verdicts';
import { referenceAt, type ChainReference, type DocumentModel } from '../analysis/model';
import { contains, type Position } from '../syntax/position';
import type { Word } from '../syntax/word';
import { commandOf, targetOf } from '../syntax/restoreRule';

/** The chain reference under the cursor; the `:` of a `:NAME` line counts as part of the name. */
export function chainReferenceAt(model: DocumentModel, position: Position): ChainReference | undefined {
  const ref = referenceAt(model, position.line, position.character);
  if (ref) return ref;
  for (const node of nodesOnLine(model.parsed, position.line)) {
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
  for (const node of nodesOnLine(model.parsed, position.line)) {
    const candidates: Word[] = [];
    if (node.kind === 'rule') {
      const target = targetOf(node);
      if (target) candidates.push(target.nameWord);
      if (commandOf(node) === 'policy' && node.operands[0]) candidates.push(node.operands[0]);
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
