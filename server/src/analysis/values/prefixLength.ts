// A prefix length (0-32 for IPv4, 0-128 for IPv6) or a netmask written as an
// address, as connlimit, hashlimit and HMARK take it. iptables turns a mask
// back into a length, so a mask with holes (255.0.255.0) has no meaning.
import { parseIPv4, parseIPv6 } from './address';
import { readUint } from './number';
import { shown, type ValueEnv, type ValueSink } from './sink';

function contiguous(bits: number[], width: number): boolean {
  // bits: groups of `width` bits, most significant first
  let seenZero = false;
  for (const g of bits) {
    for (let b = width - 1; b >= 0; b--) {
      const one = ((g >>> b) & 1) === 1;
      if (one && seenZero) return false;
      if (!one) seenZero = true;
    }
  }
  return true;
}

export function checkPrefixLength(text: string, at: number, env: ValueEnv, sink: ValueSink): void {
  const end = at + text.length;
  const max = env.family === 'ipv4' ? 32 : 128;
  const expected = `a prefix length 0-${max}${env.family === 'ipv4' ? ' or a netmask such as 255.255.255.0' : ' or a mask such as ffff:ffff::'}`;
  const read = readUint(text, 0, text.length, true);
  if (read.ok && read.end === text.length && read.value <= max) return;
  if (env.family === 'ipv4') {
    const v4 = parseIPv4(text);
    if (v4 !== undefined) {
      if (read.ok && read.end === text.length) {
        // A bare number above 32 is read as an address: 33 becomes the mask 0.0.0.33.
        const msg = `${shown(text)} is above 32: iptables reads it as the mask ${[v4 >>> 24, (v4 >>> 16) & 255, (v4 >>> 8) & 255, v4 & 255].join('.')}, which is surely not meant. Write ${expected}.`;
        if (env.rules.maskNumberRefused) sink.error('bad-prefix', msg, at, end);
        else sink.warning('bad-prefix', msg, at, end);
        return;
      }
      if (!contiguous([v4 >>> 16, v4 & 0xffff], 16)) {
        sink.warning('bad-prefix', `${shown(text)} is not a contiguous netmask: iptables turns masks into a prefix length, which this one does not have.`, at, end);
      }
      return;
    }
  } else {
    const v6 = parseIPv6(text);
    if (v6 !== undefined) {
      if (!contiguous(v6, 16)) sink.warning('bad-prefix', `${shown(text)} is not a contiguous netmask: iptables turns masks into a prefix length, which this one does not have.`, at, end);
      return;
    }
  }
  sink.error('bad-prefix', `${shown(text)} is not valid for ${env.option}: expected ${expected}.`, at, end);
}
