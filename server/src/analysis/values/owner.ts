// owner's --uid-owner / --gid-owner: a user or group name (looked up on the
// machine that loads the rules), or a number or range first-last up to
// 4294967294.
import type { ValueType } from '../../catalog/types';
import { checkOneNumber, reportOrder, startsNumber } from './number';
import { shown, type ValueEnv, type ValueSink } from './sink';

const bounds = { min: 0, max: 4294967294, hex: true };

function plausibleName(text: string): boolean {
  if (text.length === 0 || text.length > 32) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const ok = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || (i > 0 && ((c >= 48 && c <= 57) || c === 45 || c === 46 || (c === 36 && i === text.length - 1)));
    if (!ok) return false;
  }
  return true;
}

export function checkOwner(type: Extract<ValueType, { kind: 'owner' }>, text: string, at: number, env: ValueEnv, sink: ValueSink): void {
  if (!startsNumber(text)) {
    if (plausibleName(text)) return;
    sink.error('bad-owner', `${shown(text)} is not a ${type.what} name or number: ${env.option} takes a ${type.what} name, an id, or a range of ids such as 1000-1999.`, at, at + text.length);
    return;
  }
  let cut = -1;
  for (let i = 1; i < text.length; i++) if (text[i] === '-' || text[i] === ':') { cut = i; break; }
  if (cut < 0) {
    checkOneNumber(text, 0, text.length, at, bounds, env, sink);
    return;
  }
  const first = checkOneNumber(text, 0, cut, at, bounds, env, sink);
  const last = checkOneNumber(text, cut + 1, text.length, at, bounds, env, sink);
  if (first !== undefined && last !== undefined) reportOrder(first, last, text, at, env, sink, { sep: text[cut] });
}
