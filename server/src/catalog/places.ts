// Where a module, option or value word may stand, read from its `allowedIn`
// list: `table/CHAIN`, or `any/CHAIN` for that chain in every table that has it.
// Read once per list, for the placement checks, hover and completion alike.
import { builtinChain, tables } from './tables';

export interface Places {
  list: readonly string[];
  pairs: ReadonlySet<string>;
  tables: ReadonlySet<string>;
  /** The kernel restricts only the hooks, not the table. */
  hookOnly: boolean;
}

const cache = new WeakMap<readonly string[], Places>();

export function placesOf(allowedIn: readonly string[]): Places {
  let p = cache.get(allowedIn);
  if (p) return p;
  const pairs = new Set(allowedIn);
  const tableNames = new Set<string>();
  const chains = new Set<string>();
  for (const entry of allowedIn) {
    const [table, chain] = entry.split('/');
    tableNames.add(table);
    chains.add(chain);
  }
  // Hook-only when every table that has one of the allowed chains is listed with it.
  const hookOnly = tableNames.has('any') || tables.every((t) => t.chains.every((c) => !chains.has(c.name) || pairs.has(`${t.name}/${c.name}`)));
  p = { list: allowedIn, pairs, tables: tableNames, hookOnly };
  cache.set(allowedIn, p);
  return p;
}

/** May it stand in this built-in chain of this table? */
export function allowedAt(p: Places, table: string, chain: string): boolean {
  return p.pairs.has(`${table}/${chain}`) || p.pairs.has(`any/${chain}`);
}

/** May it stand somewhere in this table? */
export function allowedInTable(p: Places, table: string): boolean {
  return p.tables.has(table) || p.tables.has('any');
}

/** "nat POSTROUTING", "nat PREROUTING"... for sentences; with a table, the places in it come first (or alone). */
export function placeNames(p: Places, table?: string): string[] {
  const show = (e: string): string => (e.startsWith('any/') ? `${table ?? 'any table'} ${e.slice(4)}` : e.replace('/', ' '));
  const here = table ? p.list.filter((e) => e.startsWith(`${table}/`) || (e.startsWith('any/') && builtinChain(table, e.slice(4)))) : [];
  return (here.length ? here : p.list).map(show);
}
