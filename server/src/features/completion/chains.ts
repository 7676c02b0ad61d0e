// Chain names for completion: the built-in chains of a table (from the catalog)
// and the user chains the document creates in that table (from the model).
import { chainsOf, type ChainSymbol, type DocumentModel } from '../../analysis/model';
import type { Family } from '../../syntax/ast';
import { builtinChain, findTable } from '../../catalog/tables';
import { builtinChainDoc, policyDoc, userChainPolicyDoc } from '../../catalog/restoreDocs';
import { verdicts } from '../../catalog/verdicts';
import { Group, ItemList, Kind } from './items';
import { plural } from '../../analysis/checks/wording';
import { code } from '../hover/markdown';

/** True when something other than the cursor line mentions the chain (so the half-typed word is not offered back). */
function mentionedElsewhere(refs: ChainSymbol['references'], line: number): boolean {
  return refs.some((r) => r.word.range.start.line !== line || r.word.range.end.line !== line);
}

/**
 * User chains of the table the document makes available: declared (`:NAME`,
 * `-N NAME`) on another line; in scripts also chains only filled or used,
 * since another program (Docker, a previous script) may have created them.
 */
export function userChains(model: DocumentModel, table: string, line: number, family: Family = model.family): ChainSymbol[] {
  // A script's ip6tables lines have chains of their own (see DocumentModel.otherFamily).
  const byName = chainsOf(model, family)?.get(table);
  if (!byName) return [];
  const strict = model.parsed.format === 'restore';
  const out: ChainSymbol[] = [];
  for (const chain of byName.values()) {
    if (chain.builtin) continue;
    if (mentionedElsewhere(chain.declarations, line)) out.push(chain);
    else if (!strict && mentionedElsewhere(chain.references, line)) out.push(chain);
  }
  return out;
}

/** User chains the document uses in the table but never creates: what `:NAME` or `-N` may still need. */
export function undeclaredChains(model: DocumentModel, table: string, line: number, family: Family = model.family): ChainSymbol[] {
  const byName = chainsOf(model, family)?.get(table);
  if (!byName) return [];
  const out: ChainSymbol[] = [];
  for (const chain of byName.values()) {
    if (chain.builtin || mentionedElsewhere(chain.declarations, line)) continue;
    if (mentionedElsewhere(chain.references, line)) out.push(chain);
  }
  return out;
}

/** The policy the document gives a built-in chain: its `:NAME POLICY` line, or the last `-P` in a script. */
function policyOf(chain: ChainSymbol | undefined): string | undefined {
  if (!chain) return undefined;
  if (chain.policyLine?.policy) return chain.policyLine.policy.text;
  for (let i = chain.references.length - 1; i >= 0; i--) {
    const ref = chain.references[i];
    if (ref.kind === 'policy') return ref.rule?.operands[0]?.text;
  }
  return undefined;
}

export function addBuiltinChains(items: ItemList, model: DocumentModel, table: string, group: number, prefix = '', family: Family = model.family): void {
  for (const info of findTable(table)?.chains ?? []) {
    const policy = policyOf(chainsOf(model, family)?.get(table)?.get(info.name));
    items.add({
      label: `${prefix}${info.name}`,
      kind: Kind.Class,
      detail: policy ? `built-in chain, policy ${policy}` : 'built-in chain',
      doc: `Built-in chain of the ${code(table)} table. ${builtinChainDoc(info)}`,
      group,
    });
  }
}

export function addUserChains(items: ItemList, chains: readonly ChainSymbol[], group: number, prefix = '', why?: string): void {
  for (const chain of chains) {
    // No documentation here: a dump may hold thousands of chains; resolveCompletion adds it on demand.
    items.add({
      label: `${prefix}${chain.name}`,
      kind: Kind.Reference,
      detail: why ?? `user chain, ${plural(chain.rules.length, 'rule')}`,
      group,
      data: { chain: chain.name, table: chain.table, rules: chain.rules.length } satisfies ChainItemData,
    });
  }
}

/** What a user chain item carries for resolveCompletion. */
export interface ChainItemData {
  chain: string;
  table: string;
  rules: number;
}

export function isChainItemData(data: unknown): data is ChainItemData {
  const d = data as Partial<ChainItemData> | null;
  return typeof d === 'object' && d !== null && typeof d.chain === 'string' && typeof d.table === 'string' && typeof d.rules === 'number';
}

export function userChainDoc(data: ChainItemData): string {
  return `User chain of the ${code(data.table)} table with ${plural(data.rules, 'rule')}. Packets enter it only through ${code(`-j ${data.chain}`)} or ${code(`-g ${data.chain}`)}.`;
}

/** Policies: ACCEPT or DROP for a built-in chain, `-` for a user chain (in `:NAME -` lines). */
export function addPolicies(items: ItemList, table: string | undefined, chain: string, userDash: boolean): void {
  const builtin = table ? builtinChain(table, chain) !== undefined : true;
  if (!builtin && userDash) {
    items.add({
      label: '-',
      kind: Kind.EnumMember,
      detail: 'user chain: no policy',
      doc: userChainPolicyDoc,
      group: Group.first,
    });
    return;
  }
  for (const v of verdicts) {
    if (!v.policy) continue;
    items.add({ label: v.name, kind: Kind.EnumMember, detail: 'policy', doc: `${policyDoc} ${v.doc}`, group: Group.first });
  }
}
