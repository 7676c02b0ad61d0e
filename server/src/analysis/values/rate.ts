// Rates for limit and hashlimit: NUMBER[/UNIT], the unit any leading part of
// second, minute, hour or day in any case, a bare number meaning per second.
// iptables reads the number with atoi (trailing letters are ignored) and turns
// it into a time cost that must not round to zero: limit allows up to 10000
// per second (600000/minute...), hashlimit more (the catalog's perSecondMax). hashlimit
// also takes byte rates such as 512kb/s (b, kb or mb per second).
import type { ValueType } from '../../catalog/types';
import { shown, type ValueEnv, type ValueSink } from './sink';

const units: ReadonlyArray<[string, number]> = [
  ['second', 1],
  ['minute', 60],
  ['hour', 3600],
  ['day', 86400],
];

/** The unit (its full name and seconds) for any leading part of second/minute/hour/day, any case. */
export function rateUnit(unit: string): readonly [string, number] | undefined {
  if (unit.length === 0) return undefined;
  const u = unit.toLowerCase();
  return units.find(([word]) => word.startsWith(u));
}

/** Seconds per unit for any leading part of second/minute/hour/day, any case. */
export function unitSeconds(unit: string): number | undefined {
  return rateUnit(unit)?.[1];
}

/** The leading number atoi would read (after blanks and a sign), with where it stops. */
function leadingNumber(text: string): { value: number; end: number; digits: number } {
  let i = 0;
  while (text[i] === ' ' || text[i] === '\t') i++;
  let sign = 1;
  if (text[i] === '+' || text[i] === '-') sign = text[i++] === '-' ? -1 : 1;
  const first = i;
  let value = 0;
  while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) value = value * 10 + text.charCodeAt(i++) - 48;
  return { value: sign * value, end: i, digits: i - first };
}

const expected = 'a rate such as 10/second, 5/minute, 100/hour or 3/day (a bare number is per second)';

export function checkRate(type: Extract<ValueType, { kind: 'rate' }>, text: string, at: number, env: ValueEnv, sink: ValueSink): void {
  const end = at + text.length;
  const perSecondMax = type.perSecondMax ?? 10000;
  if (type.bytes) {
    const b = text.indexOf('b/s');
    if (b > 0) {
      checkByteRate(text, b, at, env, sink);
      return;
    }
    if (/^[0-9]+[kKmMgG]?[bB]\/[sS]$/.test(text)) {
      sink.warning('bad-rate', `${shown(text)}: byte rates are written in lower case (b/s, kb/s, mb/s); iptables reads this one as ${leadingNumber(text).value} packets per second.`, at, end);
      return;
    }
  }
  const slash = text.indexOf('/');
  const numberPart = slash < 0 ? text : text.slice(0, slash);
  let seconds = 1;
  if (slash >= 0) {
    const unit = text.slice(slash + 1);
    const s = unitSeconds(unit);
    if (s === undefined) {
      sink.error('bad-rate', `${shown(unit || text)} is not a time unit: ${env.option} takes ${expected}; the unit may be shortened (s, min, h, d).`, at + slash + 1 > end ? at : at + slash + 1, end);
      return;
    }
    seconds = s;
  }
  const n = leadingNumber(numberPart);
  if (n.digits === 0 || n.value <= 0) {
    const why = n.digits === 0 ? `${shown(numberPart)} does not start with a number` : 'the rate must be at least 1';
    sink.error('bad-rate', `${why}: ${env.option} takes ${expected}.`, at, at + numberPart.length);
    return;
  }
  const max = perSecondMax * seconds;
  if (n.value > max) {
    sink.error('bad-rate', `${shown(text)} is too fast: ${env.option} allows at most ${perSecondMax} per second (${max} for this unit).`, at, end);
    return;
  }
  if (n.end < numberPart.length) {
    sink.warning('bad-rate', `${shown(text)}: iptables ignores ${shown(numberPart.slice(n.end))} after the number and reads ${n.value}${slash < 0 ? '/second' : text.slice(slash)}.`, at + n.end, at + numberPart.length);
  }
}

/** `NUMBER[k|m]b/s`: bytes per second; anything but k or m before the b is read as plain bytes. */
function checkByteRate(text: string, b: number, at: number, env: ValueEnv, sink: ValueSink): void {
  const end = at + text.length;
  const n = leadingNumber(text);
  if (n.digits === 0 || n.value <= 0) {
    sink.error('bad-rate', `${shown(text)}: a byte rate needs a number of at least 1 before the unit, such as 512kb/s.`, at, end);
    return;
  }
  const factorChar = text[b - 1];
  const tail = text.slice(n.end, b);
  if (tail !== '' && tail !== 'k' && tail !== 'm') {
    sink.warning('bad-rate', `${shown(text)}: only b, kb and mb per second are understood; iptables reads this as ${n.value}${factorChar === 'k' ? 'kb' : factorChar === 'm' ? 'mb' : 'b'}/s.`, at + n.end, at + b + 3);
  }
  if (b + 3 !== text.length) {
    sink.warning('bad-rate', `${shown(text)}: iptables ignores what follows b/s.`, at + b + 3, end);
  }
}
