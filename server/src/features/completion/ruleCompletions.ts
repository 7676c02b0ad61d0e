// Completion inside a rule (a restore line or an `iptables ...` command line):
// decides what the typed word is and fills the list from the catalog and model.
import type { DocumentModel } from '../../analysis/model';
import { catalogGrammar } from '../../catalog/grammar';
import { optionSpecOf } from '../../catalog/modules';
import type { EnumWord } from '../../catalog/types';
import type { OptionNode } from '../../syntax/ast';
import type { OperandKind } from '../../syntax/coreOptions';
import { rangeOnLine } from '../../syntax/position';
import { parseRuleWords, type RuleParts } from '../../syntax/ruleParser';
import { addMatches, addProtocols, addTables, addTargets, addVerdicts, type Place } from './catalogLists';
import { addBuiltinChains, addPolicies, addUserChains, undeclaredChains, userChains } from './chains';
import type { RuleContext } from './cursorContext';
import { Group, ItemList, Kind } from './items';
import { addCommands, addOptions } from './options';
import { slotAfter } from './ruleSlot';
import { valueWords } from './values';
import type { CompletionItem } from 'vscode-languageserver';

export function ruleCompletions(model: DocumentModel, ctx: RuleContext): CompletionItem[] {
  const parts = parseRuleWords(ctx.words, { origin: ctx.origin, grammar: catalogGrammar });
  const slot = slotAfter(ctx.words, parts, ctx.typed.text);
  const place: Place = { family: ctx.family, table: ctx.table, chain: parts.chain?.text };
  switch (slot.kind) {
    case 'option': {
      const items = new ItemList(ctx.typed.range);
      const long = ctx.typed.text.startsWith('--');
      if (!parts.command && !slot.negated) addCommands(items, ctx.origin, long, Group.first);
      addOptions(items, parts, { origin: ctx.origin, family: ctx.family, long, negated: slot.negated });
      return items.done();
    }
    case 'operand':
      return operandCompletions(model, ctx, parts, slot.command.name, slot.operand);
    case 'value':
      return valueCompletions(model, ctx, parts, place, slot.option, slot.index);
    default:
      return [];
  }
}

function operandCompletions(model: DocumentModel, ctx: RuleContext, parts: RuleParts, command: string, operand: OperandKind): CompletionItem[] {
  const items = new ItemList(ctx.typed.range);
  const table = ctx.table;
  if (!table) return [];
  switch (operand) {
    case 'chain':
      // -P takes built-in chains only; -X and -E user chains only.
      if (command !== 'delete-chain' && command !== 'rename-chain') addBuiltinChains(items, model, table, Group.first, '', ctx.family);
      if (command !== 'policy') addUserChains(items, userChains(model, table, ctx.line, ctx.family), Group.likely);
      break;
    case 'newchain':
      if (command === 'new-chain') addUserChains(items, undeclaredChains(model, table, ctx.line, ctx.family), Group.first, '', 'used but never created');
      break;
    case 'policy':
      if (parts.chain) addPolicies(items, table, parts.chain.text, false);
      break;
    default:
      break;
  }
  return items.done();
}

function valueCompletions(model: DocumentModel, ctx: RuleContext, parts: RuleParts, place: Place, option: OptionNode, index: number): CompletionItem[] {
  const owner = option.owner;
  if (owner.kind === 'core') {
    const items = new ItemList(ctx.typed.range);
    const table = ctx.table;
    switch (owner.spec.long) {
      case '--protocol':
        addProtocols(items, ctx.family);
        break;
      case '--table':
        addTables(items);
        break;
      case '--match':
        addMatches(items, place);
        break;
      case '--jump':
        addVerdicts(items);
        if (table) addUserChains(items, jumpableChains(model, table, ctx, parts), Group.likely);
        addTargets(items, place);
        break;
      case '--goto':
        if (table) addUserChains(items, jumpableChains(model, table, ctx, parts), Group.first);
        break;
      default:
        break;
    }
    return items.done();
  }
  const spec = optionSpecOf(option);
  if (!spec) return [];
  const values = valueWords(spec, index, ctx.family);
  if (!values) return [];
  if (values.kind === 'protocols') {
    const items = new ItemList(ctx.typed.range);
    addProtocols(items, ctx.family);
    return items.done();
  }
  if (values.kind === 'chains') {
    const items = new ItemList(ctx.typed.range);
    if (ctx.table) addUserChains(items, userChains(model, ctx.table, ctx.line, ctx.family), Group.first);
    return items.done();
  }
  return enumCompletions(ctx, values.words, values.list);
}

/** User chains a rule may jump to: its own table's, not the chain the rule is in (a loop iptables refuses). */
function jumpableChains(model: DocumentModel, table: string, ctx: RuleContext, parts: RuleParts) {
  const self = parts.chain?.text;
  return userChains(model, table, ctx.line, ctx.family).filter((c) => c.name !== self);
}

/** Enum words; in a comma list only the part after the last comma is replaced, and words already listed are left out. */
function enumCompletions(ctx: RuleContext, words: readonly EnumWord[], list: boolean): CompletionItem[] {
  let range = ctx.typed.range;
  const listed = new Set<string>();
  if (list) {
    const typed = ctx.typed.text;
    const comma = typed.lastIndexOf(',');
    if (comma >= 0) {
      const start = range.start.character + comma + 1;
      range = rangeOnLine(range.end.line, start, range.end.character);
      for (const w of typed.slice(0, comma).split(',')) listed.add(w.toLowerCase());
    }
  }
  const items = new ItemList(range);
  for (const w of words) {
    if (listed.has(w.word.toLowerCase())) continue;
    items.add({
      label: w.word,
      kind: Kind.EnumMember,
      detail: w.aliases?.length ? `also ${w.aliases.join(', ')}` : undefined,
      doc: w.doc,
      group: Group.first,
    });
  }
  return items.done();
}
