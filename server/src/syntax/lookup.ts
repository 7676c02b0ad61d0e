// Finding nodes by line in a parsed document.
import type { LineNode, ParsedDocument } from './ast';

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
