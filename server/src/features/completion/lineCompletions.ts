// Completion of iptables-restore's own lines: what a line may start with,
// table names after `*`, chain names after `:`, and the policy of a chain line.
import type { CompletionItem } from 'vscode-languageserver';
import type { DocumentModel } from '../../analysis/model';
import { findTable } from '../../catalog/tables';
import { commitDoc } from '../../catalog/restoreDocs';
import { addTables } from './catalogLists';
import { addBuiltinChains, addPolicies, addUserChains, undeclaredChains } from './chains';
import type { CursorContext } from './cursorContext';
import { Group, ItemList, Kind } from './items';
import { addCommands } from './options';

type LineContext = Exclude<CursorContext, { kind: 'rule' }>;

export function lineCompletions(model: DocumentModel, ctx: LineContext): CompletionItem[] {
  const items = new ItemList(ctx.typed.range);
  switch (ctx.kind) {
    case 'tableName':
      addTables(items);
      break;
    case 'chainName':
      if (ctx.table && findTable(ctx.table)) {
        addBuiltinChains(items, model, ctx.table, Group.first);
        addUserChains(items, undeclaredChains(model, ctx.table, ctx.line), Group.likely, '', 'used but never declared');
      }
      break;
    case 'chainPolicy':
      addPolicies(items, ctx.table, ctx.chain, true);
      break;
    case 'lineStart':
      lineStart(model, items, ctx);
      break;
  }
  return items.done();
}

function lineStart(model: DocumentModel, items: ItemList, ctx: Extract<LineContext, { kind: 'lineStart' }>): void {
  const long = ctx.typed.text.startsWith('--');
  if (ctx.table === undefined) {
    // Outside a block only a `*table` line may come (comments aside).
    if (!ctx.indented) addTables(items, '*', Kind.Keyword);
    return;
  }
  const table = findTable(ctx.table) ? ctx.table : undefined;
  if (!ctx.indented && table) {
    // Chain lines must come first in a block: built-in chains with their policy, user chains with `-`.
    addBuiltinChains(items, model, table, Group.likely, ':');
    addUserChains(items, undeclaredChains(model, table, ctx.line), Group.likely, ':', 'used but never declared');
  }
  addCommands(items, 'restore', long, Group.first);
  if (!ctx.indented) {
    items.add({
      label: 'COMMIT',
      kind: Kind.Keyword,
      detail: `end the ${ctx.table} table block`,
      doc: commitDoc,
      group: Group.normal,
    });
  }
}
