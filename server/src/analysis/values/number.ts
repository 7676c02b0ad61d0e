// Integers as iptables reads them. Most options go through strtoul with base 0:
// decimal, 0x hex, and a leading 0 meaning octal (so `08` is refused). A `-`
// is always refused. Values past 2^53 are compared exactly with BigInt.
import type { ValueType } from '../../catalog/types';
import { shown, type ValueEnv, type ValueSink } from './sink';

export const U64_MAX = 18446744073709551615n;

export interface UintRead {
  /** Digits were found. */
  ok: boolean;
  /** Offset just past the digits read. */
  end: number;
  value: number;
  /** Exact value when it has 16 or more digits. */
  big?: bigint;
  negative?: boolean;
  /** Written as 0x... */
  hex?: boolean;
  /** Written with a leading 0 (octal under base 0). */
  octal?: boolean;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** The value of a hexadecimal digit's character code, or -1. */
export const hexValue = (c: number): number =>
  c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1;

/** Reads an unsigned integer at `start`, stopping at `stop` or the first character that is not a digit. */
export function readUint(text: string, start = 0, stop = text.length, base0 = true): UintRead {
  let i = start;
  while (i < stop && (text[i] === ' ' || text[i] === '\t')) i++;
  if (i < stop && text[i] === '-') return { ok: false, end: i, value: 0, negative: true };
  if (i < stop && text[i] === '+') i++;
  let base = 10;
  let hex = false;
  let octal = false;
  if (base0 && text[i] === '0' && (text[i + 1] === 'x' || text[i + 1] === 'X') && i + 2 < stop && hexValue(text.charCodeAt(i + 2)) >= 0) {
    base = 16;
    hex = true;
    i += 2;
  } else if (base0 && text[i] === '0' && i + 1 < stop && isDigit(text.charCodeAt(i + 1))) {
    base = 8;
    octal = true;
  }
  const first = i;
  let value = 0;
  for (; i < stop; i++) {
    const d = hexValue(text.charCodeAt(i));
    if (d < 0 || d >= base) break;
    value = value * base + d;
  }
  if (i === first) return { ok: false, end: i, value: 0 };
  const read: UintRead = { ok: true, end: i, value, hex, octal };
  if (value > Number.MAX_SAFE_INTEGER) {
    const digits = text.slice(first, i);
    read.big = base === 16 ? BigInt(`0x${digits}`) : base === 8 ? BigInt(`0o${digits}`) : BigInt(digits);
  }
  return read;
}

/** Does a number start at `i`, as strtoul sees it (a digit, or + before one)? */
export function startsNumber(text: string, i = 0): boolean {
  const c = text.charCodeAt(i);
  if (c === 43) return isDigit(text.charCodeAt(i + 1));
  return isDigit(c);
}

export function uintAbove(read: UintRead, max: number | bigint): boolean {
  if (read.big !== undefined) return read.big > BigInt(max);
  return read.value > Number(max);
}

interface Bounds {
  min: number;
  max: number | bigint;
  hex: boolean;
}

function boundsOf(t: { min?: number; max?: number; hex?: boolean }, env: ValueEnv): Bounds {
  const rules = env.rules;
  const max = env.family === 'ipv6' && rules.ipv6Max !== undefined ? rules.ipv6Max : t.max ?? U64_MAX;
  return { min: t.min ?? 0, max, hex: t.hex === true };
}

function describe(b: Bounds): string {
  const max = b.max === U64_MAX ? '18446744073709551615' : String(b.max);
  return `a whole number from ${b.min} to ${max}${b.hex ? ' (0x hex allowed)' : ''}`;
}

/**
 * Checks one integer occupying text[start, stop). Returns the value when it is
 * usable for further checks (range order), undefined after reporting.
 */
export function checkOneNumber(
  text: string,
  start: number,
  stop: number,
  at: number,
  bounds: Bounds,
  env: ValueEnv,
  sink: ValueSink,
): number | undefined {
  const part = text.slice(start, stop);
  const read = readUint(text, start, stop, bounds.hex);
  const from = at + start;
  const to = at + stop;
  if (!read.ok) {
    const what = read.negative ? 'negative numbers are not allowed' : 'not a number';
    sink.error('bad-number', `${shown(part)} is ${what}: ${env.option} takes ${describe(bounds)}.`, from, to);
    return undefined;
  }
  if (read.end !== stop && env.rules.trailingIgnored && read.value >= bounds.min && !uintAbove(read, bounds.max)) {
    sink.warning('bad-number', `${shown(part)}: iptables ignores ${shown(text.slice(read.end, stop))} after the number and reads ${read.value}.`, at + read.end, to);
    return read.value;
  }
  if (read.end !== stop) {
    const rest = text.slice(read.end, stop);
    if (!bounds.hex && /^[xX]/.test(rest) && part.startsWith('0')) {
      sink.error('bad-number', `${shown(part)}: ${env.option} takes a decimal number, not hex.`, from, to);
    } else if (read.octal && isDigit(text.charCodeAt(read.end))) {
      sink.error('bad-number', `${shown(part)}: a leading 0 makes iptables read the number as octal, where 8 and 9 do not exist. Drop the leading zeros.`, from, to);
    } else {
      sink.error('bad-number', `${shown(part)} is not a number: unexpected ${shown(rest)} after it. ${env.option} takes ${describe(bounds)}.`, from, to);
    }
    return undefined;
  }
  if (read.value < bounds.min || uintAbove(read, bounds.max)) {
    sink.error('number-out-of-range', `${shown(part)} is out of range: ${env.option} takes ${describe(bounds)}.`, from, to);
    return undefined;
  }
  return read.value;
}

export function checkNumber(type: Extract<ValueType, { kind: 'number' }>, text: string, at: number, env: ValueEnv, sink: ValueSink): void {
  const bounds = boundsOf(type, env);
  if (text === '') {
    sink.error('bad-number', `${env.option} needs a value: ${describe(bounds)}.`, at, at);
    return;
  }
  checkOneNumber(text, 0, text.length, at, bounds, env, sink);
}

/** first:last (or first-last) ranges of integers; which forms iptables allows depends on the option (optionRules). */
export function checkNumberRange(type: Extract<ValueType, { kind: 'numberRange' }>, text: string, at: number, env: ValueEnv, sink: ValueSink): void {
  const bounds = boundsOf(type, env);
  const sep = type.separator ?? ':';
  const rules = env.rules;
  const cut = text.indexOf(sep);
  if (text === '') {
    sink.error('bad-number', `${env.option} needs a value: ${describe(bounds)}, or a range first${sep}last.`, at, at);
    return;
  }
  if (cut < 0) {
    if (rules.single === false) {
      sink.error('bad-number', `${env.option} needs a range first${sep}last, not a single number.`, at, at + text.length);
      return;
    }
    checkOneNumber(text, 0, text.length, at, bounds, env, sink);
    return;
  }
  if (text.indexOf(sep, cut + 1) >= 0) {
    sink.error('bad-number', `${shown(text)} has too many parts: ${env.option} takes first${sep}last.`, at, at + text.length);
    return;
  }
  const emptyOk = rules.emptySides !== false;
  let first: number | undefined = bounds.min;
  let last: number | undefined = typeof bounds.max === 'bigint' ? Number.MAX_SAFE_INTEGER : bounds.max;
  if (cut === 0 && !emptyOk) sink.error('bad-number', `${env.option} needs a number before \`${sep}\`.`, at, at + 1);
  else if (cut > 0) first = checkOneNumber(text, 0, cut, at, bounds, env, sink);
  if (cut === text.length - 1 && !emptyOk) sink.error('bad-number', `${env.option} needs a number after \`${sep}\`.`, at + cut, at + cut + 1);
  else if (cut < text.length - 1) last = checkOneNumber(text, cut + 1, text.length, at, bounds, env, sink);
  if (first === undefined || last === undefined) return;
  if (rules.spanMax !== undefined && last - first + 1 > rules.spanMax) {
    sink.error('number-out-of-range', `${shown(text)} spans ${last - first + 1} values; ${env.option} allows at most ${rules.spanMax}.`, at, at + text.length);
    return;
  }
  reportOrder(first, last, text, at, env, sink, { refused: rules.reversedRefused, strict: rules.strictOrder, sep });
}

/** Reports a reversed range: an error where iptables refuses it, otherwise a warning that it matches nothing. */
export function reportOrder(
  first: number,
  last: number,
  text: string,
  at: number,
  env: ValueEnv,
  sink: ValueSink,
  how: { refused?: boolean; strict?: boolean; sep: string },
): void {
  if (first < last || (first === last && !how.strict)) return;
  const end = at + text.length;
  if (first === last) {
    sink.error('reversed-range', `${shown(text)}: ${env.option} needs the first value below the last.`, at, end);
  } else if (how.refused) {
    sink.error('reversed-range', `${shown(text)} is reversed: iptables refuses a range whose first value is above its last. Write ${last}${how.sep}${first}.`, at, end);
  } else {
    sink.warning('reversed-range', `${shown(text)} is reversed: iptables accepts it, but nothing can match a range whose first value is above its last. Write ${last}${how.sep}${first}.`, at, end);
  }
}
