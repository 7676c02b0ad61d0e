// Generated cases: valid rules from the corpus, each changed in one place
// (a word dropped, duplicated, swapped, misspelt, pushed past a limit, moved to
// another table...). Deterministic: a fixed seed, inputs read in sorted order.
import { builtinChains, isBuiltinChain, ruleDump } from '../support/dumps';
import { jumpTarget, splitWords } from '../support/ruleWords';
import { shortHash, type OracleCase } from './cases';
import type { OracleFamily } from './oracle';

/** A rule taken from a file iptables accepted, with what it needs around it. */
export interface BaseRule {
  family: OracleFamily;
  table: string;
  chain: string;
  /** The rule after `-A CHAIN`. */
  rule: string;
  /** User chains of its table (the rule may jump to one). */
  userChains: ReadonlySet<string>;
  origin: string;
}

type Random = () => number;
const pick = <T>(rng: Random, items: readonly T[]): T => items[Math.floor(rng() * items.length)];

function shuffle<T>(rng: Random, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Rules that depend on things outside the file (sets, accounting objects, helpers) or on missing kernel features. */
export const externalRule = /-m set\b|--match-set|-j SET\b|nfacct|-j LED\b|SECMARK|CLUSTERIP|ipvs|--helper|--timeout|rateest|RATEEST/;

/** The `-A` rules of an iptables-save style dump, with their table. */
export function rulesOfDump(text: string, family: OracleFamily, origin: string): BaseRule[] {
  const out: BaseRule[] = [];
  let table = '';
  let userChains = new Set<string>();
  const pending: Array<Omit<BaseRule, 'userChains'>> = [];
  const flush = (): void => {
    for (const r of pending) out.push({ ...r, userChains });
    pending.length = 0;
  };
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/^\[\d+:\d+\]\s+/, '').trimEnd();
    if (line.startsWith('*')) {
      flush();
      table = line.slice(1).trim();
      userChains = new Set();
    } else if (line.startsWith(':')) {
      const name = line.slice(1).split(/\s+/)[0];
      if (!isBuiltinChain(table, name)) userChains.add(name);
    } else if (line.startsWith('-A ') && table && !externalRule.test(line)) {
      const words = splitWords(line);
      pending.push({ family, table, chain: words[1], rule: words.slice(2).join(' '), origin: `${origin}:${i + 1}` });
    }
  });
  flush();
  return out;
}

/** Options, modules and target of a rule, sorted: rules alike in these make one kind. */
function signature(b: BaseRule): string {
  const words = splitWords(b.rule);
  const parts = new Set<string>();
  words.forEach((w, i) => {
    if (/^--?[a-zA-Z]/.test(w)) parts.add(w);
    if (w === '-m' || w === '-p') parts.add(`${w} ${words[i + 1]}`);
    if (w === '-j') parts.add(`-j ${/[a-z]/.test(words[i + 1] ?? '') || /^KUBE|^cali|^DOCKER|^ufw/.test(words[i + 1] ?? '') ? 'CHAIN' : words[i + 1]}`);
  });
  return `${b.family} ${b.table} ${[...parts].sort().join(' ')}`;
}

/** Up to `count` bases, one per kind of rule first, so rare modules are not crowded out by many alike. */
export function chooseBases(all: readonly BaseRule[], count: number, rng: Random): BaseRule[] {
  const byKind = new Map<string, BaseRule[]>();
  for (const b of all) {
    const k = signature(b);
    const list = byKind.get(k) ?? [];
    if (!list.some((x) => x.rule === b.rule && x.table === b.table && x.chain === b.chain)) list.push(b);
    byKind.set(k, list);
  }
  const kinds = shuffle(rng, [...byKind.keys()].sort()).map((k) => shuffle(rng, byKind.get(k) ?? []));
  const out: BaseRule[] = [];
  for (let round = 0; out.length < count; round++) {
    let took = false;
    for (const list of kinds) {
      if (out.length >= count) break;
      if (list[round]) {
        out.push(list[round]);
        took = true;
      }
    }
    if (!took) break;
  }
  return out;
}

const isOption = (w: string): boolean => /^--?[a-zA-Z]/.test(w);

/** Indexes of the words that are options, and for each the indexes of its arguments. */
function optionSpans(words: readonly string[]): Array<{ at: number; args: number[] }> {
  const spans: Array<{ at: number; args: number[] }> = [];
  words.forEach((w, i) => {
    if (isOption(w)) spans.push({ at: i, args: [] });
    else if (w !== '!' && spans.length) spans[spans.length - 1].args.push(i);
  });
  return spans;
}

function misspell(word: string, rng: Random): string {
  const core = word.replace(/^-+/, '');
  const dashes = word.slice(0, word.length - core.length);
  if (core.length >= 4 && rng() < 0.5) {
    // Swap two inner letters: `--dport` -> `--dprot`.
    const i = 1 + Math.floor(rng() * (core.length - 3));
    if (core[i] !== core[i + 1]) return dashes + core.slice(0, i) + core[i + 1] + core[i] + core.slice(i + 2);
  }
  return dashes + core + (/[A-Z]/.test(core) && !/[a-z]/.test(core) ? 'X' : 'x');
}

const ipv4 = /^(\d{1,3}\.\d{1,3}\.\d{1,3}\.)(\d{1,3})(\/[\d.]+)?$/;
const ipv6 = /^([0-9a-fA-F:]*:[0-9a-fA-F:.]*)(\/\d+)?$/;
const boundaries = new Set([1, 7, 15, 31, 63, 127, 255, 1023, 65535, 4294967295]);

/** A value just past what is allowed, or a wrong word, chosen from the option it belongs to. */
function neighbourValue(option: string, value: string, rng: Random): string | undefined {
  const quoted = value.startsWith('"');
  if (quoted) return undefined;
  if (/^--?(state|ctstate|ctstatus)$/.test(option)) {
    const items = value.split(',');
    const i = Math.floor(rng() * items.length);
    items[i] = rng() < 0.5 ? 'BOGUS' : misspell(items[i], rng);
    return items.join(',');
  }
  if (/port/.test(option)) {
    const range = /^(\d+)[:-](\d+)$/.exec(value);
    if (range && range[1] !== range[2]) return pick(rng, [`${range[2]}:${range[1]}`, `${range[1]}:65536`]);
    return pick(rng, ['65536', '-1', 'htttp', '0x16']);
  }
  if (option === '-p' || option === '--protocol') return pick(rng, ['tcpp', '256', 'icmpv7']);
  if (option === '-i' || option === '-o' || /physdev-(in|out)/.test(option)) return 'averyveryverylongname0';
  const v4 = ipv4.exec(value);
  if (v4) return pick(rng, [`${v4[1]}256${v4[3] ?? ''}`, `${v4[1]}${v4[2]}/33`, `${v4[1]}${v4[2]}/255.0.255.256`]);
  const v6 = value.includes('::') || /^[0-9a-f]{1,4}:[0-9a-f]{1,4}:/i.test(value) ? ipv6.exec(value) : null;
  if (v6) return pick(rng, [`${v6[1]}/129`, `${v6[1]}:g`]);
  if (/^([0-9a-f]{2}:){5}[0-9a-f]{2}$/i.test(value)) return `${value.slice(0, -2)}g0`;
  if (/^\d+\/[a-z]+$/.test(value)) return pick(rng, [value.replace(/\/.*/, '/fortnight'), '0/second']);
  if (/^0x[0-9a-f]+(\/0x[0-9a-f]+)?$/i.test(value)) return pick(rng, ['0x100000000', `${value}/0x1/0x1`]);
  if (/^\d+$/.test(value)) {
    const n = Number(value);
    return boundaries.has(n) ? String(n + 1) : pick(rng, ['-1', '256', '65536', '4294967296']);
  }
  if (/^[A-Za-z][\w-]*$/.test(value)) return misspell(value, rng);
  return undefined;
}

/** Options that never take `!` (targets' options, the jump itself, plain settings). */
const neverNegated = /^(-j|--jump|-g|--goto|-m|--match|--comment|--limit|--limit-burst|--log-prefix|--log-level|--to-destination|--to-source|--to-ports|--set-mark|--set-xmark)$/;

export type MutationKind =
  | 'drop-word'
  | 'duplicate-option'
  | 'swap-words'
  | 'neighbour-value'
  | 'misspell-module'
  | 'misspell-target'
  | 'misspell-option'
  | 'negate'
  | 'move-table-chain';

export const mutationKinds: readonly MutationKind[] = [
  'drop-word',
  'duplicate-option',
  'swap-words',
  'neighbour-value',
  'misspell-module',
  'misspell-target',
  'misspell-option',
  'negate',
  'move-table-chain',
];

const semanticKinds: readonly MutationKind[] = ['neighbour-value', 'move-table-chain'];

interface Mutated {
  table: string;
  chain: string;
  words: string[];
  what: string;
}

/** One mutation of the given kind, or undefined when the rule offers no place for it. */
export function mutate(base: BaseRule, kind: MutationKind, rng: Random): Mutated | undefined {
  const words = splitWords(base.rule);
  const spans = optionSpans(words);
  const same = (ws: string[], what: string): Mutated => ({ table: base.table, chain: base.chain, words: ws, what });
  const afterTarget = words.findIndex((w) => w === '-j' || w === '--jump');
  switch (kind) {
    case 'drop-word': {
      if (!words.length) return undefined;
      const i = Math.floor(rng() * words.length);
      return same(words.filter((_, j) => j !== i), `dropped \`${words[i]}\``);
    }
    case 'duplicate-option': {
      if (!spans.length) return undefined;
      const s = pick(rng, spans);
      const copy = [s.at, ...s.args].map((i) => words[i]);
      const end = (s.args[s.args.length - 1] ?? s.at) + 1;
      return same([...words.slice(0, end), ...copy, ...words.slice(end)], `repeated \`${copy.join(' ')}\``);
    }
    case 'swap-words': {
      if (words.length < 2) return undefined;
      const i = Math.floor(rng() * (words.length - 1));
      if (words[i] === words[i + 1]) return undefined;
      const ws = [...words];
      [ws[i], ws[i + 1]] = [ws[i + 1], ws[i]];
      return same(ws, `swapped \`${words[i]}\` and \`${words[i + 1]}\``);
    }
    case 'neighbour-value': {
      const places = spans.flatMap((s) =>
        s.args.filter(() => !['-m', '--match', '-j', '--jump', '-g', '--goto'].includes(words[s.at])).map((i) => ({ option: words[s.at], i })),
      );
      for (const { option, i } of shuffle(rng, places)) {
        const v = neighbourValue(option, words[i], rng);
        if (v !== undefined && v !== words[i]) {
          const ws = [...words];
          ws[i] = v;
          return same(ws, `${option} \`${words[i]}\` -> \`${v}\``);
        }
      }
      return undefined;
    }
    case 'misspell-module':
    case 'misspell-target': {
      const names = kind === 'misspell-module' ? ['-m', '--match'] : ['-j', '--jump', '-g', '--goto'];
      const at = words.flatMap((w, i) => (names.includes(w) && words[i + 1] ? [i + 1] : []));
      if (!at.length) return undefined;
      const i = pick(rng, at);
      const ws = [...words];
      ws[i] = misspell(words[i], rng);
      return same(ws, `\`${words[i]}\` -> \`${ws[i]}\``);
    }
    case 'misspell-option': {
      const opts = spans.filter((s) => words[s.at].startsWith('--'));
      if (!opts.length) return undefined;
      const s = pick(rng, opts);
      const ws = [...words];
      // Half the time cut the last letter: iptables takes unambiguous abbreviations of long options.
      ws[s.at] = rng() < 0.5 && words[s.at].length > 4 ? words[s.at].slice(0, -1) : misspell(words[s.at], rng);
      return same(ws, `\`${words[s.at]}\` -> \`${ws[s.at]}\``);
    }
    case 'negate': {
      const notYet = spans.filter((s) => words[s.at - 1] !== '!');
      const preferred = notYet.filter((s) => neverNegated.test(words[s.at]) || (afterTarget >= 0 && s.at > afterTarget));
      const from = preferred.length ? preferred : notYet;
      if (!from.length) return undefined;
      const s = pick(rng, from);
      return same([...words.slice(0, s.at), '!', ...words.slice(s.at)], `\`!\` before \`${words[s.at]}\``);
    }
    case 'move-table-chain': {
      // Another table (or another built-in chain of the same table): the kernel limits many targets and matches by place.
      const tables = Object.keys(builtinChains).filter((t) => t !== base.table);
      const table = rng() < 0.7 ? pick(rng, tables) : base.table;
      const chains = builtinChains[table].filter((c) => c !== base.chain);
      if (!chains.length) return undefined;
      const chain = pick(rng, chains);
      return { table, chain, words, what: `moved from ${base.table}/${base.chain} to ${table}/${chain}` };
    }
  }
}

function toCase(base: BaseRule, kind: MutationKind | 'original', m: Mutated): OracleCase {
  const rule = m.words.join(' ');
  const target = jumpTarget(m.words);
  const userChains = target && base.userChains.has(target) ? [target] : [];
  const { dump, focusLine } = ruleDump(m.table, m.chain, rule, userChains);
  return {
    id: `mut:${kind}:${shortHash(`${base.family}\n${dump}`)}:${base.family}`,
    source: 'mutations',
    family: base.family,
    dump,
    focusLine,
    note: `${m.what} (from ${base.origin})`,
  };
}

/**
 * For each base, its unchanged rule alone in a dump (it should stay accepted),
 * then up to `perBase` mutations of different kinds.
 */
export function mutationCases(bases: readonly BaseRule[], perBase: number, rng: Random): OracleCase[] {
  const out: OracleCase[] = [];
  const seen = new Set<string>();
  const add = (c: OracleCase): void => {
    if (seen.has(c.dump + c.family)) return;
    seen.add(c.dump + c.family);
    out.push(c);
  };
  for (const base of bases) {
    add(toCase(base, 'original', { table: base.table, chain: base.chain, words: splitWords(base.rule), what: 'unchanged' }));
    let made = 0;
    // Values and places first: they need the semantic checks, where most is left to get right.
    const order = [...shuffle(rng, semanticKinds), ...shuffle(rng, mutationKinds.filter((k) => !semanticKinds.includes(k)))];
    for (const kind of order) {
      if (made >= perBase) break;
      const m = mutate(base, kind, rng);
      if (!m) continue;
      const before = out.length;
      add(toCase(base, kind, m));
      if (out.length > before) made++;
    }
  }
  return out;
}
