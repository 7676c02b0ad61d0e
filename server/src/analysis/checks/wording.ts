// Lists in messages, written the way a person would say them: "a, b or c".
import type { ModuleSpec } from '../../catalog/types';

/** `a`, `a or b`, `a, b or c`. */
export function orList(items: readonly string[]): string {
  return joinLast(items, 'or');
}

/** `a`, `a and b`, `a, b and c`. */
export function andList(items: readonly string[]): string {
  return joinLast(items, 'and');
}

function joinLast(items: readonly string[], word: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
}

/** `1 rule`, `3 rules`, `1,664 packets`: a count with its noun in the matching number. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}

/** The same text with its first letter upper case, to start a sentence. */
export function capitalize(text: string): string {
  return text.length ? `${text[0].toUpperCase()}${text.slice(1)}` : text;
}

/** `the owner match`, `the DNAT target`: lower case; capitalize it at the start of a sentence. */
export function moduleLabel(spec: Pick<ModuleSpec, 'kind' | 'name'>): string {
  return spec.kind === 'match' ? `the ${spec.name} match` : `the ${spec.name} target`;
}
