// Reads the words of one rule the way iptables' getopt loop does: options are
// looked up first among iptables' own, then among the modules loaded so far
// (newest first), then in the match the protocol (-p) implies; `!` negates the
// next option; getopt-style abbreviations of long options are accepted.
import type { CommandNode, MatchNode, OptionNode, OptionOwner, RuleNode, TargetNode } from './ast';
import { coreLongNames, coreOptionByLong, coreOptionByShort, onceKey, type CoreOption, type OperandKind } from './coreOptions';
import type { ExtensionGrammar, ModuleRef } from './extensionGrammar';
import { quoteText, type Problem } from './problem';
import { comparePositions, type Range } from './position';
import { subWord } from './restoreWords';
import type { Word } from './word';
import { appended, fit, none } from './lists';

export interface RuleParseContext {
  origin: 'restore' | 'command';
  grammar: ExtensionGrammar;
  /** The parts are read and dropped (or the caller keeps a few of them): no exact-size copies. */
  transient?: boolean;
}

export interface RuleParts {
  command?: CommandNode;
  chain?: Word;
  operands: Word[];
  options: OptionNode[];
  protocol?: OptionNode;
  matches: MatchNode[];
  target?: TargetNode;
  /** The -t option of a command line. */
  table?: OptionNode;
  problems: Problem[];
}

/**
 * An option node whose range is worked out from its words when asked, from a
 * `!` written before it to its last value: big dumps hold millions of options.
 */
class ParsedOption implements OptionNode {
  // Declared only, like the rare fields of words: no slot on options that never get them.
  declare negation?: Word;
  declare intraNegation?: boolean;
  args: Word[] = none;
  private declare fixed?: Range;

  constructor(
    public word: Word,
    public written: string,
    public name: string,
    public owner: OptionOwner,
  ) {}

  get range(): Range {
    if (this.fixed) return this.fixed;
    const wordRange = this.word.range;
    const before = this.negation && !this.intraNegation ? this.negation.range : undefined;
    const last = this.args.length ? this.args[this.args.length - 1].range : undefined;
    const endsLater = last && comparePositions(last.end, wordRange.end) > 0;
    if (!before && !endsLater) return wordRange;
    return { start: before ? before.start : wordRange.start, end: endsLater ? last!.end : wordRange.end };
  }

  set range(range: Range) {
    this.fixed = range;
  }
}

/** One owner object per core option instead of one per use. */
const coreOwners = new Map<CoreOption, OptionOwner>();
function coreOwner(spec: CoreOption): OptionOwner {
  let owner = coreOwners.get(spec);
  if (!owner) coreOwners.set(spec, (owner = { kind: 'core', spec }));
  return owner;
}

interface Resolved {
  owner: OptionOwner;
  name: string;
  arity: 0 | 1 | 2;
  optionalValue?: boolean;
}

interface Loaded {
  ref: ModuleRef;
  owner: OptionOwner;
}

/**
 * A word that getopt would read as an option rather than as a value. Quoting does
 * not matter: the shell and iptables-restore remove the quotes before iptables
 * sees the word (`"-A" INPUT` and `'!' -s x` are accepted, measured).
 */
export function looksLikeOption(word: Word): boolean {
  const t = word.text;
  // -4 and -6 are iptables' only digit options (a rule line may start with them).
  return t.length > 1 && t[0] === '-' && (t[1] === '-' ? t.length > 2 : /[A-Za-z]/.test(t[1]) || t === '-4' || t === '-6');
}

function isBang(word: Word | undefined): boolean {
  return word !== undefined && word.text === '!';
}

/** The parts at their exact size, for callers that keep them (scripts; restore rules keep a summary). */
function fitted(parts: RuleParts): RuleParts {
  for (const o of parts.options) o.args = fit(o.args);
  for (const m of parts.matches) m.options = fit(m.options);
  if (parts.target) parts.target.options = fit(parts.target.options);
  parts.operands = fit(parts.operands);
  parts.options = fit(parts.options);
  parts.matches = fit(parts.matches);
  parts.problems = fit(parts.problems);
  return parts;
}

export function parseRuleWords(words: readonly Word[], ctx: RuleParseContext): RuleParts {
  return new RuleReader(words, ctx).read();
}

/** What a rule node holds besides the parts read from its words. */
export type RuleFrame = Pick<RuleNode, 'range' | 'origin' | 'prefix' | 'table'> & Partial<Pick<RuleNode, 'program' | 'programFamily' | 'counters' | 'row'>>;

/** The rule node for parsed parts; `problems` found before the words come first. */
export function ruleNode(frame: RuleFrame, parts: RuleParts, problems: Problem[] = []): RuleNode {
  const rule: RuleNode = {
    kind: 'rule',
    ...frame,
    command: parts.command,
    chain: parts.chain,
    operands: parts.operands,
    options: parts.options,
    protocol: parts.protocol,
    matches: parts.matches,
    target: parts.target,
    problems: problems.length ? problems.concat(parts.problems) : parts.problems,
  };
  return rule;
}

class RuleReader {
  private i = 0;
  private readonly loaded: Loaded[] = [];
  private pendingNegation?: Word;
  /** Core options seen, by the slot they fill: a rule has a handful, so a list beats a map made per rule. */
  private readonly seenCore: Array<{ key: string; node: OptionNode }> = [];
  private implicitLoaded = false;
  private readonly parts: RuleParts = { operands: [], options: [], matches: [], problems: [] };

  constructor(private readonly words: readonly Word[], private readonly ctx: RuleParseContext) {}

  read(): RuleParts {
    const { words } = this;
    while (this.i < words.length) {
      const word = words[this.i];
      if (isBang(word)) {
        if (this.pendingNegation) this.problem('double-negation', 'Two `!` in a row: iptables allows only one negation per option.', word.range);
        this.pendingNegation = word;
        this.i++;
        continue;
      }
      if (looksLikeOption(word)) {
        this.i++;
        if (word.text.startsWith('--')) this.readLong(word);
        else this.readShortCluster(word);
        continue;
      }
      this.i++;
      this.problem('bad-argument', `Unexpected word \`${quoteText(word.text)}\`: it belongs to no option (iptables says "Bad argument").`, word.range);
      this.pendingNegation = undefined;
    }
    if (this.pendingNegation) {
      this.problem('dangling-negation', '`!` at the end of the rule negates nothing.', this.pendingNegation.range);
    }
    return this.ctx.transient ? this.parts : fitted(this.parts);
  }

  private readLong(word: Word): void {
    const eq = word.text.indexOf('=');
    const written = eq > 0 ? word.text.slice(0, eq) : word.text;
    const inline = eq > 0 ? subWord(word, eq + 1, word.text.slice(eq + 1)) : undefined;
    const optionWord = eq > 0 ? subWord(word, 0, written) : word;

    // getopt's order: an exact name, then an unambiguous abbreviation, among iptables'
    // options and the modules loaded so far; only then does iptables load the
    // protocol's match (`-p tcp`) and try again.
    const core = coreOptionByLong(written);
    if (core) return this.readCore(core, word, written, inline);
    for (let attempt = 0; attempt < 2; attempt++) {
      const ext = this.lookupLoaded(written);
      if (ext) return this.readExtension(ext, word, written, inline);
      const abbreviated = this.expandAbbreviation(written, optionWord);
      if (abbreviated === 'ambiguous') break;
      if (abbreviated) {
        if ('core' in abbreviated) return this.readCore(abbreviated.core, word, written, inline);
        return this.readExtension(abbreviated, word, written, inline);
      }
      if (attempt === 0 && !this.loadImplicitProtocolMatch()) break;
    }
    this.readUnknown(word, written, inline);
  }

  private readShortCluster(word: Word): void {
    // getopt reads `-nvL` as -n -v -L, and `-ptcp` as -p tcp.
    const text = word.text;
    for (let k = 1; k < text.length; k++) {
      const flag = `-${text[k]}`;
      const core = coreOptionByShort(flag);
      // The first letter keeps its dash in the range; later letters are one character each.
      const part = text.length === 2 ? word : k === 1 ? subWord(word, 0, text.slice(0, 2)) : subWord(word, k, text[k]);
      if (!core) {
        this.readUnknown(part, flag, undefined, text.length > 2);
        return;
      }
      const rest = text.slice(k + 1);
      if (core.arity !== 0 && rest.length > 0) {
        this.readCore(core, part, flag, subWord(word, k + 1, rest));
        return;
      }
      this.readCore(core, part, flag, undefined);
    }
  }

  private lookupLoaded(name: string): Resolved | undefined {
    for (let k = this.loaded.length - 1; k >= 0; k--) {
      const l = this.loaded[k];
      const opt = this.ctx.grammar.option(l.ref, name);
      if (opt) return { owner: l.owner, name: opt.name, arity: opt.arity, optionalValue: opt.optionalValue };
    }
    return undefined;
  }

  /**
   * Makes a module the newest loaded one. An older instance of the same module can never
   * win a lookup, so it is dropped: lookups stay linear on rules repeating `-m x` thousands of times.
   */
  private load(entry: Loaded): void {
    const k = this.loaded.findIndex((l) => l.ref.kind === entry.ref.kind && l.ref.name === entry.ref.name);
    if (k >= 0) this.loaded.splice(k, 1);
    this.loaded.push(entry);
  }

  /** iptables loads the protocol's match once, when it meets an option nothing else knows. */
  private loadImplicitProtocolMatch(): boolean {
    const proto = this.parts.protocol;
    if (this.implicitLoaded || !proto || proto.negation || proto.args.length === 0) return false;
    const protoWord = proto.args[0];
    const matchName = this.ctx.grammar.protocolMatch(protoWord.text.toLowerCase());
    if (!matchName) return false;
    this.implicitLoaded = true;
    const match: MatchNode = { name: matchName, nameWord: protoWord, implicit: true, options: none };
    this.parts.matches.push(match);
    this.loaded.push({ ref: { kind: 'match', name: matchName }, owner: { kind: 'match', match } });
    return true;
  }

  private expandAbbreviation(
    written: string,
    optionWord: Word,
  ): { core: CoreOption } | Resolved | 'ambiguous' | undefined {
    // Usually nothing matches (`--dport` before tcp is loaded): allocate only on a hit.
    // An option and its aliases are one object (core and catalog alike), so identity dedupes.
    let found: Array<{ core: CoreOption } | Resolved> | undefined;
    let seen: object[] | undefined;
    const add = (spec: object, item: { core: CoreOption } | Resolved): void => {
      if (seen?.includes(spec)) return;
      (seen ??= []).push(spec);
      (found ??= []).push(item);
    };
    for (const long of coreLongNames) {
      if (!long.startsWith(written)) continue;
      const core = coreOptionByLong(long)!;
      add(core, { core });
    }
    for (let k = this.loaded.length - 1; k >= 0; k--) {
      const l = this.loaded[k];
      for (const long of this.ctx.grammar.optionNames(l.ref)) {
        if (!long.startsWith(written)) continue;
        const opt = this.ctx.grammar.option(l.ref, long)!;
        add(opt, { owner: l.owner, name: opt.name, arity: opt.arity, optionalValue: opt.optionalValue });
      }
    }
    if (!found) return undefined;
    if (found.length === 1) return found[0];
    if (found.length > 1) {
      const names = found.map((f) => ('core' in f ? f.core.long : f.name)).join(', ');
      this.problem('ambiguous-option', `\`${written}\` is an abbreviation of several options (${names}): spell it out.`, optionWord.range);
      return 'ambiguous';
    }
    return undefined;
  }

  private startOption(word: Word, written: string, name: string, owner: OptionOwner): OptionNode {
    const negation = this.pendingNegation;
    this.pendingNegation = undefined;
    const node = new ParsedOption(word, written, name, owner);
    if (negation) node.negation = negation;
    this.parts.options.push(node);
    return node;
  }

  /**
   * Takes `count` required values. getopt hands the next word to the option
   * whatever it looks like, and so do we for extension options (a log prefix
   * may well start with `-`); iptables' own options (`-s`, `-j`...) never take
   * a value that looks like an option, so there a missing value is reported.
   */
  private takeRequired(node: OptionNode, count: number, inline: Word | undefined, strict: boolean): void {
    let needed = count;
    if (inline) {
      node.args = appended(node.args, inline);
      needed--;
    }
    for (let n = 0; n < needed; n++) {
      const next = this.words[this.i];
      if (next && isBang(next) && n === 0 && !inline && this.words[this.i + 1] && !looksLikeOption(this.words[this.i + 1]!)) {
        node.negation = next;
        node.intraNegation = true;
        this.problem(
          'intrapositioned-negation',
          `\`${node.written} ! value\` is the old way to negate; iptables 1.8 refuses it. Write \`! ${node.written} value\`.`,
          next.range,
        );
        this.i++;
        node.args = appended(node.args, this.words[this.i]);
        this.i++;
        continue;
      }
      if (!next || (strict && looksLikeOption(next))) {
        const where = node.args.length ? node.args[node.args.length - 1].range : node.word.range;
        this.problem('missing-argument', `\`${node.written}\` needs ${count === 2 ? 'two values' : 'a value'}${next ? `, but \`${quoteText(next.text)}\` follows` : ''}.`, where);
        return;
      }
      // A quoted value was meant as one, whatever it looks like.
      if (!next.quoted && (looksLikeOption(next) || isBang(next))) {
        this.parts.problems.push({
          code: 'value-looks-like-option',
          message: `\`${node.written}\` takes \`${quoteText(next.text)}\` as its value, as iptables does; if that was meant as the next option, the value is missing.`,
          range: next.range,
          severity: 'warning',
        });
      }
      node.args = appended(node.args, next);
      this.i++;
    }
  }

  /**
   * iptables' test for a value that may be left out (xs_has_arg): the next
   * word is taken unless it starts with `-` or `!`, whatever its quoting.
   */
  private takeOptional(node: OptionNode): boolean {
    const next = this.words[this.i];
    if (!next || next.text[0] === '-' || next.text[0] === '!') return false;
    node.args = appended(node.args, next);
    this.i++;
    return true;
  }

  /** The values of an option, by its shape: optional, required (`strict`: iptables' own refuse option-like words) or none. */
  private takeValues(node: OptionNode, shape: { arity: 0 | 1 | 2; optionalValue?: boolean }, inline: Word | undefined, strict: boolean): void {
    if (shape.optionalValue) {
      if (inline) node.args = appended(node.args, inline);
      else this.takeOptional(node);
    } else if (shape.arity > 0) this.takeRequired(node, shape.arity, inline, strict);
    else if (inline) this.problem('unexpected-value', `\`${node.written}\` takes no value.`, inline.range);
  }

  private readCore(core: CoreOption, word: Word, written: string, inline: Word | undefined): void {
    const node = this.startOption(word, written, core.long, coreOwner(core));
    if (core.command) {
      this.readCommand(node, core, inline);
    } else {
      this.takeValues(node, core, inline, true);
      const key = onceKey(core);
      const slot = this.seenCore.find((s) => s.key === key);
      if (slot && !core.repeatable) {
        this.problem('duplicate-option', `\`${written}\` after \`${slot.node.written}\`: iptables allows one per rule.`, word.range);
      }
      if (slot) slot.node = node;
      else this.seenCore.push({ key, node });
    }
    switch (core.long) {
      case '--protocol':
        this.parts.protocol = node;
        break;
      case '--match':
        if (node.args[0]) {
          const match: MatchNode = { option: node, name: node.args[0].text, nameWord: node.args[0], implicit: false, options: none };
          this.parts.matches.push(match);
          this.load({ ref: { kind: 'match', name: match.name }, owner: { kind: 'match', match } });
        }
        break;
      case '--jump':
      case '--goto':
        if (node.args[0] && !this.parts.target) {
          const name = node.args[0].text;
          const extension = core.long === '--jump' && this.ctx.grammar.hasTarget(name);
          const target: TargetNode = { option: node, kind: core.long === '--jump' ? 'jump' : 'goto', name, nameWord: node.args[0], extension, options: none };
          this.parts.target = target;
          if (extension) this.loaded.push({ ref: { kind: 'target', name }, owner: { kind: 'target', target } });
        }
        break;
      case '--table':
        this.parts.table = node;
        if (this.ctx.origin === 'restore') {
          this.problem('table-option-in-restore', '`-t` cannot be used inside iptables-restore input: the table comes from the `*table` line.', node.range);
        }
        break;
    }
  }

  private readCommand(node: OptionNode, core: CoreOption, inline: Word | undefined): void {
    const spec = core.command!;
    if (this.parts.command) {
      this.problem('multiple-commands', `Only one command per rule: \`${node.written}\` cannot follow \`${this.parts.command.option.written}\`.`, node.word.range);
    } else {
      this.parts.command = { option: node, name: spec.name };
    }
    spec.operands.forEach((operand, index) => {
      if (index > node.args.length) return; // an earlier operand was missing
      if (index === 0 && inline) node.args = appended(node.args, inline);
      else if (operand.optional) this.takeOptional(node);
      else this.takeRequiredOperand(node, operand.kind);
    });
    if (node === this.parts.command?.option) {
      // Every command with operands names a chain first.
      const [chain, ...rest] = node.args;
      if (chain) this.parts.chain = chain;
      this.parts.operands = chain ? rest : [];
    }
  }

  private takeRequiredOperand(node: OptionNode, kind: OperandKind): boolean {
    const next = this.words[this.i];
    if (!next || looksLikeOption(next) || isBang(next)) {
      const what = kind === 'rulenum' ? 'a rule number' : kind === 'policy' ? 'a policy (ACCEPT or DROP)' : kind === 'newchain' && node.args.length ? 'a new chain name' : 'a chain name';
      this.problem('missing-argument', `\`${node.written}\` needs ${what}.`, node.args.length ? node.args[node.args.length - 1].range : node.word.range);
      return false;
    }
    node.args = appended(node.args, next);
    this.i++;
    return true;
  }

  private readExtension(resolved: Resolved, word: Word, written: string, inline: Word | undefined): void {
    const { owner } = resolved;
    const node = this.startOption(word, written, resolved.name, owner);
    this.takeValues(node, resolved, inline, false);
    if (owner.kind === 'match') owner.match.options = appended(owner.match.options, node);
    else if (owner.kind === 'target') owner.target.options = appended(owner.target.options, node);
  }

  /** An option nobody knows: keep it, with the plain words after it as its values, for later diagnosis. */
  private readUnknown(word: Word, written: string, inline: Word | undefined, stopCluster = false): void {
    const node = this.startOption(word, written, written, { kind: 'unknown' });
    if (inline) node.args = appended(node.args, inline);
    else if (!stopCluster) {
      while (this.i < this.words.length && !looksLikeOption(this.words[this.i]) && !isBang(this.words[this.i])) {
        node.args = appended(node.args, this.words[this.i]);
        this.i++;
      }
    }
  }

  private problem(code: string, message: string, range: Range): void {
    this.parts.problems.push({ code, message, range, severity: 'error' });
  }
}
