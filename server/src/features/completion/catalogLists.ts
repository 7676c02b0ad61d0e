// Whole lists from the catalog: tables, protocols, match modules, targets.
// Modules are filtered by family; those the kernel refuses in the current
// table/chain stay in the list but sort last, with a note saying why.
import { allModules, implicitMatchFor } from '../../catalog/modules';
import { protocols } from '../../catalog/protocols';
import { builtinChain, tables } from '../../catalog/tables';
import type { Family, ModuleSpec } from '../../catalog/types';
import { verdicts } from '../../catalog/verdicts';
import { Group, ItemList, Kind } from './items';
import { code } from '../hover/markdown';
import { allowedAt, allowedInTable, placeNames, placesOf } from '../../catalog/places';
import { orList } from '../../analysis/checks/wording';

export interface Place {
  family: Family;
  table?: string;
  /** The chain the rule goes into, when known. */
  chain?: string;
}

export function addTables(items: ItemList, prefix = '', kind: Kind = Kind.Struct): void {
  for (const t of tables) {
    items.add({
      label: `${prefix}${t.name}`,
      kind,
      detail: `table: ${t.chains.map((c) => c.name).join(', ')}`,
      doc: t.purpose,
      group: Group.first,
    });
  }
}

/** Protocols whose own match does not exist in the family (icmp for IPv6...) sort last. */
export function addProtocols(items: ItemList, family: Family): void {
  for (const p of protocols) {
    // The match the protocol loads by itself (`-p tcp` loads tcp).
    const own = implicitMatchFor(p.name);
    const foreign = own !== undefined && !own.families.includes(family);
    items.add({
      label: p.name,
      kind: Kind.EnumMember,
      detail: foreign ? `protocol ${p.number} · for ${own.families.join('/')}` : `protocol ${p.number}`,
      doc: foreign ? `${p.doc}\n\nThis protocol belongs to ${own.families.join('/')}; in ${family} rules it never matches anything useful.` : p.doc,
      group: foreign ? Group.unfit : Group.first,
    });
  }
}

/**
 * Whether the kernel takes the module in this table and chain. A user chain
 * may be reached from any built-in chain of its table, so any entry of the
 * table will do there.
 */
function fitsPlace(module: ModuleSpec, place: Place): boolean {
  if (!module.allowedIn || !place.table) return true;
  const places = placesOf(module.allowedIn);
  const { table, chain } = place;
  return chain && builtinChain(table, chain) ? allowedAt(places, table, chain) : allowedInTable(places, table);
}

function where(place: Place): string {
  return place.chain && place.table && builtinChain(place.table, place.chain) ? `${place.table}/${place.chain}` : `the ${place.table} table`;
}

function moduleDoc(m: ModuleSpec, fits: boolean, place: Place): string {
  const parts: string[] = [];
  if (!fits) parts.push(`**Not accepted in ${where(place)}**: the kernel refuses it there. It works only in ${orList(placeNames(placesOf(m.allowedIn ?? []), place.table))}.`);
  parts.push(m.summary);
  // Some modules need their protocol in one family only (ah: IPv4).
  if (m.protocols?.length && (!m.protocolsFamily || m.protocolsFamily === place.family)) parts.push(`Needs ${m.protocols.map((p) => code(`-p ${p}`)).join(' or ')} on the rule.`);
  if (m.external) parts.push(m.external);
  if (m.doc) parts.push(m.doc);
  return parts.join('\n\n');
}

export function addMatches(items: ItemList, place: Place): void {
  addModules(items, place, 'match', Kind.Module);
}

export function addVerdicts(items: ItemList): void {
  for (const v of verdicts) {
    items.add({ label: v.name, kind: Kind.Function, detail: 'built-in verdict', doc: v.doc, group: Group.first });
  }
}

export function addTargets(items: ItemList, place: Place): void {
  addModules(items, place, 'target', Kind.Function);
}

function addModules(items: ItemList, place: Place, moduleKind: ModuleSpec['kind'], kind: Kind): void {
  for (const m of allModules) {
    if (m.kind !== moduleKind || !m.families.includes(place.family)) continue;
    const fits = fitsPlace(m, place);
    items.add({
      label: m.name,
      kind,
      detail: fits ? m.summary : `not accepted in ${where(place)} · ${m.summary}`,
      doc: moduleDoc(m, fits, place),
      group: fits ? Group.normal : Group.unfit,
    });
  }
}
