// Rename a user chain everywhere in its table. Refusals are thrown as
// ResponseError so the editor shows the reason instead of a generic failure.
import { LSPErrorCodes, ResponseError, type Position, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { builtinChain, builtinChainNames } from '../catalog/tables';
import { findTarget } from '../catalog/modules';
import { findVerdict } from '../catalog/verdicts';
import { chainSymbol, type ChainReference, type ChainSymbol, type DocumentModel } from '../analysis/model';
import { isDynamic, type Word } from '../syntax/word';
import { chainNameFaults } from '../analysis/chainNames';
import { chainReferenceAt, nonChainWordAt } from './chainAt';

export function refusal(message: string): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestFailed, message);
}

/**
 * The range and current name of the chain under the cursor. Null when the
 * cursor is on nothing nameable; throws with a reason on things that cannot be
 * renamed (built-in chains, verdicts, extension targets, shell variables).
 */
export function prepareRename(model: DocumentModel, _uri: string, position: Position): { range: Range; placeholder: string } | null {
  const ref = renamableAt(model, position);
  if (!ref) return null;
  return { range: nameRange(ref.word), placeholder: ref.word.text };
}

/** Every mention of the chain under the cursor, renamed; throws when the chain or the new name is refused. */
export function rename(model: DocumentModel, uri: string, position: Position, newName: string): WorkspaceEdit {
  const ref = renamableAt(model, position);
  if (!ref) throw refusal('Put the cursor on a chain name to rename the chain.');
  const chain = ref.chain!;
  if (newName === chain.name) return { changes: { [uri]: [] } };
  const problem = newNameProblem(model, chain, newName);
  if (problem) throw refusal(problem);
  const edits: TextEdit[] = chain.references.map((r) => ({ range: nameRange(r.word), newText: newName }));
  return { changes: { [uri]: edits } };
}

function renamableAt(model: DocumentModel, position: Position): ChainReference | undefined {
  const ref = chainReferenceAt(model, position);
  if (!ref) {
    const other = nonChainWordAt(model, position);
    if (other) throw refusal(`\`${other.word.text}\` is a built-in ${other.what} of iptables, not a chain: it cannot be renamed.`);
    return undefined;
  }
  const chain = ref.chain;
  if (!chain) return undefined;
  if (isDynamic(ref.word)) throw refusal('This chain name comes from a shell variable or command, so its value is only known when the script runs: it cannot be renamed here.');
  if (chain.builtin) throw refusal(`\`${chain.name}\` is a built-in chain of the ${chain.table} table: iptables fixes its name, so it cannot be renamed.`);
  if (findVerdict(chain.name)) throw refusal(`\`${chain.name}\` is a built-in verdict of iptables, not a chain: it cannot be renamed.`);
  if (findTarget(chain.name)) throw refusal(`\`${chain.name}\` is an extension target of iptables, not a chain: it cannot be renamed.`);
  return ref;
}

/** Only the name inside simple quotes (`"FOO"`) is replaced, so the quoting survives. */
function nameRange(word: Word): Range {
  const r = word.range;
  const width = r.end.character - r.start.character;
  if (word.quoted && r.start.line === r.end.line && width === word.text.length + 2) {
    return { start: { line: r.start.line, character: r.start.character + 1 }, end: { line: r.end.line, character: r.end.character - 1 } };
  }
  return r;
}

// Characters a shell would expand or split on, and quotes the restore reader would strip.
const quoteCharacters = /["'\\]/;
const shellCharacters = /[$`;&|<>()*?[\]{}~#]/;

/** Why iptables (or the file's own syntax) would not accept `name` as the new name, if it would not. */
function newNameProblem(model: DocumentModel, chain: ChainSymbol, name: string): string | undefined {
  if (name.length === 0) return 'A chain name cannot be empty.';
  if (/\s/.test(name)) return `\`${name}\` contains whitespace: iptables refuses chain names with spaces or tabs.`;
  // Script files create their chains with -N, restore files with `:NAME` lines.
  const fault = chainNameFaults(name, model.parsed.format === 'script' ? 'new' : 'restore')[0];
  if (fault) return fault.message;
  if (name.startsWith('-') || name.startsWith('!')) return `\`${name}\` starts with \`${name[0]}\`: iptables would read it as ${name[0] === '-' ? 'an option' : 'a negation'}.`;
  if (quoteCharacters.test(name)) return `\`${name}\` contains a quote or backslash, which would be stripped when the rules are read.`;
  if (model.parsed.format === 'script' && shellCharacters.test(name)) {
    return `\`${name}\` contains a character the shell would interpret; pick letters, digits, \`-\`, \`_\` or \`.\`.`;
  }
  if (builtinChain(chain.table, name)) return `\`${name}\` is already a built-in chain of the ${chain.table} table.`;
  if (builtinChainNames.has(name)) return `\`${name}\` is the name of a built-in chain; a user chain with that name would be easy to mistake for it.`;
  if (findTarget(name)) return `\`${name}\` is an extension target: \`-j ${name}\` would then mean the target, not this chain.`;
  const existing = chainSymbol(model, chain.table, name, chain.family);
  if (existing && existing.references.length > 0) {
    return `The ${chain.table} table already has a chain \`${name}\`: renaming would merge the two chains.`;
  }
  return undefined;
}
