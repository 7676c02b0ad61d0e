// Marks: value[/mask], each a 32-bit number (decimal or 0x hex). In a match,
// the packet's mark is ANDed with the mask and compared to the value, so a
// value with bits outside the mask can never match.
import type { ValueType } from '../../catalog/types';
import { readUint, uintAbove } from './number';
import { shown, type ValueEnv, type ValueSink } from './sink';

function readPart(text: string, start: number, stop: number, max: number, what: string, at: number, env: ValueEnv, sink: ValueSink): number | undefined {
  const part = text.slice(start, stop);
  const read = readUint(text, start, stop, true);
  const limit = `a number from 0 to ${max} (0x${max.toString(16)})`;
  if (!read.ok || read.end !== stop) {
    const why = start === stop ? `the ${what} is missing` : read.negative ? `the ${what} cannot be negative` : `${shown(part)} is not a number`;
    sink.error('bad-mark', `${why}: ${env.option} takes value[/mask], each ${limit}.`, at + start, at + stop);
    return undefined;
  }
  if (uintAbove(read, max)) {
    sink.error('bad-mark', `${shown(part)} is too big for a ${what}: marks are 32-bit, ${limit}.`, at + start, at + stop);
    return undefined;
  }
  return read.value;
}

export function checkMark(type: Extract<ValueType, { kind: 'mark' }>, text: string, at: number, env: ValueEnv, sink: ValueSink): void {
  const bits = type.bits ?? 32;
  const max = 2 ** bits - 1;
  const slash = text.indexOf('/');
  if (slash < 0) {
    readPart(text, 0, text.length, max, 'value', at, env, sink);
    return;
  }
  const value = readPart(text, 0, slash, max, 'value', at, env, sink);
  const mask = readPart(text, slash + 1, text.length, max, 'mask', at, env, sink);
  if (value === undefined || mask === undefined) return;
  if (env.kind === 'match' && (value & ~mask) >>> 0 !== 0) {
    sink.warning(
      'bad-mark',
      `${shown(text)} can never match: the value has bits outside the mask, and the packet's mark is masked before the comparison.`,
      at,
      at + text.length,
    );
  }
}
