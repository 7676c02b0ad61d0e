// Folding: whole table blocks (`*table` through COMMIT), runs of rules added
// to the same chain, and runs of comment lines. Runs never cross a block
// boundary, so the ranges nest cleanly inside the table folds.
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver';
import type { DocumentModel } from '../analysis/model';
import type { LineNode, RuleNode } from '../syntax/ast';
import { blockEnd } from './blockEnd';
import { commandOf } from '../syntax/restoreRule';

export function foldingRanges(model: DocumentModel): FoldingRange[] {
  const { nodes, tables } = model.parsed;
  const ranges: FoldingRange[] = [];
  const add = (startLine: number, endLine: number, kind?: FoldingRangeKind): void => {
    if (startLine < endLine) ranges.push(kind ? { startLine, endLine, kind } : { startLine, endLine });
  };

  for (const block of tables) add(block.header.range.start.line, blockEnd(model.parsed, block).range.end.line);

  for (let n = 0; n < nodes.length; ) {
    const node = nodes[n];
    let m = n + 1;
    if (node.kind === 'comment') {
      while (m < nodes.length && nodes[m].kind === 'comment') m++;
      if (m - n >= 2) add(node.range.start.line, nodes[m - 1].range.end.line, FoldingRangeKind.Comment);
    } else if (addsRule(node)) {
      while (m < nodes.length && sameChain(node, nodes[m])) m++;
      if (m - n >= 2) add(node.range.start.line, nodes[m - 1].range.end.line);
    }
    n = m;
  }

  // Outer ranges first, as editors expect when two ranges start on one line.
  return ranges.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}

function addsRule(node: LineNode): node is RuleNode & { chain: NonNullable<RuleNode['chain']> } {
  return node.kind === 'rule' && node.chain !== undefined && (commandOf(node) === 'append' || commandOf(node) === 'insert');
}

function sameChain(first: RuleNode & { chain: NonNullable<RuleNode['chain']> }, next: LineNode): boolean {
  return addsRule(next) && next.chain.text === first.chain.text && next.table === first.table && next.origin === first.origin;
}
