// Lists that live as long as a document. An array grown by push keeps room for
// about 16 more items; a dump's parse tree and its chains hold hundreds of
// thousands of short lists, so they are kept at their exact size.

/** The empty list, shared: the start of a list that only grows through appended(), or a list that stays empty. Frozen, so a push fails loudly. */
export const none = Object.freeze([]) as unknown as never[];

/** The list with one more item: short lists are copied at their exact size, long ones grow in place. */
export function appended<T>(items: T[], item: T): T[] {
  if (items.length >= 8) {
    items.push(item);
    return items;
  }
  return items.length === 0 ? [item] : [...items, item];
}

/** An exact-size copy of a list grown by push. */
export function fit<T>(items: T[]): T[] {
  return items.length === 0 ? [] : items.slice();
}

/**
 * Appends the items to the list. `push(...items)` passes them as arguments, which
 * overflows the stack past about 100k: one line of a hostile file carries that many problems.
 */
export function pushAll<T>(out: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) out.push(items[i]);
}
