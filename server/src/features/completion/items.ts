// Turns candidates into LSP completion items that all replace the same typed
// range, keeping the order they were added in within a relevance group.
import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem } from 'vscode-languageserver';
import type { Range } from '../../syntax/position';

export { CompletionItemKind as Kind };

/** Relevance groups: lower sorts first. */
export const Group = {
  first: 0,
  likely: 1,
  normal: 2,
  later: 3,
  rare: 5,
  /** Offered but wrong here (a target the kernel refuses in this chain...). */
  unfit: 8,
} as const;

export interface Candidate {
  label: string;
  kind: CompletionItemKind;
  detail?: string;
  /** Markdown, our own words. */
  doc?: string;
  group: number;
  /** Inserted text when it differs from the label. */
  insert?: string;
  /** Kept on the item for resolveCompletion. */
  data?: unknown;
}

export class ItemList {
  private readonly items: CompletionItem[] = [];
  private readonly seen = new Set<string>();

  constructor(private readonly range: Range) {}

  /** Adds a candidate unless one with the same label was added before (the earlier one wins). */
  add(c: Candidate): void {
    if (this.seen.has(c.label)) return;
    this.seen.add(c.label);
    const newText = c.insert ?? c.label;
    const item: CompletionItem = {
      label: c.label,
      kind: c.kind,
      sortText: sortKey(c.group, this.items.length),
      insertText: newText,
      insertTextFormat: InsertTextFormat.PlainText,
      textEdit: { range: this.range, newText },
    };
    if (c.detail) item.detail = c.detail;
    if (c.doc) item.documentation = { kind: MarkupKind.Markdown, value: c.doc };
    if (c.data !== undefined) item.data = c.data;
    this.items.push(item);
  }

  done(): CompletionItem[] {
    return this.items;
  }
}

/** Group digit then the insertion order, fixed width so it sorts as text. */
function sortKey(group: number, order: number): string {
  const n = String(order);
  return `${group}${'000000'.slice(n.length)}${n}`;
}

