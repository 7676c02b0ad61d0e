// Free text with a length limit in bytes as the kernel stores it. Some options
// refuse longer text; most cut it silently, which is worth a warning because
// the rule then holds something other than what was written.
import type { ValueType } from '../../catalog/types';
import { shown, type ValueEnv, type ValueSink } from './sink';

/** UTF-8 length, counted without allocating. */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** The longest start of `text` that fits in `max` bytes, for showing what is kept. */
function keptPart(text: string, max: number): string {
  let n = 0;
  let i = 0;
  for (; i < text.length; i++) {
    const w = utf8Length(text[i]);
    if (n + w > max) break;
    n += w;
  }
  return text.slice(0, i);
}

export function checkString(type: Extract<ValueType, { kind: 'string' }>, text: string, at: number, env: ValueEnv, sink: ValueSink): void {
  const rules = env.rules;
  const end = at + text.length;
  if (text.length === 0 && rules.nonEmpty) {
    sink.error('bad-string', `${env.option} cannot be empty.`, at, end);
    return;
  }
  if (rules.forbidden) {
    for (let i = 0; i < text.length; i++) {
      if (rules.forbidden.includes(text[i])) {
        sink.error('bad-string', `${shown(text)}: ${env.option} cannot contain \`${text[i]}\` (the kernel uses it as a file name).`, at + i, at + i + 1);
        return;
      }
    }
    if (rules.forbidden.includes('/') && (text === '.' || text === '..')) {
      sink.error('bad-string', `${env.option} cannot be \`${text}\` (the kernel uses it as a file name).`, at, end);
      return;
    }
  }
  const max = type.maxLength;
  if (max === undefined) return;
  const bytes = utf8Length(text);
  if (bytes <= max) return;
  const kept = keptPart(text, max);
  if (rules.lengthRefused) {
    sink.error('value-too-long', `${env.option} takes at most ${max} bytes; this one has ${bytes}.`, at, end);
  } else {
    sink.warning('value-truncated', `${env.option} keeps at most ${max} bytes; iptables silently cuts this one (${bytes} bytes) to ${shown(kept)}.`, at + kept.length, end);
  }
}
