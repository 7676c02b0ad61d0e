// Reading addresses for people: a network's first and last address and size.
import { ipv6Text, maskBits, parseDottedQuad, parseIPv6 } from '../../analysis/values/address';
import { code } from './markdown';

function intToIpv4(n: number): string {
  return [24, 16, 8, 0].map((sh) => Math.floor(n / 2 ** sh) % 256).join('.');
}

/** The address as one 128-bit number, read by the same parser the checks use. */
function ipv6Value(text: string): bigint | undefined {
  const groups = parseIPv6(text);
  return groups && groups.reduce((acc, g) => (acc << 16n) | BigInt(g), 0n);
}

function formatIpv6(n: bigint): string {
  return ipv6Text(Array.from({ length: 8 }, (_, k) => Number((n >> BigInt((7 - k) * 16)) & 0xffffn)));
}

function sizeText(bits: number): string {
  if (bits <= 40) return `${(2 ** bits).toLocaleString('en-US')} addresses`;
  return `2^${bits} addresses`;
}

/** "in 10.0.0.0/8 (10.0.0.0 – 10.255.255.255, 16,777,216 addresses)" or the plain host. */
export function describeAddress(text: string): string {
  const slash = text.indexOf('/');
  const host = slash < 0 ? text : text.slice(0, slash);
  const maskText = slash < 0 ? undefined : text.slice(slash + 1);
  const v4 = parseDottedQuad(host);
  if (v4 !== undefined) {
    // The prefix length as iptables reads the mask (a number or a mask without holes).
    const len = maskText === undefined ? 32 : maskBits(maskText, 'ipv4');
    if (len === undefined) return code(text);
    if (len === 32) return host;
    if (len === 0) return `any address (${text})`;
    const size = 2 ** (32 - len);
    const first = Math.floor(v4 / size) * size;
    return `in ${text} (${intToIpv4(first)} – ${intToIpv4(first + size - 1)}, ${sizeText(32 - len)})`;
  }
  const v6 = ipv6Value(host);
  if (v6 !== undefined) {
    const len = maskText === undefined ? 128 : maskBits(maskText, 'ipv6');
    if (len === undefined) return code(text);
    if (len === 128) return host;
    if (len === 0) return `any address (${text})`;
    const hostBits = BigInt(128 - len);
    const first = (v6 >> hostBits) << hostBits;
    const last = first | ((1n << hostBits) - 1n);
    return `in ${text} (${formatIpv6(first)} – ${formatIpv6(last)}, ${sizeText(128 - len)})`;
  }
  return `${code(text)} (a host name, looked up when the rules are loaded)`;
}
