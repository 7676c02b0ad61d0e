// Values with a shape of their own: probabilities, dates, TOS values, hex
// strings... The catalog names the reader on the value type (`reader:
// 'tosValue'`); `readers` below holds one per ReaderName. Each reader follows
// what iptables 1.8.9 accepts; what it accepts but surely misreads is a warning.
import { weekdays as weekdayWords } from '../../catalog/matches/time';
import type { ReaderName } from '../../catalog/types';
import { logLevels } from '../../catalog/values/logLevels';
import { mhTypes } from '../../catalog/values/mhTypes';
import { rateUnits } from '../../catalog/values/rateUnits';
import { tcpOptionList, tcpOptions } from '../../catalog/values/tcpOptions';
import { timeUnits } from '../../catalog/values/timeUnits';
import { tosNameList, tosNames } from '../../catalog/values/tosNames';
import { checkOneNumber, hexValue, readUint, reportOrder, startsNumber, uintAbove } from './number';
import { shown, type ValueEnv, type ValueSink } from './sink';
import { checkSctpChunks } from './sctpChunks';
import { didYouMean } from './suggest';

type Special = (text: string, at: number, env: ValueEnv, sink: ValueSink) => void;

/** What C's strtod would read at the start of `text`: its value and length (0 when nothing). */
export function readDecimal(text: string): { value: number; end: number } {
  let i = 0;
  while (text[i] === ' ' || text[i] === '\t') i++;
  const start = i;
  if (text[i] === '+' || text[i] === '-') i++;
  const word = /^(inf(inity)?|nan)/i.exec(text.slice(i, i + 8));
  if (word) return { value: Number(text.slice(start, i).replace('+', '') + 'Infinity') * (word[0].toLowerCase() === 'nan' ? NaN : 1), end: i + word[0].length };
  if (text[i] === '0' && (text[i + 1] === 'x' || text[i + 1] === 'X') && /[0-9a-fA-F]/.test(text[i + 2] ?? '')) {
    // C also reads hex floats: 0x10 is 16, 0x1.8p1 is 3.
    const m = /^0[xX]([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?(?:[pP]([+-]?\d+))?/.exec(text.slice(i, i + 64));
    if (m) {
      const whole = parseInt(m[1] || '0', 16) + (m[2] ? parseInt(m[2], 16) / 16 ** m[2].length : 0);
      const sign = text[start] === '-' ? -1 : 1;
      return { value: sign * whole * 2 ** Number(m[3] ?? 0), end: i + m[0].length };
    }
  }
  const digitsStart = i;
  while (text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  if (text[i] === '.') {
    i++;
    while (text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  }
  if (i === digitsStart || (i === digitsStart + 1 && text[digitsStart] === '.')) return { value: NaN, end: 0 };
  if (text[i] === 'e' || text[i] === 'E') {
    let j = i + 1;
    if (text[j] === '+' || text[j] === '-') j++;
    const expStart = j;
    while (text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
    if (j > expStart) i = j;
  }
  return { value: Number(text.slice(start, i)), end: i };
}

const probability: Special = (text, at, env, sink) => {
  const d = readDecimal(text);
  if (d.end === 0 || d.end !== text.length || Number.isNaN(d.value)) {
    sink.error('bad-number', `${shown(text)} is not a number: ${env.option} takes a probability from 0 to 1, such as 0.25.`, at, at + text.length);
  } else if (d.value < 0 || d.value > 1) {
    sink.error('number-out-of-range', `${shown(text)} is out of range: ${env.option} takes a probability from 0 to 1, such as 0.25.`, at, at + text.length);
  }
};

/** CT zones: a number 0-65535, or `mark` to take the zone from the packet mark. */
const ctZone: Special = (text, at, env, sink) => {
  if (text.toLowerCase() === 'mark') return;
  if (!startsNumber(text)) {
    sink.error('bad-number', `${shown(text)} is not a zone: ${env.option} takes a number 0-65535, or \`mark\` to use the packet mark.`, at, at + text.length);
    return;
  }
  checkOneNumber(text, 0, text.length, at, { min: 0, max: 65535, hex: true }, env, sink);
};

const tosWords = tosNames.map((w) => w.word);

/** TOS values: value[/mask] of 0-255 each, or one of five names in any case (without mask). */
const tosValue: Special = (text, at, env, sink) => {
  const end = at + text.length;
  if (startsNumber(text)) {
    const slash = text.indexOf('/');
    const stop = slash < 0 ? text.length : slash;
    const value = checkOneNumber(text, 0, stop, at, { min: 0, max: 255, hex: true }, env, sink);
    if (value === undefined || slash < 0) return;
    checkOneNumber(text, slash + 1, text.length, at, { min: 0, max: 255, hex: true }, env, sink);
    return;
  }
  if (tosWords.some((n) => n.toLowerCase() === text.toLowerCase())) return;
  sink.error('bad-enum-value', `${shown(text)} is not a TOS value: ${env.option} takes a number 0-255 with an optional /mask, or one of ${tosNameList}.${didYouMean(text, tosWords)}`, at, end);
};

/** CLASSIFY: MAJOR:MINOR in hex, read by sscanf, which ignores trailing text. */
const tcClass: Special = (text, at, env, sink) => {
  const end = at + text.length;
  const hexRun = (from: number): number => {
    let i = from;
    if (text[i] === '0' && (text[i + 1] === 'x' || text[i + 1] === 'X') && hexValue(text.charCodeAt(i + 2)) >= 0) i += 2;
    while (i < text.length && hexValue(text.charCodeAt(i)) >= 0) i++;
    return i;
  };
  const majorEnd = hexRun(0);
  const colon = majorEnd;
  const minorEnd = text[colon] === ':' ? hexRun(colon + 1) : colon;
  if (majorEnd === 0 || text[colon] !== ':' || minorEnd === colon + 1) {
    sink.error('bad-number', `${shown(text)} is not a class: ${env.option} takes MAJOR:MINOR, two hexadecimal numbers such as 1:10.`, at, end);
    return;
  }
  const major = parseInt(text.slice(0, majorEnd), 16);
  const minor = parseInt(text.slice(colon + 1, minorEnd), 16);
  if (major > 0xffff || minor > 0xffff) {
    sink.warning('number-out-of-range', `${shown(text)}: each part of a class is at most ffff; iptables keeps only the low 16 bits.`, at, at + minorEnd);
  } else if (minorEnd < text.length) {
    sink.warning('bad-number', `${shown(text)}: iptables ignores ${shown(text.slice(minorEnd))} after the class.`, at + minorEnd, end);
  }
};

const ledDelay: Special = (text, at, env, sink) => {
  if (text.slice(0, 3).toLowerCase() === 'inf') return;
  if (!startsNumber(text)) {
    sink.error('bad-number', `${shown(text)}: ${env.option} takes milliseconds (0-4294967295) or \`inf\`.`, at, at + text.length);
    return;
  }
  checkOneNumber(text, 0, text.length, at, { min: 0, max: 4294967295, hex: true }, env, sink);
};

/** connlabel: a label number 0-127, or a name looked up in connlabel.conf where the rules load. */
const connLabel: Special = (text, at, env, sink) => {
  const read = readUint(text, 0, text.length, true);
  if (!read.ok || read.end !== text.length || !uintAbove(read, 127)) return;
  // The number is cut to 16 bits on its way to the kernel, which then checks it.
  const kept = read.big !== undefined ? Number(read.big % 65536n) : read.value % 65536;
  const why = `${shown(text)} is out of range: connection labels are numbered 0 to 127`;
  if (kept <= 127) sink.warning('number-out-of-range', `${why}; iptables cuts it to 16 bits, which gives label ${kept}.`, at, at + text.length);
  else sink.error('number-out-of-range', `${why}.`, at, at + text.length);
};

/**
 * time --monthdays: iptables reads only the first two characters of each
 * item, as a number up to 31; day 0 and longer items are accepted but
 * surely not meant.
 */
const monthdays: Special = (text, at, env, sink) => {
  let start = 0;
  for (;;) {
    const comma = text.indexOf(',', start);
    const stop = comma < 0 ? text.length : comma;
    const head = Math.min(stop, start + 2);
    const read = readUint(text, start, head, true);
    const value = read.ok ? read.value : 0;
    const end = read.ok ? read.end : start;
    if (end !== head || value > 31) {
      sink.error('bad-enum-value', `${shown(text.slice(start, stop))} is not a day of the month: ${env.option} takes numbers 1 to 31, comma separated.`, at + start, at + stop);
    } else if (value === 0 || stop > head) {
      const why = value === 0 ? 'there is no day 0' : `iptables reads only ${shown(text.slice(start, head))}`;
      sink.warning('bad-enum-value', `${shown(text.slice(start, stop))}: ${why}; ${env.option} takes numbers 1 to 31.`, at + start, at + stop);
    }
    if (comma < 0) break;
    start = comma + 1;
  }
};

const weekdayNames = weekdayWords.map((w) => w.word);

/** time --weekdays: a number 1-7, or a name compared by its first two letters (case matters). */
const weekdays: Special = (text, at, env, sink) => {
  if (text === '') {
    sink.error('bad-enum-value', `${env.option} needs days: Mon to Sun, or 1 to 7.`, at, at);
    return;
  }
  let start = 0;
  for (;;) {
    const comma = text.indexOf(',', start);
    const stop = comma < 0 ? text.length : comma;
    const item = text.slice(start, Math.min(stop, start + 3));
    // strtoul takes a sign: -1 is read as a huge day number.
    const signed = item[0] === '-' || item[0] === '+' ? 1 : 0;
    const read = readUint(item, signed, item.length, true);
    const from = at + start;
    const to = at + stop;
    if (read.end === item.length && (read.ok || signed === 0)) {
      // A number, or an empty item (read as 0).
      if (item[0] === '-' && read.value !== 0) sink.warning('bad-enum-value', `${shown(item)} is not a day: ${env.option} takes 1 (Monday) to 7 (Sunday); iptables accepts it, but no packet arrives on that day.`, from, to);
      else if (read.value === 0) sink.error('bad-enum-value', `${shown(text.slice(start, stop))} is not a day: weeks start at 1 (Monday) and end at 7 (Sunday).`, from, to);
      else if (read.value > 7) sink.warning('bad-enum-value', `${shown(item)} is not a day: ${env.option} takes 1 (Monday) to 7 (Sunday); iptables accepts it, but no packet arrives on that day.`, from, to);
    } else if (!weekdayNames.some((d) => d.slice(0, 2) === item.slice(0, 2))) {
      const ci = weekdayNames.find((d) => d.slice(0, 2).toLowerCase() === item.slice(0, 2).toLowerCase());
      const hint = ci ? ` Names are case-sensitive: write \`${ci}\`.` : didYouMean(text.slice(start, stop), weekdayNames);
      sink.error('bad-enum-value', `${shown(text.slice(start, stop))} is not a day: ${env.option} takes Mon, Tue, Wed, Thu, Fri, Sat, Sun or 1 to 7, comma separated.${hint}`, from, to);
    }
    if (comma < 0) break;
    start = comma + 1;
  }
};

const tcpOptionNames = tcpOptions.map((w) => w.word);
const tcpOptionNumbers = new Map(tcpOptions.map((w) => [w.word, w.value!]));

/** TCPOPTSTRIP: names (exact) or numbers 2-255, each once. */
const stripOptions: Special = (text, at, env, sink) => {
  const seen = new Set<number>();
  let start = 0;
  for (;;) {
    const comma = text.indexOf(',', start);
    const stop = comma < 0 ? text.length : comma;
    const item = text.slice(start, stop);
    let n: number | undefined = tcpOptionNumbers.get(item);
    if (n === undefined) {
      const read = readUint(text, start, stop, true);
      if (read.ok && read.end === stop && read.value <= 255) n = read.value;
    }
    if (n === undefined) {
      sink.error('bad-enum-value', `${shown(item)} is not a TCP option: ${env.option} takes ${tcpOptionList} or option numbers 2-255.${didYouMean(item, tcpOptionNames)}`, at + start, at + stop);
    } else if (n < 2) {
      sink.error('number-out-of-range', `${shown(item)}: TCP options 0 (end of list) and 1 (padding) cannot be stripped; use 2-255.`, at + start, at + stop);
    } else if (seen.has(n)) {
      sink.error('bad-enum-value', `${shown(item)} is listed twice in ${env.option}.`, at + start, at + stop);
    } else {
      seen.add(n);
    }
    if (comma < 0) break;
    start = comma + 1;
  }
};

/** hashlimit burst: a count 1-1000000, or an amount of bytes with k or m (400kb, 1mb) for byte rates. */
const hashlimitBurst: Special = (text, at, env, sink) => {
  const end = at + text.length;
  const read = readUint(text, 0, text.length, true);
  if (!read.ok || read.value < 1) {
    sink.error('bad-number', `${shown(text)} is not a burst: ${env.option} takes a packet count 1-1000000, or bytes such as 1mb for a byte rate.`, at, end);
    return;
  }
  if (read.end === text.length) {
    if (uintAbove(read, 1000000)) sink.error('number-out-of-range', `${shown(text)} is out of range: ${env.option} takes at most 1000000 packets.`, at, end);
    return;
  }
  const unit = text[read.end];
  if (unit !== 'k' && unit !== 'm') {
    sink.warning('bad-number', `${shown(text)}: iptables only understands k and m after the number and reads this as ${read.value} ${read.value === 1 ? 'unit' : 'units'}.`, at + read.end, end);
  }
};

// Each field of a date: its name, bounds, and the character that may follow it.
const dateLimits: ReadonlyArray<[string, number, number]> = [
  ['year', 1970, 2038],
  ['month', 0, 12],
  ['day', 0, 31],
  ['hour', 0, 23],
  ['minute', 0, 59],
  ['second', 0, 59],
];
const dateSeparators = ['-', '-', 'T', ':', ':', ''];

/** time: YYYY[-MM[-DD[Thh[:mm[:ss]]]]] from 1970 to 2038. */
const date: Special = (text, at, env, sink) => {
  const limits = dateLimits;
  const after = dateSeparators;
  let i = 0;
  for (let k = 0; k < limits.length; k++) {
    let j = i;
    while (text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
    const n = j > i ? Number(text.slice(i, j)) : 0;
    const [what, min, max] = limits[k];
    const ok = (j === text.length || text[j] === after[k]) && n >= min && n <= max && (k > 0 || j > i);
    if (!ok) {
      sink.error('bad-date', `${shown(text)} is not a date iptables reads: expected YYYY[-MM[-DD[Thh[:mm[:ss]]]]] between 1970 and 2038 (the ${what} is wrong).`, at, at + text.length);
      return;
    }
    if (j === text.length) return;
    i = j + 1;
  }
};

/** time: hh:mm[:ss] within one day. */
const timeOfDay: Special = (text, at, env, sink) => {
  const m = /^(\d*):(\d*)(?::(\d*))?$/.exec(text);
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59 || (m[3] !== undefined && Number(m[3]) > 59)) {
    sink.error('bad-date', `${shown(text)} is not a time of day: ${env.option} takes hh:mm or hh:mm:ss from 00:00 to 23:59:59.`, at, at + text.length);
  }
};

/** string --hex-string: text, `\x` for a literal x, and |hex bytes| blocks; 1 to 128 bytes in all. */
const hexString: Special = (text, at, env, sink) => {
  const end = at + text.length;
  const fail = (why: string, from: number, to = end): void => sink.error('bad-string', `${shown(text)}: ${why}`, at + from, to);
  if (text.length === 0) return fail('the pattern cannot be empty.', 0);
  let inHex = false;
  let bytes = 0;
  let i = 0;
  while (i < text.length) {
    if (bytes >= 128) return fail(`${env.option} matches at most 128 bytes.`, i);
    let literal = false;
    if (text[i] === '\\') {
      if (inHex) return fail('a `\\` cannot appear between | bars.', i, at + i + 1);
      literal = true;
    } else if (text[i] === '|') {
      inHex = !inHex;
      if (inHex) while (text[i + 1] === ' ') i++;
      if (i + 1 >= text.length) break;
      i++;
    }
    // The character after a bar is taken as it is, even another bar or a backslash.
    if (literal) {
      if (i + 1 >= text.length) return fail('a `\\` at the end escapes nothing.', i);
      i += 2;
    } else if (inHex) {
      if (i + 1 >= text.length) return fail('an odd number of hex digits.', i);
      if (i + 2 >= text.length) return fail('the hex block is not closed with `|`.', i);
      if (hexValue(text.charCodeAt(i)) < 0 || hexValue(text.charCodeAt(i + 1)) < 0) return fail(`${shown(text.slice(i, i + 2))} is not a hex byte; between | bars write pairs of hex digits such as |0d 0a|.`, i, at + i + 2);
      i += text[i + 2] === ' ' ? 3 : 2;
    } else {
      i++;
    }
    bytes++;
  }
};

const rateSuffixes = rateUnits.map((w) => w.word);

/** rateest: a decimal number with an optional unit such as kbit or MBps (any case); bare numbers are bytes per second. */
const bitRate: Special = (text, at, env, sink) => {
  const d = readDecimal(text);
  const unit = text.slice(d.end).toLowerCase();
  if (d.end === 0 || (unit !== '' && !rateSuffixes.includes(unit))) {
    sink.error('bad-rate', `${shown(text)} is not a rate: ${env.option} takes a number with an optional unit (bit, kbit, mbit, Bps, KBps, MiBps...), such as 100kbit.${didYouMean(text.slice(d.end), rateSuffixes)}`, at, at + text.length);
  }
};

// No unit at all means seconds.
const timeUnitSpellings = ['', ...timeUnits.flatMap((w) => [w.word, ...(w.aliases ?? [])])];

/** RATEEST: a time, a decimal number of seconds or with s, ms or us (and their long forms). */
const estimatorTime: Special = (text, at, env, sink) => {
  const d = readDecimal(text);
  const unit = text.slice(d.end).toLowerCase();
  if (d.end === 0 || !timeUnitSpellings.includes(unit)) {
    sink.error('bad-number', `${shown(text)} is not a time: ${env.option} takes a number with an optional unit s, ms or us, such as 250ms.`, at, at + text.length);
  }
};

/** Group or realm: a number with an optional /mask (names come from files on the machine, so they are left alone). */
const valueMaskOrName: Special = (text, at, env, sink) => {
  if (!startsNumber(text)) return;
  const slash = text.indexOf('/');
  const stop = slash < 0 ? text.length : slash;
  const read = readUint(text, 0, stop, true);
  // Not a clean number: iptables then tries it as a name.
  if (!read.ok || read.end !== stop) return;
  const bounds = { min: 0, max: 4294967295, hex: true };
  checkOneNumber(text, 0, stop, at, bounds, env, sink);
  if (slash >= 0) checkOneNumber(text, slash + 1, text.length, at, bounds, env, sink);
};

// Each name then its short form, in the catalog's order: the first name a leading part fits wins.
const mhNames = mhTypes.flatMap((w) => [w.word, ...(w.aliases ?? [])]);
const mhNumbers = mhTypes.flatMap((w) => [w.value!, ...(w.aliases ?? []).map(() => w.value!)]);

/** One Mobility Header type: a name or any leading part of one (any case), or a number 0-255. */
function mhType(text: string, start: number, stop: number, at: number, env: ValueEnv, sink: ValueSink): number | undefined {
  const item = text.slice(start, stop).toLowerCase();
  let found = -1;
  for (let k = 0; k < mhNames.length; k++) {
    if (mhNames[k].startsWith(item) && (found < 0 || mhNames[k].length === item.length)) found = k;
  }
  if (found >= 0 && item.length > 0) return mhNumbers[found];
  const read = readUint(text, start, stop, true);
  if (read.ok && read.end === stop && read.value <= 255) return read.value;
  sink.error('bad-enum-value', `${shown(text.slice(start, stop))} is not a Mobility Header type: expected a name such as binding-update (bu) or a number 0-255.${didYouMean(item, mhNames)}`, at + start, at + stop);
  return undefined;
}

const mhTypeRange: Special = (text, at, env, sink) => {
  const colon = text.indexOf(':');
  if (colon < 0) {
    mhType(text, 0, text.length, at, env, sink);
    return;
  }
  const first = colon === 0 ? 0 : mhType(text, 0, colon, at, env, sink);
  const last = colon === text.length - 1 ? 255 : mhType(text, colon + 1, text.length, at, env, sink);
  if (first !== undefined && last !== undefined) reportOrder(first, last, text, at, env, sink, { refused: true, sep: ':' });
};

/** bpf --bytecode: `N,code jt jf k,...` with N (1-64) instructions of four numbers each. */
const bpfBytecode: Special = (text, at, env, sink) => {
  const end = at + text.length;
  const head = readUint(text, 0, text.length, false);
  if (!head.ok || text[head.end] !== ',') {
    sink.error('bad-number', `${shown(text)}: ${env.option} starts with the number of instructions and a comma, such as "4,48 0 0 9,...".`, at, end);
    return;
  }
  if (head.value < 1 || head.value > 64) {
    sink.error('number-out-of-range', `${env.option} holds 1 to 64 instructions, not ${head.value}.`, at, at + head.end);
    return;
  }
  let count = 0;
  let start = head.end + 1;
  while (start < text.length) {
    const comma = text.indexOf(',', start);
    const stop = comma < 0 ? text.length : comma;
    const fields = text.slice(start, stop).trim().split(/[ \t]+/);
    if (fields.length < 4 || !fields.slice(0, 4).every((f) => /^\d+$/.test(f))) {
      sink.error('bad-number', `${shown(text.slice(start, stop))} is not an instruction: each one is four numbers, code jt jf k.`, at + start, at + stop);
      return;
    }
    count++;
    if (comma < 0) break;
    start = comma + 1;
  }
  if (count !== head.value) {
    sink.error('bad-number', `${env.option} announces ${head.value} instructions but holds ${count}.`, at, end);
  }
};

/** hbh/dst options: up to 16 TYPE[:LENGTH] numbers; type 0 (padding) has no length. */
const ipv6Options: Special = (text, at, env, sink) => {
  let start = 0;
  let count = 0;
  for (;;) {
    const comma = text.indexOf(',', start);
    const stop = comma < 0 ? text.length : comma;
    const colon = text.indexOf(':', start);
    const typeStop = colon >= 0 && colon < stop ? colon : stop;
    count++;
    // strtoul takes a sign and any size; only the low 8 bits are kept.
    const negative = text[start] === '-';
    const type = readUint(text, negative ? start + 1 : start, typeStop, true);
    if (!type.ok || type.end !== typeStop) {
      sink.error('bad-number', `${shown(text.slice(start, typeStop))} is not an option type: ${env.option} takes TYPE[:LENGTH] numbers, comma separated.`, at + start, at + typeStop);
    } else if (negative || uintAbove(type, 255)) {
      sink.warning('number-out-of-range', `${shown(text.slice(start, typeStop))}: option types go from 0 to 255; iptables keeps only the low 8 bits.`, at + start, at + typeStop);
    } else if (typeStop < stop) {
      const len = readUint(text, typeStop + 1, stop, true);
      if (!len.ok || len.end !== stop) sink.error('bad-number', `${shown(text.slice(typeStop + 1, stop))} is not a length.`, at + typeStop + 1, at + stop);
      else if (type.value === 0) sink.error('bad-number', 'Option type 0 (one byte of padding) has no length.', at + start, at + stop);
      if (count === 16) sink.error('bad-number', `${env.option} takes at most 16 options, the last without a length.`, at + start, at + stop);
    }
    if (comma < 0) break;
    start = comma + 1;
    if (count === 16) {
      sink.error('bad-number', `${env.option} takes at most 16 options.`, at + start, at + text.length);
      return;
    }
  }
};

// The catalog's names, then their old spellings (panic); the numbers are read below.
const logLevelNames = [...logLevels.map((w) => w.word), ...logLevels.flatMap((w) => (w.aliases ?? []).filter((a) => !startsNumber(a)))];

/** LOG --log-level: a number 0-7, or one of the syslog names, exactly as written (lower case). */
const logLevel: Special = (text, at, env, sink) => {
  if (logLevelNames.includes(text)) return;
  const read = readUint(text, 0, text.length, true);
  if (read.ok && read.end === text.length && read.value <= 7) return;
  const lower = logLevelNames.find((n) => n === text.toLowerCase());
  const hint = lower ? ` Names are lower case: \`${lower}\`.` : text === 'err' || text === 'warn' ? ` iptables spells it \`${text === 'err' ? 'error' : 'warning'}\`.` : didYouMean(text, logLevelNames);
  sink.error('bad-enum-value', `${shown(text)} is not a log level: ${env.option} takes 0-7 or emerg, alert, crit, error, warning, notice, info, debug.${hint}`, at, at + text.length);
};

/** One reader per name the catalog may give (`reader: 'date'`). */
const readers: Record<ReaderName, Special> = {
  logLevel,
  probability,
  ctZone,
  tosValue,
  tcClass,
  ledDelay,
  connLabel,
  tcpOptionList: stripOptions,
  hashlimitBurst,
  date,
  timeOfDay,
  monthdays,
  weekdays,
  hexString,
  bitRate,
  estimatorTime,
  valueMaskOrName,
  mhTypeRange,
  bpfBytecode,
  ipv6Options,
  sctpChunks: checkSctpChunks,
};

/** Checks `text` with the named reader. */
export function checkWithReader(reader: ReaderName, text: string, at: number, env: ValueEnv, sink: ValueSink): void {
  readers[reader](text, at, env, sink);
}
