// NAT targets' --to-source / --to-destination: `addr[-addr][:port[-port[/base]]]`.
// Addresses must be plain numbers (no host names, no shortened IPv4); IPv6
// with a port goes in brackets, `[2001:db8::1]:80`, since a bare IPv6 address
// already contains colons. Whether the rule's protocol has ports is the option
// checks' business (option-needs-protocol); here only their shape is read.
import type { ValueType } from '../../catalog/types';
import { compareAddresses, parseDottedQuad, parseIPv4, parseIPv6 } from './address';
import { checkNatPorts } from './ports';
import { shown, type ValueEnv, type ValueSink } from './sink';

function natAddress(text: string, start: number, stop: number, at: number, env: ValueEnv, sink: ValueSink): number | number[] | undefined {
  const part = text.slice(start, stop);
  const parsed = env.family === 'ipv4' ? parseDottedQuad(text, start, stop) : parseIPv6(text, start, stop);
  if (parsed !== undefined) return parsed;
  const from = at + start;
  const to = at + stop;
  if (env.family === 'ipv4' && parseIPv6(text, start, stop) !== undefined) {
    sink.error('family-mismatch', `${shown(part)} is an IPv6 address, but this file is read as IPv4 (iptables).`, from, to);
  } else if (env.family === 'ipv6' && parseDottedQuad(text, start, stop) !== undefined) {
    sink.error('family-mismatch', `${shown(part)} is an IPv4 address, but this file is read as IPv6 (ip6tables).`, from, to);
  } else if (env.family === 'ipv4' && parseIPv4(text, start, stop) !== undefined) {
    sink.error('bad-address', `${shown(part)}: ${env.option} needs all four parts of the address written out in decimal, such as 10.0.0.1.`, from, to);
  } else {
    const example = env.family === 'ipv4' ? '192.0.2.1' : '2001:db8::1';
    sink.error('bad-address', `${shown(part)} is not an address: ${env.option} takes an address such as ${example} (host names are not allowed here).`, from, to);
  }
  return undefined;
}

function natAddressRange(text: string, start: number, stop: number, at: number, env: ValueEnv, sink: ValueSink): void {
  const dash = text.indexOf('-', start);
  if (dash < 0 || dash >= stop) {
    natAddress(text, start, stop, at, env, sink);
    return;
  }
  const first = natAddress(text, start, dash, at, env, sink);
  const last = natAddress(text, dash + 1, stop, at, env, sink);
  if (first !== undefined && last !== undefined && compareAddresses(first, last) > 0) {
    sink.warning('reversed-range', `${shown(text.slice(start, stop))} is reversed: the first address is above the last. Write the lower address first.`, at + start, at + stop);
  }
}

export function checkNatRange(type: Extract<ValueType, { kind: 'natRange' }>, text: string, at: number, env: ValueEnv, sink: ValueSink): void {
  const end = at + text.length;
  let addrStart = 0;
  let addrStop = text.length;
  let colon = -1;
  const open = text.indexOf('[');
  if (open >= 0) {
    const close = text.indexOf(']', open);
    if (env.family === 'ipv4') {
      sink.error('bad-address', `${shown(text)}: brackets are only for IPv6 addresses; write ${env.option} address:port.`, at, end);
      return;
    }
    if (close < 0) {
      sink.error('bad-address', `${shown(text)}: the \`[\` is never closed; write [address]:port.`, at + open, end);
      return;
    }
    addrStart = open + 1;
    addrStop = close;
    colon = text.indexOf(':', close + 1);
  } else {
    colon = text.indexOf(':');
    // Two or more colons: an IPv6 address without a port.
    if (colon >= 0 && text.indexOf(':', colon + 1) >= 0) colon = -1;
    if (colon >= 0) addrStop = colon;
  }
  if (colon >= 0) {
    if (type.ports === false) sink.error('bad-port', `${env.option} takes no port.`, at + colon, end);
    else checkNatPorts(text, colon + 1, text.length, at, env, sink);
    if (addrStop === addrStart) return; // ":80" or "[]:80": ports only
  }
  natAddressRange(text, addrStart, addrStop, at, env, sink);
}
