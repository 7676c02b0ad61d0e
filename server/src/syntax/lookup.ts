// Finding nodes by line in a parsed document.
import type { LineNode, ParsedDocument, RuleNode } from './ast';

/** Nodes that cover `line` (a script line may hold several commands). */
export function nodesOnLine(parsed: ParsedDocument, line: number): LineNode[] {
  const { nodes, nodeAtLine } = parsed;
  if (line < 0 || line >= nodeAtLine.length) return [];
  const first = nodeAtLine[line];
  if (first < 0) return [];
  const found: LineNode[] = [];
  for (let n = first; n < nodes.length && nodes[n].range.start.line <= line; n++) {
    if (nodes[n].range.end.line >= line) found.push(nodes[n]);
  }
  return found;
}

/** The rules among the nodes that cover `line`. */
export function rulesOnLine(parsed: ParsedDocument, line: number): RuleNode[] {
  return nodesOnLine(parsed, line).filter((n): n is RuleNode => n.kind === 'rule');
}
