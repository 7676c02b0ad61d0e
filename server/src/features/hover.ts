// Hover: a plain-words explanation of whatever token is under the cursor.
import type { Hover } from 'vscode-languageserver';
import { chainSymbol, familyOf, type ChainSymbol, type DocumentModel } from '../analysis/model';
import type { AssignmentNode, ChainNode, CountersNode, Family, LineNode, OptionNode, ParsedDocument, RuleNode, TableNode } from '../syntax/ast';
import { comparePositions, contains, samePosition, type Position, type Range } from '../syntax/position';
import { nodesOnLine } from '../syntax/lookup';
import type { Word } from '../syntax/word';
import { builtinChain, findTable, tables } from '../catalog/tables';
import { badPolicyDoc, builtinChainDoc, commitDoc, keepPolicyDoc, negationDoc, policyDoc, userChainPolicyDoc } from '../catalog/restoreDocs';
import { findMatch, findTarget } from '../catalog/modules';
import { findVerdict } from '../catalog/verdicts';
import { findProtocol } from '../catalog/protocols';
import type { ModuleSpec } from '../catalog/types';
import { chainLabel, optionInfo, optionPhrase, ruleSentence } from './hover/ruleSentence';
import { code, escapeMarkdown, formatBytes } from './hover/markdown';
import { orList, plural } from '../analysis/checks/wording';
import { chainGraph, type JumpEdge } from '../analysis/chainGraph';
import { placeNames, placesOf } from '../catalog/places';
import { familyProgram } from '../syntax/programs';

interface HoverOptions {
  detail?: 'short' | 'full';
}

function result(value: string, range: Range): Hover {
  return { contents: { kind: 'markdown', value }, range };
}

const at = (word: Word | undefined, pos: Position): boolean => word !== undefined && contains(word.range, pos);

export function hover(model: DocumentModel, position: Position, options: HoverOptions = {}): Hover | null {
  for (const node of nodesOnLine(model.parsed, position.line)) {
    const h = hoverNode(model, node, position, options);
    if (h) return h;
  }
  return null;
}

function hoverNode(model: DocumentModel, node: LineNode, pos: Position, options: HoverOptions): Hover | null {
  switch (node.kind) {
    case 'table':
      return at(node.name, pos) ? result(tableText(node), node.name.range) : null;
    case 'chain':
      return hoverChainLine(model, node, pos);
    case 'commit':
      return result(`**COMMIT** — ${commitDoc}`, node.range);
    case 'rule':
      return hoverRule(model, node, pos, options);
    case 'assignment':
      return at(node.name, pos) ? result(`Shell variable ${code(node.name.text)} = ${code(node.value?.text ?? '')}`, node.name.range) : null;
    default:
      return null;
  }
}

function tableText(node: TableNode): string {
  const name = node.name.text;
  const t = findTable(name);
  if (!t) return `${code(`*${name}`)} — not a table iptables knows (${orList(tables.map((k) => code(k.name)))}).`;
  const chains = t.chains.map((c) => `- **${c.name}** — ${c.where}`).join('\n');
  return `**Table ${code(t.name)}** — ${t.purpose}\n\nBuilt-in chains, in the order a packet meets them:\n${chains}`;
}

function countersText(c: CountersNode, what: string): string {
  const packets = Number(c.packets.text);
  const bytes = Number(c.bytes.text);
  return `**Counters** — ${plural(packets, 'packet')}, ${formatBytes(bytes)} ${what} (as saved by iptables-save; restored only with \`iptables-restore -c\`).`;
}

function hoverChainLine(model: DocumentModel, node: ChainNode, pos: Position): Hover | null {
  if (at(node.name, pos)) return result(chainText(model, node.table, node.name.text), node.name.range);
  if (node.policy && at(node.policy, pos)) {
    const p = node.policy.text;
    const builtin = node.table !== undefined && builtinChain(node.table, node.name.text) !== undefined;
    const text = p === '-'
      ? `**\`-\`** — ${builtin ? keepPolicyDoc : userChainPolicyDoc}`
      : `**Policy ${escapeMarkdown(p)}** of ${chainLabel(node.table, node.name.text)} — ${policyDoc} ${findVerdict(p)?.doc ?? badPolicyDoc}`;
    return result(text, node.policy.range);
  }
  if (node.counters && contains(node.counters.range, pos)) return result(countersText(node.counters, 'have met this chain\'s policy'), node.counters.range);
  return null;
}

interface Caller {
  /** The first three jumps; their lines are read when shown, as lines added above move them. */
  shown: JumpEdge[];
  count: number;
}

/**
 * Jumps into a chain (the jump graph's edges) grouped by the chain they come from;
 * kept per list of edges, as KUBE-MARK-MASQ has tens of thousands. A chain keeps its
 * symbol through edits that splice rules in (ruleSplice.ts), but gets new edges when jumps change.
 */
const callerCache = new WeakMap<readonly JumpEdge[], Map<string, Caller>>();

function callersOf(model: DocumentModel, symbol: ChainSymbol): Map<string, Caller> {
  const incoming = chainGraph(model, symbol.family).incoming(symbol);
  let callers = callerCache.get(incoming);
  if (callers) return callers;
  callers = new Map();
  for (const edge of incoming) {
    let caller = callers.get(edge.from.name);
    if (!caller) callers.set(edge.from.name, (caller = { shown: [], count: 0 }));
    // Only the first three jumps of each caller are written out.
    if (caller.count++ < 3) caller.shown.push(edge);
  }
  callerCache.set(incoming, callers);
  return callers;
}

function jumpText(edge: JumpEdge): string {
  return `${edge.kind === 'jump' ? 'jumps' : 'goes'} (line ${edge.word.range.start.line + 1})`;
}

function chainText(model: DocumentModel, table: string | undefined, name: string, family: Family = model.family): string {
  if (table === undefined) return `Chain ${code(name)}`;
  const builtin = builtinChain(table, name);
  const symbol = chainSymbol(model, table, name, family);
  if (builtin) {
    const rules = symbol ? symbol.rules.length : 0;
    return `**Built-in chain ${escapeMarkdown(name)}** of table ${code(table)} — ${builtinChainDoc(builtin)}\n\n${plural(rules, 'rule')} in this file.`;
  }
  const lines: string[] = [`**User chain ${code(name)}** in table ${code(table)}`];
  if (!symbol) return lines[0];
  const decl = symbol.declarations[0];
  lines.push(decl ? `Declared on line ${decl.word.range.start.line + 1}.` : 'Not declared in this file.');
  lines.push(`Holds ${plural(symbol.rules.length, 'rule')}.`);
  // A script that sets up both families may have a chain of this name in each.
  const twin = symbol.family !== model.family ? chainSymbol(model, table, name) : undefined;
  if (twin) lines.push(`The script's ${familyProgram(symbol.family)} chain, apart from its ${familyProgram(twin.family)} chain of the same name.`);
  const callers = callersOf(model, symbol);
  if (callers.size === 0) lines.push('No rule in this file jumps or goes to it, so no packet enters it.');
  else {
    const shown = [...callers].slice(0, 10).map(([from, { shown, count }]) => `- ${chainLabel(undefined, from)}: ${shown.map(jumpText).join(', ')}${count > 3 ? ` and ${count - 3} more` : ''}`);
    lines.push(`Entered from:\n${shown.join('\n')}${callers.size > 10 ? `\n- and ${callers.size - 10} more chains` : ''}`);
  }
  return lines.join('\n\n');
}

function moduleText(module: ModuleSpec, full: boolean): string {
  const head = `**${module.kind === 'match' ? 'Match' : 'Target'} ${code(module.name)}** — ${module.summary}`;
  const parts = [head];
  if (full && module.doc) parts.push(module.doc);
  if (module.allowedIn?.length) parts.push(`Works only in ${orList(placeNames(placesOf(module.allowedIn)))}.`);
  if (full && module.options.length) {
    parts.push(`Options: ${module.options.map((o) => code(o.names[0])).join(', ')}`);
  }
  return parts.join('\n\n');
}

function optionOwnerLabel(option: OptionNode): string {
  switch (option.owner.kind) {
    case 'core':
      return option.owner.spec.command ? 'command' : 'iptables option';
    case 'match':
      return `option of the ${code(option.owner.match.name)} match${option.owner.match.implicit ? ` (loaded by ${code(`-p ${option.owner.match.name}`)})` : ''}`;
    case 'target':
      return `option of the ${code(option.owner.target.name)} target`;
    default:
      return 'unknown option';
  }
}

function optionText(option: OptionNode, family: Family): string {
  const info = optionInfo(option);
  const head = `**${code(option.written)}** — ${optionOwnerLabel(option)}`;
  const parts = [head];
  if (info?.doc) parts.push(info.doc);
  else if (option.owner.kind === 'unknown') parts.push('iptables knows no option of this name among the modules loaded at this point of the rule.');
  const phrase = optionPhrase(option, family);
  if (phrase) parts.push(`In this rule: ${phrase}.`);
  return parts.join('\n\n');
}

/** The last `NAME=value` command before `at` in the rule's command or above it, walking back from the rule. */
function assignmentBefore(parsed: ParsedDocument, rule: RuleNode, name: string, at: Position): AssignmentNode | undefined {
  const nodes = parsed.nodes;
  // Several commands may share the rule's first line: step to the rule itself.
  let n = Math.max(parsed.nodeAtLine[rule.range.start.line] ?? 0, 0);
  while (n < nodes.length && nodes[n] !== rule) n++;
  for (let i = n - 1; i >= 0; i--) {
    const node = nodes[i];
    if (node.kind === 'assignment' && node.name.text === name && comparePositions(node.range.end, at) <= 0) return node;
  }
  return undefined;
}

function hoverRule(model: DocumentModel, rule: RuleNode, pos: Position, options: HoverOptions): Hover | null {
  const full = options.detail !== 'short';
  const family = familyOf(rule, model.family);
  if (rule.counters && contains(rule.counters.range, pos)) return result(countersText(rule.counters, 'have matched this rule'), rule.counters.range);
  if (rule.program && at(rule.program, pos)) {
    const v6 = rule.programFamily === 'ipv6';
    return result(`**${code(rule.program.text)}** — changes the ${v6 ? 'IPv6 (ip6tables)' : 'IPv4 (iptables)'} firewall rules of the running system.\n\n${ruleSentence(rule, model.family)}`, rule.program.range);
  }
  for (const v of rule.options.flatMap((o) => o.args)) {
    if (at(v, pos) && v.variables) {
      const variable = v.variables.find((x) => contains(x.range, pos)) ?? v.variables[0];
      const last = assignmentBefore(model.parsed, rule, variable.name, variable.range.start);
      if (last) {
        return result(`Shell variable ${code(variable.name)} = ${code(last.value?.text ?? '')} (assigned on line ${last.range.start.line + 1})`, variable.range);
      }
      return result(`Shell variable ${code(variable.name)} — its value is not assigned in this file; iptables sees whatever it holds when the script runs.`, variable.range);
    }
  }
  for (const option of rule.options) {
    if (option.negation && contains(option.negation.range, pos)) {
      const phrase = optionPhrase(option, family);
      return result(`**\`!\`** — negates ${code(option.written)}. ${negationDoc}${phrase ? `\n\nIn this rule: ${phrase}.` : ''}`, option.negation.range);
    }
    const command = rule.command?.option === option;
    if (command && (contains(option.word.range, pos) || option.args.some((a) => contains(a.range, pos)))) {
      const onChain = option.args.find((a) => contains(a.range, pos));
      // By place: a restore rule's option words are read again, its chain word is kept from the first reading.
      const chainPart = rule.chain && onChain && samePosition(onChain.range.start, rule.chain.range.start) ? `\n\n---\n\n${chainText(model, rule.table, rule.chain.text, family)}` : '';
      const info = optionInfo(option);
      return result(`${ruleSentence(rule, model.family)}\n\n---\n\n**${code(option.written)}** — ${info?.doc ?? ''}${chainPart}`, onChain?.range ?? option.word.range);
    }
    if (at(option.word, pos)) return result(optionText(option, family), option.word.range);
    const arg = option.args.find((a) => contains(a.range, pos));
    if (!arg) continue;
    if (option.name === '--match') {
      const m = findMatch(arg.text);
      return result(m ? moduleText(m, full) : `${code(arg.text)} — not a match module of iptables 1.8.9.`, arg.range);
    }
    if (option.name === '--jump' || option.name === '--goto') {
      const verdict = findVerdict(arg.text);
      if (verdict) return result(`**${escapeMarkdown(verdict.name)}** — ${verdict.doc}`, arg.range);
      const t = option.name === '--jump' ? findTarget(arg.text) : undefined;
      if (t) return result(moduleText(t, full), arg.range);
      return result(chainText(model, rule.table, arg.text, family), arg.range);
    }
    if (option.name === '--protocol') {
      const p = findProtocol(arg.text);
      return result(p ? `**Protocol ${code(p.name)}** (number ${p.number}) — ${p.doc}` : `${code(arg.text)} — not a protocol name iptables knows.`, arg.range);
    }
    if (option.name === '--table') {
      const t = findTable(arg.text);
      return result(t ? `**Table ${code(t.name)}** — ${t.purpose}` : `${code(arg.text)} — not a table.`, arg.range);
    }
    return result(optionText(option, family), arg.range);
  }
  return null;
}
