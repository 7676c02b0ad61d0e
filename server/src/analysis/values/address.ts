// Addresses as iptables reads them, by the document's family. IPv4 numbers may
// be shortened (10 is 10.0.0.0 for -s) and each part may be hex or octal, as
// the C library allows; IPv6 is the strict inet_pton form. Anything else that
// looks like a host name is accepted by iptables, which looks it up through
// DNS when the rules are loaded: we warn about that rather than refuse it.
import { familyLabel } from '../../syntax/programs';
import type { Family, ValueType } from '../../catalog/types';
import { hexValue, readUint, startsNumber } from './number';
import { checkPrefixLength } from './prefixLength';
import { shown, type ValueEnv, type ValueSink } from './sink';

/**
 * An IPv4 address as a 32-bit number, or undefined. Accepts 1 to 4 parts, each
 * decimal, 0x hex or 0-octal; the last part fills the remaining bytes (so
 * `10.1` is 10.0.0.1 to the C library); every other part is one byte.
 */
export function parseIPv4(text: string, start = 0, stop = text.length): number | undefined {
  if (start >= stop) return undefined;
  const parts: number[] = [];
  let i = start;
  for (;;) {
    if (!startsNumber(text, i)) return undefined; // each part starts with a digit
    const read = readUint(text, i, stop, true);
    if (!read.ok || read.big !== undefined) return undefined;
    parts.push(read.value);
    i = read.end;
    if (i === stop) break;
    if (text[i] !== '.' || parts.length === 4) return undefined;
    i++;
  }
  const last = parts.length - 1;
  let value = 0;
  for (let k = 0; k < last; k++) {
    if (parts[k] > 255) return undefined;
    value = value * 256 + parts[k];
  }
  const room = 4 - last;
  if (parts[last] >= 2 ** (8 * room)) return undefined;
  return value * 2 ** (8 * room) + parts[last];
}

/**
 * iptables' own reader, without the C library's fallback (iprange): 1 to 4
 * parts, every one a byte, missing ones taken as 0 (`10.1` is 10.1.0.0).
 */
function parseIPv4Bytes(text: string, start = 0, stop = text.length): number | undefined {
  let value = 0;
  let parts = 0;
  let i = start;
  for (;;) {
    if (!startsNumber(text, i)) return undefined;
    const read = readUint(text, i, stop, true);
    if (!read.ok || read.value > 255) return undefined;
    value = value * 256 + read.value;
    parts++;
    i = read.end;
    if (i === stop) break;
    if (text[i] !== '.' || parts === 4) return undefined;
    i++;
  }
  return value * 256 ** (4 - parts);
}

/** Exactly four decimal parts 0-255 without leading zeros (inet_pton, as NAT targets read addresses). */
export function parseDottedQuad(text: string, start = 0, stop = text.length): number | undefined {
  let value = 0;
  let parts = 0;
  let i = start;
  while (parts < 4) {
    let n = 0;
    let digits = 0;
    const first = i;
    while (i < stop && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57 && digits < 4) {
      n = n * 10 + text.charCodeAt(i) - 48;
      i++;
      digits++;
    }
    // inet_pton refuses leading zeros (010 could be read as octal elsewhere).
    if (digits === 0 || digits > 3 || n > 255 || (digits > 1 && text[first] === '0')) return undefined;
    value = value * 256 + n;
    parts++;
    if (parts < 4) {
      if (text[i] !== '.') return undefined;
      i++;
    }
  }
  return i === stop ? value : undefined;
}

/** An IPv6 address as eight 16-bit groups (inet_pton rules: one `::`, optional dotted IPv4 tail), or undefined. */
export function parseIPv6(text: string, start = 0, stop = text.length): number[] | undefined {
  if (stop - start < 2 || stop - start > 45) return undefined;
  const head: number[] = [];
  const tail: number[] = [];
  let gap = false;
  let i = start;
  if (text[i] === ':') {
    if (text[i + 1] !== ':') return undefined;
    gap = true;
    i += 2;
    if (i === stop) return [0, 0, 0, 0, 0, 0, 0, 0];
  }
  for (;;) {
    const groups = gap ? tail : head;
    // A dotted IPv4 tail takes the last two groups.
    let j = i;
    while (j < stop && text[j] !== ':' && text[j] !== '.') j++;
    if (j < stop && text[j] === '.') {
      const v4 = parseDottedQuad(text, i, stop);
      if (v4 === undefined) return undefined;
      groups.push(Math.floor(v4 / 65536), v4 % 65536);
      break;
    }
    let n = 0;
    let digits = 0;
    while (i < stop) {
      const c = text.charCodeAt(i);
      const d = hexValue(c);
      if (d < 0) break;
      n = n * 16 + d;
      digits++;
      i++;
    }
    if (digits === 0 || digits > 4) return undefined;
    groups.push(n);
    if (i === stop) break;
    if (text[i] !== ':') return undefined;
    i++;
    if (text[i] === ':') {
      if (gap) return undefined;
      gap = true;
      i++;
      if (i === stop) break;
    } else if (i === stop) {
      return undefined;
    }
  }
  const count = head.length + tail.length;
  if (gap ? count > 7 : count !== 8) return undefined;
  return [...head, ...new Array<number>(8 - count).fill(0), ...tail];
}

/** Compares two parsed addresses of the same family. */
export function compareAddresses(a: number | number[], b: number | number[]): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const x = a as number[];
  const y = b as number[];
  for (let k = 0; k < 8; k++) if (x[k] !== y[k]) return x[k] - y[k];
  return 0;
}

function parseAddress(family: Family, text: string, start = 0, stop = text.length): number | number[] | undefined {
  return family === 'ipv4' ? parseIPv4(text, start, stop) : parseIPv6(text, start, stop);
}

/** Only digits and dots: meant as an IPv4 number, never a host name. */
function looksNumericV4(text: string, start: number, stop: number): boolean {
  for (let i = start; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || c === 46)) return false;
  }
  return stop > start;
}

/**
 * A name DNS could answer: labels of letters, digits, `-` and `_` separated by
 * dots, at most 253 characters, and a last label that is not all digits.
 */
export function plausibleHostname(text: string, start = 0, stop = text.length): boolean {
  if (stop > start + 1 && text[stop - 1] === '.') stop--; // one trailing dot is fine
  if (stop <= start || stop - start > 253) return false;
  let labelStart = start;
  let letter = false;
  for (let i = start; i <= stop; i++) {
    if (i === stop || text[i] === '.') {
      const len = i - labelStart;
      if (len === 0 || len > 63 || text[labelStart] === '-' || text[i - 1] === '-') return false;
      if (i === stop) return letter;
      labelStart = i + 1;
      letter = false;
      continue;
    }
    const c = text.charCodeAt(i);
    const isLetter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (!(isLetter || (c >= 48 && c <= 57) || c === 45 || c === 95)) return false;
    if (isLetter) letter = true;
  }
  return false;
}

export interface HostOptions {
  /** A host name is refused (iprange, rt-0-addrs...). */
  numericOnly?: boolean;
}

/**
 * Checks one host (no mask) at text[start, stop). Returns the parsed address,
 * `'name'` for an accepted host name, or undefined after reporting.
 */
function checkHost(
  text: string,
  start: number,
  stop: number,
  at: number,
  env: ValueEnv,
  sink: ValueSink,
  options: HostOptions = {},
): number | number[] | 'name' | undefined {
  const part = text.slice(start, stop);
  const from = at + start;
  const to = at + stop;
  const family = env.family;
  if (start === stop) {
    sink.error('bad-address', `${env.option} has an empty address${text.length ? ` in ${shown(text)}` : ''}: expected ${family === 'ipv4' ? 'an IPv4 address such as 192.0.2.1' : 'an IPv6 address such as 2001:db8::1'}.`, from, to);
    return undefined;
  }
  const parsed = family === 'ipv4' && options.numericOnly ? parseIPv4Bytes(text, start, stop) : parseAddress(family, text, start, stop);
  if (parsed !== undefined) return parsed;
  // The other family's address: iptables cannot read it in this file.
  if (family === 'ipv4' && part.includes(':') && parseIPv6(text, start, stop) !== undefined) {
    sink.error('family-mismatch', `${shown(part)} is an IPv6 address, but this file is read as IPv4 (iptables). Use it in an ip6tables file, or set the family.`, from, to);
    return undefined;
  }
  // The C library reads anything inet_aton takes (10, 0x10, 1.2.3.4) as IPv4 and refuses it for IPv6.
  if (family === 'ipv6' && parseIPv4(text, start, stop) !== undefined) {
    sink.error('family-mismatch', `${shown(part)} is an IPv4 address, but this file is read as IPv6 (ip6tables). Use it in an iptables file, write it as ::ffff:${part} if you mean an IPv4-mapped address, or set the family.`, from, to);
    return undefined;
  }
  const expected = family === 'ipv4' ? 'an IPv4 address such as 192.0.2.1' : 'an IPv6 address such as 2001:db8::1';
  if (options.numericOnly) {
    sink.error('bad-address', `${shown(part)} is not a valid address: ${env.option} takes ${expected} (no host names).`, from, to);
    return undefined;
  }
  if ((family === 'ipv4' && looksNumericV4(text, start, stop)) || part.includes(':') || !plausibleHostname(text, start, stop)) {
    sink.error('bad-address', `${shown(part)} is not a valid address: ${env.option} takes ${expected}${options.numericOnly ? '' : ' or a host name'}.`, from, to);
    return undefined;
  }
  sink.warning(
    'hostname-lookup',
    `${shown(part)} is a host name: iptables-restore looks it up through DNS when loading the rules, so the rule depends on DNS working at boot and on the answer it gets then. Prefer an address.`,
    from,
    to,
  );
  return 'name';
}

/**
 * The prefix length a `/mask` of -s or -d stands for, read as iptables reads it:
 * a number (decimal, 0x hex or 0 octal, so `00` and `0x0` are 0) up to 32 or
 * 128, or a mask written as an address (four parts for IPv4). A mask with
 * holes counts its leading one bits only when it has none after them;
 * otherwise, and for anything iptables refuses, undefined.
 */
export function maskBits(text: string, family: Family, start = 0, stop = text.length): number | undefined {
  const max = family === 'ipv4' ? 32 : 128;
  const read = readUint(text, start, stop, true);
  if (read.ok && read.end === stop) return read.value <= max ? read.value : undefined;
  let groups: number[];
  if (family === 'ipv4') {
    if (!parseDottedQuadOrShort(text, start, stop)) return undefined;
    const v = parseIPv4(text, start, stop)!;
    groups = [Math.floor(v / 65536), v % 65536];
  } else {
    const v = parseIPv6(text, start, stop);
    if (v === undefined) return undefined;
    groups = v;
  }
  let bits = 0;
  let ended = false;
  for (const g of groups) {
    for (let b = 15; b >= 0; b--) {
      const one = ((g >>> b) & 1) === 1;
      if (one && ended) return undefined;
      if (one) bits++;
      else ended = true;
    }
  }
  return bits;
}

/** A netmask after `/`: a prefix length (0-32 / 0-128) or a mask written as an address. */
function checkMask(text: string, start: number, stop: number, at: number, env: ValueEnv, sink: ValueSink): number | undefined {
  const bits = env.family === 'ipv4' ? 32 : 128;
  const part = text.slice(start, stop);
  const read = readUint(text, start, stop, true);
  if (read.ok && read.end === stop) {
    if (read.value <= bits) return read.value;
    sink.error('bad-prefix', `/${part} is too long a prefix: an ${familyLabel(env.family)} prefix length is 0 to ${bits}.`, at + start, at + stop);
    return undefined;
  }
  if (env.family === 'ipv4' ? parseDottedQuadOrShort(text, start, stop) : parseIPv6(text, start, stop) !== undefined) {
    // A mask with holes is kept as written by the kernel: count it as a full one here.
    return maskBits(text, env.family, start, stop) ?? bits;
  }
  sink.error(
    'bad-prefix',
    `${shown(part)} is not a valid mask: expected a prefix length 0-${bits}${env.family === 'ipv4' ? ' or a dotted mask such as 255.255.255.0' : ''}.`,
    at + start,
    at + stop,
  );
  return undefined;
}

/** iptables' own mask reader wants four parts; each may be hex or octal. */
function parseDottedQuadOrShort(text: string, start: number, stop: number): boolean {
  let dots = 0;
  for (let i = start; i < stop; i++) if (text[i] === '.') dots++;
  return dots === 3 && parseIPv4(text, start, stop) !== undefined;
}

/** One `host[/mask]` item. */
function checkHostMask(text: string, start: number, stop: number, at: number, maskAllowed: boolean, env: ValueEnv, sink: ValueSink, options: HostOptions): void {
  const slash = text.lastIndexOf('/', stop - 1);
  if (slash >= start) {
    if (!maskAllowed) {
      sink.error('bad-address', `${env.option} takes a single address, without a /mask.`, at + slash, at + stop);
      return;
    }
    if (!isCore(env)) {
      // Extension options read the mask as a prefix length or any address-shaped mask.
      checkPrefixLength(text.slice(slash + 1, stop), at + slash + 1, env, sink);
      checkHost(text, start, slash, at, env, sink, options);
      return;
    }
    const bits = checkMask(text, slash + 1, stop, at, env, sink);
    // A zero mask makes iptables ignore the address entirely ("any/0").
    if (bits === 0) return;
    checkHost(text, start, slash, at, env, sink, options);
    return;
  }
  checkHost(text, start, stop, at, env, sink, options);
}

function isCore(env: ValueEnv): boolean {
  return env.kind === 'core';
}

export function checkAddress(type: Extract<ValueType, { kind: 'address' }>, text: string, at: number, env: ValueEnv, sink: ValueSink): void {
  const rules = env.rules;
  const options: HostOptions = { numericOnly: rules.numericOnly };
  const maskAllowed = type.mask === true;
  if (!type.list) {
    checkHostMask(text, 0, text.length, at, maskAllowed, env, sink, options);
    return;
  }
  let count = 0;
  let start = 0;
  for (;;) {
    const comma = text.indexOf(',', start);
    const stop = comma < 0 ? text.length : comma;
    let s = start;
    while (s < stop && text[s] === ' ') s++; // iptables skips spaces after a comma
    count++;
    checkHostMask(text, s, stop, at, maskAllowed, env, sink, options);
    if (comma < 0) break;
    start = comma + 1;
  }
  if (rules.maxItems !== undefined && count > rules.maxItems) {
    sink.error('too-many-addresses', `${env.option} takes at most ${rules.maxItems} addresses; this list has ${count}.`, at, at + text.length);
  }
}

/** `first-last` (or one address) as iprange takes it; numbers only. */
export function checkAddressRange(text: string, at: number, env: ValueEnv, sink: ValueSink): void {
  const dash = text.indexOf('-');
  const options: HostOptions = { numericOnly: true };
  if (dash < 0) {
    checkHost(text, 0, text.length, at, env, sink, options);
    return;
  }
  const first = checkHost(text, 0, dash, at, env, sink, options);
  const last = checkHost(text, dash + 1, text.length, at, env, sink, options);
  if (first === undefined || last === undefined || first === 'name' || last === 'name') return;
  if (compareAddresses(first, last) > 0) {
    sink.warning('reversed-range', `${shown(text)} is reversed: iptables accepts it, but no address lies between a first address above the last.`, at, at + text.length);
  }
}

/** An IPv6 prefix `address/length` as NPT takes it. */
/** Eight 16-bit groups as text, the longest run of two or more zero groups written `::`. */
/** An IPv6 address from its eight 16-bit groups, the longest run of zero groups written `::`. */
export function ipv6Text(groups: readonly number[]): string {
  let best = -1;
  let bestLen = 1;
  for (let k = 0; k < 8; k++) {
    if (groups[k] !== 0) continue;
    let e = k;
    while (e < 8 && groups[e] === 0) e++;
    if (e - k > bestLen) {
      best = k;
      bestLen = e - k;
    }
    k = e;
  }
  const hex = (from: number, to: number): string => groups.slice(from, to).map((g) => g.toString(16)).join(':');
  return best < 0 ? hex(0, 8) : `${hex(0, best)}::${hex(best + bestLen, 8)}`;
}

/** The length a prefix's `/...` stands for: a number, or a contiguous mask written as an address; undefined when unreadable. */
function prefixBits(text: string, family: Family): number | undefined {
  const max = family === 'ipv4' ? 32 : 128;
  const read = readUint(text, 0, text.length, true);
  if (read.ok && read.end === text.length) return read.value <= max ? read.value : undefined;
  const mask = family === 'ipv4' ? parseIPv4(text) : parseIPv6(text);
  if (mask === undefined) return undefined;
  const groups = typeof mask === 'number' ? [Math.floor(mask / 65536), mask % 65536] : mask;
  let bits = 0;
  for (const g of groups) {
    for (let b = 15; b >= 0; b--) {
      if (((g >>> b) & 1) === 0) return bits; // a mask with holes is warned about by checkPrefixLength
      bits++;
    }
  }
  return bits;
}

/** The address with every bit after the first `bits` cleared, as text. */
function cutTo(host: number | number[], bits: number): { groups: number[]; text: string } {
  const groups = typeof host === 'number' ? [Math.floor(host / 65536), host % 65536] : host;
  const kept = groups.map((g, k) => {
    const keep = Math.max(0, Math.min(16, bits - k * 16));
    return keep === 0 ? 0 : g & ~((1 << (16 - keep)) - 1) & 0xffff;
  });
  const text = typeof host === 'number' ? [kept[0] >>> 8, kept[0] & 255, kept[1] >>> 8, kept[1] & 255].join('.') : ipv6Text(kept);
  return { groups: kept, text };
}

export function checkPrefix(type: Extract<ValueType, { kind: 'prefix' }>, text: string, at: number, env: ValueEnv, sink: ValueSink): void {
  const slash = text.lastIndexOf('/');
  if (slash >= 0) checkPrefixLength(text.slice(slash + 1), at + slash + 1, env, sink);
  const hostText = text.slice(0, slash < 0 ? text.length : slash);
  const host = checkHost(text, 0, hostText.length, at, env, sink);
  const width = env.family === 'ipv4' ? 32 : 128;
  const bits = slash < 0 ? width : prefixBits(text.slice(slash + 1), env.family);
  if (bits === undefined || type.maxLength === undefined) return;
  const parsed = host === undefined || host === 'name' ? undefined : host;
  if (bits > type.maxLength) {
    const why = slash < 0 ? `${shown(text)} has no /length, so it counts as /${width}` : `/${text.slice(slash + 1)} is a ${bits}-bit prefix`;
    const example = `${parsed === undefined ? hostText : cutTo(parsed, type.maxLength).text}/${type.maxLength}`;
    sink.error('bad-prefix', `${why}: the kernel refuses prefixes longer than /${type.maxLength} for ${env.option}. Write the length, such as ${example}.`, slash < 0 ? at : at + slash + 1, at + text.length);
    return;
  }
  if (!type.hostBitsRefused || parsed === undefined) return;
  const cut = cutTo(parsed, bits);
  const groups = typeof parsed === 'number' ? [Math.floor(parsed / 65536), parsed % 65536] : parsed;
  if (cut.groups.every((g, k) => g === groups[k])) return;
  sink.error('bad-prefix', `${shown(hostText)} has address bits set after its first ${bits}: the kernel refuses it for ${env.option}. The prefix is ${cut.text}/${bits}.`, at, at + hostText.length);
}
