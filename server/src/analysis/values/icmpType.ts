// ICMP and ICMPv6 types: a name in any case, or any leading part of one that
// fits no other name (echo-req); a type number 0-255; or type/code, where the
// code may also be a range first:last. iptables (IPv4) refuses a type range.
import type { Family } from '../../catalog/types';
import { icmpTypes, icmpv6Types } from '../../catalog/values/icmpTypes';
import { readUint, startsNumber } from './number';
import { shown, type ValueEnv, type ValueSink } from './sink';
import { didYouMean } from './suggest';

/** Every spelling iptables knows for the family, in its own table order (names and aliases). */
function spellingsOf(family: Family): string[] {
  const words = family === 'ipv4' ? icmpTypes : icmpv6Types;
  return words.flatMap((w) => (w.aliases ? [w.word, ...w.aliases] : [w.word]));
}

const spellings: Record<Family, string[]> = { ipv4: spellingsOf('ipv4'), ipv6: spellingsOf('ipv6') };
const lowered: Record<Family, string[]> = { ipv4: spellings.ipv4.map((s) => s.toLowerCase()), ipv6: spellings.ipv6.map((s) => s.toLowerCase()) };

/** The names `text` is a leading part of (any case). */
export function icmpNamesMatching(family: Family, text: string): string[] {
  const t = text.toLowerCase();
  const out: string[] = [];
  lowered[family].forEach((s, i) => {
    if (s.startsWith(t)) out.push(spellings[family][i]);
  });
  return out;
}

/** `n` or `n:m` of numbers 0-255; returns the offset after it, or -1. */
function readByteRange(text: string, start: number): { end: number; first: number; last: number } | undefined {
  const a = readUint(text, start, text.length, true);
  if (!a.ok || a.value > 255) return undefined;
  if (text[a.end] !== ':') return { end: a.end, first: a.value, last: a.value };
  const b = readUint(text, a.end + 1, text.length, true);
  if (!b.ok || b.value > 255) return undefined;
  return { end: b.end, first: a.value, last: b.value };
}

export function checkIcmpType(typeFamily: Family, text: string, at: number, env: ValueEnv, sink: ValueSink): void {
  const end = at + text.length;
  const what = typeFamily === 'ipv4' ? 'ICMP' : 'ICMPv6';
  const expected = `an ${what} type name (such as echo-request), a type number 0-255, or type/code such as ${typeFamily === 'ipv4' ? '3/4' : '1/4'}`;
  if (!startsNumber(text)) {
    const found = icmpNamesMatching(typeFamily, text);
    if (found.length === 1 && text.length > 0) return;
    if (found.length > 1 && text.length > 0) {
      sink.error('bad-icmp-type', `${shown(text)} is ambiguous: it starts ${found.slice(0, 4).map((f) => `\`${f}\``).join(', ')}${found.length > 4 ? '...' : ''}. Write more of the name.`, at, end);
      return;
    }
    const other: Family = typeFamily === 'ipv4' ? 'ipv6' : 'ipv4';
    const inOther = text.length > 0 && spellings[other].some((s) => s.toLowerCase() === text.toLowerCase());
    const hint = inOther ? ` \`${text}\` is an ${typeFamily === 'ipv4' ? 'ICMPv6' : 'ICMP (IPv4)'} name.` : didYouMean(text, spellings[typeFamily]);
    sink.error('bad-icmp-type', `${shown(text)} is not an ${what} type: expected ${expected}.${hint}`, at, end);
    return;
  }
  const type = readByteRange(text, 0);
  if (!type) {
    sink.error('bad-icmp-type', `${shown(text)}: ${what} type numbers go from 0 to 255; expected ${expected}.`, at, end);
    return;
  }
  if (type.first !== type.last) {
    sink.error('bad-icmp-type', `${shown(text)}: iptables does not take a range of types here; write one rule per type.`, at, at + type.end);
    return;
  }
  if (type.end === text.length) return;
  if (text[type.end] !== '/') {
    sink.error('bad-icmp-type', `${shown(text)}: unexpected ${shown(text.slice(type.end))}; expected ${expected}.`, at + type.end, end);
    return;
  }
  const code = readByteRange(text, type.end + 1);
  if (!code || code.end !== text.length) {
    sink.error('bad-icmp-type', `${shown(text)}: the code after \`/\` must be a number 0-255 (or a range first:last).`, at + type.end + 1, end);
  }
}
