// Where a `*table` block ends for the outline and folding: its COMMIT line, or,
// without COMMIT, the last non-blank line before the next table.
import type { LineNode, ParsedDocument, TableBlock } from '../syntax/ast';

export function blockEnd(parsed: ParsedDocument, block: TableBlock): LineNode {
  if (block.commit) return block.commit;
  let last = block.lastNode;
  while (last > block.firstNode && parsed.nodes[last].kind === 'blank') last--;
  return parsed.nodes[last];
}
