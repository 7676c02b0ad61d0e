// Completion: what may be typed at the cursor, taken from the catalog (tables,
// modules, options, value words) and from the model (chains of the document).
// Only the cursor's line is read from the text; nothing scans the document.
import { MarkupKind, type CompletionItem, type Position } from 'vscode-languageserver';
import type { DocumentModel } from '../analysis/model';
import { isChainItemData, userChainDoc } from './completion/chains';
import { cursorContext } from './completion/cursorContext';
import { lineCompletions } from './completion/lineCompletions';
import { ruleCompletions } from './completion/ruleCompletions';

export function completion(model: DocumentModel, text: string, position: Position): CompletionItem[] {
  try {
    return completionItems(model, text, position);
  } catch {
    // A half-typed line may reach states nobody foresaw: offer nothing rather than fail the request.
    return [];
  }
}

/** The same without the safety net, so tests see a failure instead of an empty list. */
export function completionItems(model: DocumentModel, text: string, position: Position): CompletionItem[] {
  const ctx = cursorContext(model, text, position);
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
