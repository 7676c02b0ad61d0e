// What an option's value means, as a phrase to put into a sentence.
import type { OptionReading, ValueType } from '../../catalog/types';
import type { Family } from '../../syntax/ast';
import { isDynamic, type Word } from '../../syntax/word';
import { describeAddress } from './addresses';
import { findEnumWord } from '../../analysis/values/enum';
import { readUint } from '../../analysis/values/number';
import { rateUnit } from '../../analysis/values/rate';
import { andList, orList } from '../../analysis/checks/wording';
import { code } from './markdown';

/** Which option the value belongs to, so it is read as the checks read it. */
interface ValueOwner {
  /** Canonical long name: `--ctstate`. */
  option: string;
  /** How the option reads its words (the catalog's OptionSpec.reading). */
  reading: OptionReading;
  family: Family;
}

function describeRate(text: string): string {
  const m = /^(\d+)(?:\/([a-zA-Z]+))?$/.exec(text);
  if (!m) return code(text);
  const n = Number(m[1]);
  const unit = rateUnit(m[2] ?? 's');
  if (!unit || n === 0) return code(text);
  const every = unit[1] / n;
  const spacing = every >= 1 ? `one every ${every >= 60 ? `${+(every / 60).toFixed(1)} min` : `${+every.toFixed(1)} s`}` : `one every ${+(every * 1000).toFixed(1)} ms`;
  return `${n} per ${unit[0]} (${spacing})`;
}

function describeProbability(text: string): string {
  const p = Number(text);
  if (!Number.isFinite(p) || p <= 0 || p > 1) return code(text);
  const oneIn = 1 / p;
  const rounded = Math.round(oneIn);
  const about = Math.abs(oneIn - rounded) < 0.01 ? `1 in ${rounded}` : `1 in ${oneIn.toFixed(1)}`;
  return `about ${about} packets (${+(p * 100).toFixed(2)}%)`;
}

function setBits(value: number): number[] {
  const bits: number[] = [];
  for (let b = 0; b < 32; b++) if (Math.floor(value / 2 ** b) % 2 === 1) bits.push(b);
  return bits;
}

/** `bit 14`, `bits 0, 3`; past four bits only their count. */
function bitNames(bits: readonly number[]): string {
  if (bits.length === 0) return 'no bits';
  if (bits.length === 1) return `bit ${bits[0]}`;
  return bits.length <= 4 ? `bits ${bits.join(', ')}` : `${bits.length} bits`;
}

/** A mark or mask as iptables reads it (decimal, 0x hex, 0 octal), by the checks' own reader. */
function parseNumber(text: string): number | undefined {
  const read = readUint(text, 0, text.length, true);
  return read.ok && read.end === text.length && read.big === undefined ? read.value : undefined;
}

/** `0x4000/0x4000` reads "0x4000 (bit 14) within mask 0x4000 (bit 14)". */
function describeMark(text: string): string {
  const [v, m] = text.split('/');
  const value = parseNumber(v);
  if (value === undefined) return code(text);
  const hex = (n: number) => `0x${n.toString(16)}`;
  const valuePart = `${hex(value)} (${bitNames(setBits(value))})`;
  if (m === undefined) return valuePart;
  const mask = parseNumber(m);
  if (mask === undefined) return code(text);
  return `${valuePart} within mask ${hex(mask)} (${bitNames(setBits(mask))})`;
}

/**
 * `--set-xmark value/mask`: the mask's bits are cleared, then the value is
 * XORed in. Reads as which bits end up set, cleared or toggled.
 */
function describeXmark(text: string): string {
  const [v, m] = text.split('/');
  const value = parseNumber(v);
  const mask = m === undefined ? 0xffffffff : parseNumber(m);
  if (value === undefined || mask === undefined) return code(text);
  const set: number[] = [];
  const cleared: number[] = [];
  const toggled: number[] = [];
  for (let b = 0; b < 32; b++) {
    const inValue = Math.floor(value / 2 ** b) % 2 === 1;
    const inMask = Math.floor(mask / 2 ** b) % 2 === 1;
    if (inMask) (inValue ? set : cleared).push(b);
    else if (inValue) toggled.push(b);
  }
  const parts: string[] = [];
  if (set.length) parts.push(`sets ${bitNames(set)}`);
  if (cleared.length) parts.push(`clears ${bitNames(cleared)}`);
  if (toggled.length) parts.push(`flips ${bitNames(toggled)}`);
  if (!parts.length) return `${code(text)} (changes nothing)`;
  return `${code(text)}: ${parts.join(', ')}${mask === 0xffffffff ? '' : ', other bits unchanged'}`;
}

/** `1024:65535` reads "`1024` to `65535`"; an empty side is the lowest or highest value. */
function describeRange(text: string, separator: string, highest: string): string {
  const i = text.indexOf(separator);
  if (i < 0) return code(text);
  const first = text.slice(0, i) || '0';
  const last = text.slice(i + 1) || highest;
  return `${code(first)} to ${code(last)}`;
}

function splitItems(text: string, separators: string): string[] {
  const items: string[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !separators.includes(text[i])) continue;
    items.push(text.slice(start, i));
    start = i + 1;
  }
  return items;
}

/** Each word with its meaning, found as the checks find it (case, abbreviations, family). */
function enumWords(text: string, type: Extract<ValueType, { kind: 'enum' }>, owner: ValueOwner): string {
  const rules = owner.reading;
  let words = type.list ? splitItems(text, rules.separators ?? ',') : [text];
  if (rules.skipEmpty) words = words.filter((w) => w !== '');
  const parts = words.map((w) => {
    const entry = findEnumWord(type, w, owner.family, rules);
    if (!entry || entry === 'other-family') return code(w);
    return `${code(w)} (${entry.doc.replace(/\.$/, '').replace(/^./, (c) => c.toLowerCase())})`;
  });
  return type.together ? andList(parts) : orList(parts);
}

/** A phrase for the value words of an option, given its type. */
export function describeValue(type: ValueType | readonly ValueType[] | undefined, args: readonly Word[], owner: ValueOwner): string {
  if (args.length === 0) return '';
  if (args.some(isDynamic)) return `${args.map((a) => code(a.text)).join(' ')} (a shell variable, known only when the script runs)`;
  const text = args[0].text;
  if (Array.isArray(type) || args.length > 1) return args.map((a) => code(a.text)).join(' ');
  const t = type as ValueType | undefined;
  switch (t?.kind) {
    case 'other':
      return t.reader === 'probability' ? describeProbability(text) : code(text);
    case 'address':
      if (t.list && text.includes(',')) return `one of ${text.split(',').map(describeAddress).join('; ')}`;
      return describeAddress(text);
    case 'interface':
      if (text.endsWith('+')) return text === '+' ? 'any interface' : `any interface whose name starts with ${code(text.slice(0, -1))}`;
      return `interface ${code(text)}`;
    case 'port':
      return code(text);
    case 'portRange':
      return describeRange(text, t.separator ?? ':', '65535');
    case 'portList': {
      return orList(text.split(',').map((p) => describeRange(p, ':', '65535')));
    }
    case 'numberRange':
      return describeRange(text, t.separator ?? ':', 'the maximum');
    case 'rate':
      return describeRate(text);
    case 'mark':
      return t.apply === 'xor' ? describeXmark(text) : describeMark(text);
    case 'enum':
      return enumWords(text, t, owner);
    default:
      return code(text);
  }
}
