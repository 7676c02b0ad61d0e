// Completion: what may be typed at the cursor, taken from the catalog (tables,
// modules, options, value words) and from the model (chains of the document).
// Only the cursor's line (and the lines it continues) is read; nothing scans the document.
import { MarkupKind, type CompletionItem, type CompletionList, type Position } from 'vscode-languageserver';
import type { DocumentModel } from '../analysis/model';
import { isChainItemData, userChainDoc } from './completion/chains';
import { cursorContext } from './completion/cursorContext';
import { lineCompletions } from './completion/lineCompletions';
import { lineText } from './completion/lines';
import { ruleCompletions } from './completion/ruleCompletions';

export function completion(model: DocumentModel, position: Position): CompletionItem[] {
  try {
    return completionItems(model, position);
  } catch {
    // A half-typed line may reach states nobody foresaw: offer nothing rather than fail the request.
    return [];
  }
}

/**
 * What the server sends: at most `limit` items, narrowed by what is already typed
 * and marked incomplete, so a dump with 70,000 chains does not ship them all on
 * every keystroke; the editor asks again as the word grows.
 */
export function completionList(model: DocumentModel, position: Position, limit = 1000): CompletionList {
  const items = completion(model, position);
  if (items.length <= limit) return { isIncomplete: false, items };
  const edit = items.find((i) => i.textEdit && 'range' in i.textEdit)?.textEdit as { range: { start: Position } } | undefined;
  const line = lineText(model.parsed, position.line) ?? '';
  const typed = edit ? line.slice(edit.range.start.character, position.character).toLowerCase() : '';
  const matching = typed ? items.filter((i) => (i.filterText ?? i.label).toLowerCase().includes(typed)) : items;
  return { isIncomplete: true, items: matching.slice(0, limit) };
}

/** The same without the safety net, so tests see a failure instead of an empty list. */
export function completionItems(model: DocumentModel, position: Position): CompletionItem[] {
  const ctx = cursorContext(model, position);
  if (!ctx) return [];
  return ctx.kind === 'rule' ? ruleCompletions(model, ctx) : lineCompletions(model, ctx);
}

/** Adds what is left out of long lists until an item is focused: the documentation of user chains. */
export function resolveCompletion(item: CompletionItem): CompletionItem {
  try {
    if (!item.documentation && isChainItemData(item.data)) {
      return { ...item, documentation: { kind: MarkupKind.Markdown, value: userChainDoc(item.data) } };
    }
  } catch {
    // fall through: the item as it came
  }
  return item;
}
