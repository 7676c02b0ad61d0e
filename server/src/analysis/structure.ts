// Structural checks: what iptables-restore rejects before any module looks at a
// rule (tables, chains, policies, commits, undeclared chains and targets), plus
// the syntax problems the parser recorded.
import type { ChainNode, LineNode, RuleNode, TableNode } from '../syntax/ast';
import type { Word } from '../syntax/word';
import { isDynamic } from '../syntax/word';
import { builtinChain, builtinChainNames, findTable, tables } from '../catalog/tables';
import { findVerdict, verdicts } from '../catalog/verdicts';
import { findTarget } from '../catalog/modules';
import { targets } from '../catalog/targets';
import { chainNameFaults, declarable, type ChainCreation } from './chainNames';
import { makeFinding, type Finding } from './finding';
import { suggest, Suggestions } from './values/suggest';
import { orList } from './checks/wording';
import { familyOf, familyOption, otherFamilyLine, type DocumentModel } from './model';
import { coreOptions, type CommandName } from '../syntax/coreOptions';
import { programFamilyOf } from '../syntax/programFamily';
import { familyLabel, familyProgram } from '../syntax/programs';
import { commandOf, markedFamily, targetOf } from '../syntax/restoreRule';

// Names the messages list, read once from the catalog.
const tableNames = tables.map((t) => t.name);
const tableList = orList(tableNames);
/** ACCEPT and DROP: the verdicts a built-in chain may have as its policy. */
const policyNames = verdicts.filter((v) => v.policy).map((v) => v.name);
const policyList = orList(policyNames);
const verdictNames = verdicts.map((v) => v.name);
const targetNames = targets.map((t) => t.name);

function isPolicy(word: string): boolean {
  return findVerdict(word)?.policy === true;
}

/** "INPUT, FORWARD, OUTPUT": the built-in chains of a known table. */
function builtinList(table: string): string {
  return findTable(table)!.chains.map((c) => c.name).join(', ');
}

/** Commands that take a rule number (the core table's `rulenum` operand): countRules judges them (and -D on an empty chain). */
const numberedCommands: ReadonlySet<CommandName | undefined> = new Set(
  coreOptions.flatMap((o) => (o.command?.operands.some((op) => op.kind === 'rulenum') ? [o.command.name] : [])),
);

interface Declared {
  word: Word;
  line: number;
}

class StructureChecker {
  readonly findings: Finding[] = [];
  /** User chains declared so far, per table; reset when a restore table block starts. */
  private declared = new Map<string, Map<string, Declared>>();
  /** Rules per chain so far in the current restore block (table -> chain -> count), for rule numbers. */
  private counts = new Map<string, Map<string, number>>();
  /** Every declaration in the file per table, to say "declared later at line N". */
  private allDeclarations = new Map<string, Map<string, Declared>>();
  /** Some command works on a rule number or needs a rule to be there: rules are counted. Dumps have only -A. */
  private counting = false;
  /** Guesses for misspelt names, each list of names made once per pass (see Suggestions). */
  private readonly suggestions = new Suggestions();
  /** Each map of declarations a number, for the suggestions' lists (declaredKey). */
  private readonly declaredIds = new WeakMap<Map<string, Declared>, number>();
  private nextDeclaredId = 0;

  constructor(private readonly model: DocumentModel) {}

  run(): Finding[] {
    const { parsed } = this.model;
    this.collectAllDeclarations(parsed.nodes);
    this.counting = this.model.rules.some((rule) => numberedCommands.has(commandOf(rule)));
    for (const node of parsed.nodes) {
      // Each family's chains are apart: a script may set up both (see scopeOf).
      this.scope = this.scopeOf(node);
      switch (node.kind) {
        case 'table':
          this.table(node);
          break;
        case 'chain':
          this.chainLine(node);
          break;
        case 'rule':
          this.rule(node);
          break;
      }
    }
    for (const p of parsed.problems) this.findings.push(p);
    return this.findings;
  }

  chainLineAlone(node: ChainNode): Finding[] {
    this.scope = this.scopeOf(node);
    this.chainLine(node);
    return this.findings;
  }

  private add(code: string, message: string, word: { range: Finding['range'] }, severity: Finding['severity'] = 'error', related?: Finding['related'], suggestion?: string): void {
    this.findings.push(makeFinding(code, message, word.range, severity, { related, suggestion, didYouMean: suggestion || undefined }));
  }

  /** Chain names a misspelt one may have meant: the table's built-ins and the user chains declared so far. */
  private chainNames(table: string): string[] {
    return [...(findTable(table)?.chains.map((c) => c.name) ?? []), ...this.tableDeclared(table).keys()];
  }

  /**
   * What names the chains declared so far in the table, for Suggestions: the map of
   * declarations (a table block starts a new one) and its size (it only grows).
   */
  private declaredKey(table: string): string {
    const declared = this.tableDeclared(table);
    let id = this.declaredIds.get(declared);
    if (id === undefined) this.declaredIds.set(declared, (id = this.nextDeclaredId++));
    return `${id}:${declared.size}`;
  }

  /**
   * iptables and ip6tables keep separate chains: in a script that uses both, the
   * commands of the document's other family get their own namespace ("filter@ipv6").
   */
  private scope = '';

  private scopeOf(node: LineNode): string {
    return otherFamilyLine(node, this.model.family) ? `@${programFamilyOf(node)}` : '';
  }

  private tableDeclared(table: string): Map<string, Declared> {
    const key = table + this.scope;
    let m = this.declared.get(key);
    if (!m) this.declared.set(key, (m = new Map()));
    return m;
  }

  private declaredAnywhere(table: string): Map<string, Declared> | undefined {
    return this.allDeclarations.get(table + this.scope);
  }

  private collectAllDeclarations(nodes: readonly LineNode[]): void {
    for (const node of nodes) {
      let table: string | undefined;
      let word: Word | undefined;
      if (node.kind === 'chain') {
        table = node.table;
        word = node.name;
      } else if (node.kind === 'rule' && commandOf(node) === 'new-chain') {
        table = node.table;
        word = node.chain;
      }
      if (table === undefined || !word) continue;
      const key = table + this.scopeOf(node);
      let m = this.allDeclarations.get(key);
      if (!m) this.allDeclarations.set(key, (m = new Map()));
      if (!m.has(word.text)) m.set(word.text, { word, line: word.range.start.line });
    }
  }

  private table(node: TableNode): void {
    const name = node.name.text;
    // iptables-restore flushes the table when its block starts: earlier user chains are gone.
    this.declared.set(name + this.scope, new Map());
    this.counts.set(name + this.scope, new Map());
    if (name && !findTable(name)) {
      const guess = suggest(name, tableNames);
      this.add('unknown-table', `There is no table \`${name}\`: use ${tableList}.`, node.name, 'error', undefined, guess && `*${guess}`);
    }
  }

  private chainLine(node: ChainNode): void {
    const table = node.table;
    if (table === undefined || !findTable(table)) return;
    const name = node.name.text;
    // Read once: a restore chain line reads its words again for each look at its policy.
    const policyWord = node.policy;
    const policy = policyWord?.text;
    const builtin = builtinChain(table, name);
    if (builtin) {
      if (policyWord && policy !== '-' && !isPolicy(policy!)) {
        this.add('invalid-policy', `\`${policy}\` is not a policy: a built-in chain's policy is ${policyList}.`, policyWord, 'error', undefined, suggest(policy!, policyNames));
      }
      return;
    }
    if (!this.nameAccepted(node.name, 'restore')) return;
    if (builtinChainNames.has(name)) {
      const has = builtinList(table);
      if (policyWord && policy !== '-') {
        this.add('builtin-chain-wrong-table', `Table ${table} has no built-in chain ${name} (it has ${has}), so it cannot take a policy.`, node.name);
      } else {
        this.add('builtin-name-user-chain', `Table ${table} has no built-in chain ${name} (it has ${has}): this line creates a user chain that merely shares the name, and no packet reaches it by itself.`, node.name, 'warning');
      }
    } else if (policyWord && policy !== '-') {
      this.add('policy-on-user-chain', `\`${name}\` is a user chain: it has no policy, write \`-\` instead of \`${policy}\`. Put a final rule in the chain to decide what happens to packets that reach its end.`, policyWord);
    }
    this.declareUser(table, node.name);
  }

  private declareUser(table: string, word: Word): void {
    const declared = this.tableDeclared(table);
    const earlier = declared.get(word.text);
    if (earlier) {
      this.add('duplicate-chain', `Chain \`${word.text}\` is already declared in this table (line ${earlier.line + 1}); iptables-restore refuses to create it twice.`, word, 'error', [
        { range: earlier.word.range, message: 'first declared here' },
      ]);
      return;
    }
    declared.set(word.text, { word, line: word.range.start.line });
  }

  private rule(rule: RuleNode): void {
    this.scope = this.scopeOf(rule);
    const table = rule.table;
    if (table === undefined) return;
    if (rule.otherFamily) {
      const flag = familyOption(rule)!;
      const marked = markedFamily(flag)!;
      if (rule.origin === 'command' && rule.program && rule.programFamily) {
        this.add('family-option-refused', `\`${rule.program.text}\` refuses \`${flag.written}\` and exits with an error: it handles ${familyLabel(rule.programFamily)} only. Run the rule with ${familyProgram(marked)}, or drop \`${flag.written}\`.`, flag.word);
      } else {
        this.add('other-family-rule', `This rule is for ${familyLabel(marked)} only (\`${flag.written}\`); in this ${familyLabel(this.model.family)} file iptables skips it.`, flag.word, 'hint');
      }
      return;
    }
    if (rule.origin === 'command' && !findTable(table)) {
      const t = rule.options.find((o) => o.name === '--table')?.args[0];
      if (t && !isDynamic(t)) this.add('unknown-table', `There is no table \`${table}\`: use ${tableList}.`, t);
      return;
    }
    if (!findTable(table)) return;
    const command = commandOf(rule);
    const chain = rule.chain;
    if (command && chain && !isDynamic(chain)) {
      switch (command) {
        case 'new-chain':
          this.newChain(table, chain);
          break;
        case 'policy':
          this.policyCommand(table, chain, rule.operands[0]);
          break;
        case 'rename-chain':
          this.requireChain(table, chain, rule);
          if (rule.operands[0] && !isDynamic(rule.operands[0]) && this.nameAccepted(rule.operands[0], 'rename')) this.declareUser(table, rule.operands[0]);
          break;
        case 'append':
        case 'insert':
        case 'replace':
        case 'delete':
        case 'check':
        case 'flush':
        case 'zero':
        case 'list':
        case 'list-rules':
        case 'delete-chain':
          this.requireChain(table, chain, rule);
          if (rule.origin === 'restore' && this.counting) this.countRules(table, chain.text, rule);
          break;
      }
    }
    const target = targetOf(rule);
    if (target && target.nameWord.text && !isDynamic(target.nameWord)) this.jumpTarget(table, target.nameWord, target.kind, rule);
  }

  /**
   * In restore input every block starts from empty chains, so rule numbers can
   * be checked: -I N needs N <= rules + 1, -R/-D N need N <= rules.
   */
  private countRules(table: string, chain: string, rule: RuleNode): void {
    const counts = this.counts.get(table + this.scope) ?? new Map<string, number>();
    this.counts.set(table + this.scope, counts);
    const have = counts.get(chain) ?? 0;
    const command = commandOf(rule)!;
    const numberWord = rule.operands[0];
    let n: number | undefined;
    if (numberWord && !isDynamic(numberWord) && (command === 'insert' || command === 'replace' || command === 'delete' || command === 'zero' || command === 'list' || command === 'list-rules')) {
      if (!/^\d+$/.test(numberWord.text) || Number(numberWord.text) < 1) {
        this.add('bad-rule-number', `\`${numberWord.text}\` is not a rule number: rules are numbered from 1.`, numberWord);
        return;
      }
      n = Number(numberWord.text);
    }
    const limit = command === 'insert' ? have + 1 : have;
    if (n !== undefined && n > limit && (command === 'insert' || command === 'replace' || command === 'delete')) {
      this.add('rule-number-out-of-range', `Chain ${chain} holds ${have} rule${have === 1 ? '' : 's'} at this point of the block, so ${command === 'insert' ? `a rule can be inserted at positions 1 to ${have + 1}` : `there is no rule ${n}`}.`, numberWord!);
      return;
    }
    if (command === 'delete' && n === undefined && have === 0) {
      this.add('rule-number-out-of-range', `Chain ${chain} is empty at this point of the block: there is no rule to delete.`, rule.chain!);
      return;
    }
    if (command === 'append' || command === 'insert') counts.set(chain, have + 1);
    else if (command === 'delete') counts.set(chain, Math.max(0, have - 1));
    else if (command === 'flush') counts.set(chain, 0);
  }

  /** Reports what iptables refuses in a new chain's name; false when the chain is not created at all. */
  private nameAccepted(word: Word, how: ChainCreation): boolean {
    const faults = chainNameFaults(word.text, how);
    for (const f of faults) this.add(f.code, f.message, word);
    return declarable(faults);
  }

  private newChain(table: string, word: Word): void {
    const name = word.text;
    if (!this.nameAccepted(word, 'new')) return;
    if (builtinChain(table, name)) {
      this.add('duplicate-chain', `\`${name}\` is a built-in chain of ${table}; it exists already.`, word);
      return;
    }
    this.declareUser(table, word);
  }

  private policyCommand(table: string, chain: Word, policy: Word | undefined): void {
    if (!builtinChain(table, chain.text)) {
      this.add('policy-on-user-chain', `Only built-in chains have a policy; \`${chain.text}\` is not a built-in chain of ${table}.`, chain);
    }
    if (policy && !isDynamic(policy) && !isPolicy(policy.text)) {
      this.add('invalid-policy', `\`${policy.text}\` is not a policy: use ${policyList}.`, policy);
    }
  }

  /** The chain a command works on must be built in or declared above, in the same table. */
  private requireChain(table: string, word: Word, rule: RuleNode): void {
    const name = word.text;
    if (builtinChain(table, name) || this.tableDeclared(table).has(name)) return;
    if (this.model.external?.find(table, name)) return;
    const script = rule.origin === 'command';
    const later = this.declaredAnywhere(table)?.get(name);
    let message: string;
    const related: Finding['related'] = [];
    if (builtinChainNames.has(name)) {
      message = `Table ${table} has no chain ${name} (it has ${builtinList(table)}).`;
    } else if (later && later.line > word.range.start.line) {
      message = `Chain \`${name}\` is declared only later (line ${later.line + 1}); iptables reads top to bottom, so declare it before this line.`;
      related.push({ range: later.word.range, message: 'declared here' });
    } else {
      message = script
        ? `Chain \`${name}\` is not created in this script (no \`-N ${name}\` in table ${table}); this works only if it already exists on the machine.`
        : `Chain \`${name}\` is not declared in table ${table}: add \`:${name} - [0:0]\` at the top of the block.`;
      const elsewhere = this.otherTableDeclaring(table, name);
      if (elsewhere) message += ` It is declared in table ${elsewhere}.`;
    }
    const guess = related.length ? undefined : this.suggestions.suggest(name, `chains ${table} ${this.declaredKey(table)}`, () => this.chainNames(table));
    this.add('undeclared-chain', message, word, script && !builtinChainNames.has(name) ? 'warning' : 'error', related.length ? related : undefined, guess);
  }

  private otherTableDeclaring(table: string, name: string): string | undefined {
    for (const [key, m] of this.allDeclarations) {
      const at = key.indexOf('@');
      const [other, scope] = at < 0 ? [key, ''] : [key.slice(0, at), key.slice(at)];
      if (scope === this.scope && other !== table && m.has(name)) return other;
    }
    return undefined;
  }

  private jumpTarget(table: string, word: Word, kind: 'jump' | 'goto', rule: RuleNode): void {
    const name = word.text;
    if (findVerdict(name)) return;
    if (kind === 'jump' && findTarget(name)) return;
    if (builtinChain(table, name)) {
      this.add('jump-to-builtin-chain', `Rules cannot ${kind === 'jump' ? 'jump' : 'go'} to the built-in chain ${name}; only user chains can be targets.`, word);
      return;
    }
    if (this.tableDeclared(table).has(name)) return;
    if (this.model.external?.find(table, name)) return;
    const script = rule.origin === 'command';
    const later = this.declaredAnywhere(table)?.get(name);
    const related: Finding['related'] = [];
    let message: string;
    if (later && later.line > word.range.start.line) {
      message = `Chain \`${name}\` is declared only later (line ${later.line + 1}); declare it before jumping to it.`;
      related.push({ range: later.word.range, message: 'declared here' });
    } else {
      const verb = kind === 'jump' ? 'target' : 'goto chain';
      message = `Unknown ${verb} \`${name}\`: it is neither a built-in target, an extension target, nor a chain declared in table ${table}.`;
      const elsewhere = this.otherTableDeclaring(table, name);
      if (elsewhere) message += ` A chain of that name exists in table ${elsewhere}, but jumps cannot cross tables.`;
      else if (script) message += ` Create it with \`${familyProgram(familyOf(rule, this.model.family))}${table === 'filter' ? '' : ` -t ${table}`} -N ${name}\` first, unless it exists on the machine already.`;
    }
    const candidates = (): string[] => [...verdictNames, ...(kind === 'jump' ? targetNames : []), ...this.tableDeclared(table).keys()];
    const guess = related.length ? undefined : this.suggestions.suggest(name, `${kind} ${this.declaredKey(table)}`, candidates);
    this.add('unknown-target', message, word, script ? 'warning' : 'error', related.length ? related : undefined, guess);
  }
}

/** The structural findings; the problems the parser recorded on each line stay with the line (analyze.ts gathers them). */
export function structureFindings(model: DocumentModel): Finding[] {
  return new StructureChecker(model).run();
}

/**
 * What the structure checks find on one `:NAME` line of a chain nothing else names
 * (ruleSplice.ts): its name, its policy. Only that line can find anything then.
 */
export function lonelyChainLineFindings(model: DocumentModel, node: ChainNode): Finding[] {
  return new StructureChecker(model).chainLineAlone(node);
}
