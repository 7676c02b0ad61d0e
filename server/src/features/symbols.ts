// Outline: tables, and under each table the chains it declares or fills.
// Restore input groups by `*table` block (a repeated block gets its own
// entry); script commands group by the table they act on (`-t`, default filter).
import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver';
import { allReferences, familyOf, type ChainReference, type DocumentModel, type ReferenceKind } from '../analysis/model';
import type { Family, RuleNode } from '../syntax/ast';
import { spanning } from '../syntax/position';
import { blockEnd } from './blockEnd';
import { plural } from '../analysis/checks/wording';
import { familyProgram } from '../syntax/programs';

/** Built-in chains are where packets enter (events); user chains are called by jumps (functions). */
const tableSymbolKind = SymbolKind.Namespace;
export const builtinChainSymbolKind = SymbolKind.Event;
export const userChainSymbolKind = SymbolKind.Function;

/** Mentions that place a chain in a table; a jump alone does not (it may name a chain defined elsewhere). */
export const definingKinds: ReadonlySet<ReferenceKind> = new Set<ReferenceKind>(['declaration', 'append', 'insert', 'replace', 'policy']);

interface ChainEntry {
  first: ChainReference;
  builtin: boolean;
  policy?: string;
  rules: number;
}

interface Group {
  table: string;
  range: Range;
  selectionRange: Range;
  chains: Map<string, ChainEntry>;
}

export function documentSymbols(model: DocumentModel): DocumentSymbol[] {
  const { nodes, tables } = model.parsed;
  const groupOfNode: Array<Group | undefined> = new Array(nodes.length);

  const groups: Group[] = [];
  for (const block of tables) {
    const last = blockEnd(model.parsed, block);
    const header = block.header;
    const group: Group = {
      table: header.name.text || '(no table name)',
      range: spanning(header.range, last.range),
      selectionRange: header.name.range,
      chains: new Map(),
    };
    groups.push(group);
    for (let n = block.firstNode; n <= block.lastNode; n++) {
      // A command line cannot sit inside restore input; keep it with its own table.
      const node = nodes[n];
      if (!(node.kind === 'rule' && node.origin === 'command')) groupOfNode[n] = group;
    }
  }

  // Command lines: one group per table (and per program, in a script that sets up both
  // families), spanning its first to its last command.
  const byTable = new Map<string, Group>();
  for (let n = 0; n < nodes.length; n++) {
    const node = nodes[n];
    if (node.kind !== 'rule' || node.origin !== 'command' || node.table === undefined) continue;
    const name = tableLabel(node.table, familyOf(node, model.family), model.family);
    let group = byTable.get(name);
    if (!group) {
      group = { table: name, range: node.range, selectionRange: tableWord(node), chains: new Map() };
      byTable.set(name, group);
      groups.push(group);
    } else {
      group.range = spanning(group.range, node.range);
    }
    groupOfNode[n] = group;
  }

  for (const ref of allReferences(model)) {
    if (!definingKinds.has(ref.kind)) continue;
    const group = groupOfNode[ref.node];
    if (!group || !ref.chain) continue;
    let entry = group.chains.get(ref.chain.name);
    if (!entry) {
      entry = { first: ref, builtin: ref.chain.builtin, rules: 0 };
      group.chains.set(ref.chain.name, entry);
    }
    const node = nodes[ref.node];
    if (ref.kind === 'append' || ref.kind === 'insert') entry.rules++;
    // Only a built-in chain shows its policy; a restore chain line reads its words again to give it.
    else if (ref.kind === 'declaration' && entry.builtin && node.kind === 'chain' && node.policy) entry.policy ??= node.policy.text;
    else if (ref.kind === 'policy' && node.kind === 'rule' && node.operands[0]) entry.policy = node.operands[0].text;
  }

  groups.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return groups.map((group) => {
    const children = [...group.chains.values()].map((entry) => chainSymbol(model, entry));
    const rules = [...group.chains.values()].reduce((sum, e) => sum + e.rules, 0);
    return {
      name: group.table,
      detail: `${plural(children.length, 'chain')} · ${plural(rules, 'rule')}`,
      kind: tableSymbolKind,
      range: group.range,
      selectionRange: group.selectionRange,
      children,
    };
  });
}

function chainSymbol(model: DocumentModel, entry: ChainEntry): DocumentSymbol {
  const ref = entry.first;
  const what = entry.builtin ? (entry.policy ?? 'built-in chain') : 'user chain';
  return {
    name: ref.word.text,
    detail: `${what} · ${plural(entry.rules, 'rule')}`,
    kind: entry.builtin ? builtinChainSymbolKind : userChainSymbolKind,
    range: model.parsed.nodes[ref.node].range,
    selectionRange: ref.word.range,
  };
}

/** A table's name, with the program for the other family's chains of a script: `filter (ip6tables)`. */
export function tableLabel(table: string, family: Family, documentFamily: Family): string {
  return family === documentFamily ? table : `${table} (${familyProgram(family)})`;
}

/** The `nat` of `-t nat`, or the program word when the table is the default. */
function tableWord(rule: RuleNode): Range {
  const option = rule.options.find((o) => o.name === '--table');
  return option?.args[0]?.range ?? rule.program?.range ?? rule.range;
}
