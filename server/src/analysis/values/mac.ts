// Ethernet addresses: six groups of one or two hex digits separated by colons.
import { hexValue } from './number';
import { shown, type ValueEnv, type ValueSink } from './sink';

/** The six bytes of `xx:xx:xx:xx:xx:xx`, or undefined. */
export function parseMac(text: string): number[] | undefined {
  const bytes: number[] = [];
  let i = 0;
  for (let group = 0; group < 6; group++) {
    let n = 0;
    let digits = 0;
    while (i < text.length && digits < 3) {
      const c = text.charCodeAt(i);
      const d = hexValue(c);
      if (d < 0) break;
      n = n * 16 + d;
      digits++;
      i++;
    }
    if (digits === 0 || digits > 2) return undefined;
    bytes.push(n);
    if (group < 5) {
      if (text[i] !== ':') return undefined;
      i++;
    }
  }
  return i === text.length ? bytes : undefined;
}

export function checkMac(text: string, at: number, env: ValueEnv, sink: ValueSink): void {
  const bytes = parseMac(text);
  const end = at + text.length;
  if (!bytes) {
    const hint = text.includes('-') ? ' Use colons, not dashes.' : '';
    sink.error('bad-mac', `${shown(text)} is not a MAC address: ${env.option} takes six hex bytes separated by colons, such as 00:11:22:aa:bb:cc.${hint}`, at, end);
    return;
  }
  if (env.rules.multicastMac && (bytes[0] & 1) === 0) {
    sink.error('bad-mac', `${shown(text)} is not a multicast MAC address: ${env.option} needs the lowest bit of the first byte set (01:..., 03:...).`, at, end);
  }
}
