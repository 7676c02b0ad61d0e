// Ports and port ranges. iptables has two readers:
//  - strict (tcp, sctp, multiport, NAT targets): a number 0-65535 (0x hex
//    allowed) or a service name for the rule's protocol, anything else refused;
//  - resolver (udp, dccp, conntrack, ipvs, TPROXY): the C library's service
//    lookup, which takes decimal digits only and silently wraps numbers above
//    65535, and names of any protocol.
import type { OptionReading, ValueType } from '../../catalog/types';
import { readUint, reportOrder, U64_MAX } from './number';
import { findService, serviceNames } from '../../catalog/services';
import { shown, type ValueEnv, type ValueSink } from './sink';
import { didYouMean } from './suggest';

const protocolNames: Record<string, string> = { t: 'TCP', u: 'UDP', s: 'SCTP' };

export interface PortReading {
  strict: boolean;
  /** Protocol letters whose service names count (t, u, s); empty: none. */
  services: string;
}

/** How this option reads ports, from its rules and the rule's protocol. */
export function portReading(rules: OptionReading, env: ValueEnv): PortReading {
  const strict = rules.portReader === 'strict';
  switch (rules.services) {
    case 'tcp':
      return { strict, services: 't' };
    case 'sctp':
      return { strict, services: 's' };
    case 'rule': {
      if (env.protocolDynamic) return { strict, services: 'tus' };
      const p = env.protocol;
      return { strict, services: p === 'tcp' ? 't' : p === 'udp' ? 'u' : p === 'sctp' ? 's' : p === undefined ? 'tus' : '' };
    }
    default:
      return { strict, services: 'tus' };
  }
}

const expectedPort = 'a port number 0-65535 or a service name from /etc/services';

/** Checks one port at text[start, stop); returns its number when known. */
export function checkPort(text: string, start: number, stop: number, at: number, how: PortReading, env: ValueEnv, sink: ValueSink): number | undefined {
  const part = text.slice(start, stop);
  const from = at + start;
  const to = at + stop;
  if (start === stop) {
    sink.error('bad-port', `${env.option} has an empty port: expected ${expectedPort}.`, from, to);
    return undefined;
  }
  const c = text.charCodeAt(start);
  if ((c >= 48 && c <= 57) || c === 43 || c === 45) {
    const read = readUint(text, start, stop, how.strict);
    if (read.ok && read.end === stop) {
      if (read.value <= 65535) return read.value;
      // The resolver keeps the number in a signed 32-bit int: what goes negative there is refused.
      const low32 = read.big !== undefined ? Number(read.big % 4294967296n) : read.value % 4294967296;
      if (how.strict || (read.big !== undefined && read.big > U64_MAX) || low32 >= 2147483648) {
        sink.error('bad-port', `${shown(part)} is not a port: ports go from 0 to 65535.`, from, to);
      } else {
        const kept = low32 % 65536;
        sink.warning('bad-port', `${shown(part)} is above 65535: iptables accepts it here but keeps only the low 16 bits, which is port ${kept}.`, from, to);
        return kept;
      }
      return undefined;
    }
    if (read.negative) {
      sink.error('bad-port', `${shown(part)} is not a port: ports go from 0 to 65535, never negative.`, from, to);
      return undefined;
    }
    if (!how.strict && /^0[xX]/.test(part)) {
      sink.error('bad-port', `${shown(part)}: ${env.option} takes decimal port numbers, not hex.`, from, to);
      return undefined;
    }
    if (read.octal && read.ok) {
      sink.error('bad-port', `${shown(part)}: a leading 0 makes iptables read the port as octal, where 8 and 9 do not exist. Drop the leading zeros.`, from, to);
      return undefined;
    }
  }
  const service = findService(part);
  if (service) {
    if (how.services === '') {
      sink.error('bad-port', `${shown(part)}: a service name cannot be used here; write the port number (${service.port}).`, from, to);
      return undefined;
    }
    for (const p of how.services) if (service.protocols.includes(p)) return service.port;
    const theirs = [...service.protocols].map((p) => protocolNames[p]).join('/');
    const ours = [...how.services].map((p) => protocolNames[p]).join('/');
    sink.error('bad-port', `${shown(part)} is a ${theirs} service name, so ${ours} rules cannot use it: write the port number (${service.port}).`, from, to);
    return undefined;
  }
  const lower = part.toLowerCase();
  const caseMatch = lower !== part ? findService(lower) : undefined;
  const hint = caseMatch ? ` Service names are lower case: \`${lower}\`.` : serviceGuess(part);
  sink.error('bad-port', `${shown(part)} is not a port: expected ${expectedPort}.${hint}`, from, to);
  return undefined;
}

/** Service names are suggested only for words that could be one. */
function serviceGuess(word: string): string {
  return /^[A-Za-z]/.test(word) ? didYouMean(word, serviceNames()) : '';
}

export function checkSinglePort(text: string, at: number, env: ValueEnv, sink: ValueSink): void {
  checkPort(text, 0, text.length, at, portReading(env.rules, env), env, sink);
}

/** `port`, `first:last` with either side optional, or NAT's `first-last[/base]`. */
export function checkPortRange(type: Extract<ValueType, { kind: 'portRange' }>, text: string, at: number, env: ValueEnv, sink: ValueSink): void {
  const rules = env.rules;
  const how = portReading(rules, env);
  if ((type.separator ?? ':') === '-') {
    checkNatPorts(text, 0, text.length, at, env, sink);
    return;
  }
  const cut = text.indexOf(':');
  if (cut < 0) {
    checkPort(text, 0, text.length, at, how, env, sink);
    return;
  }
  const second = text.indexOf(':', cut + 1);
  if (second >= 0) {
    sink.error('bad-port', `${shown(text)} has too many \`:\`: a port range is first:last.`, at + second, at + text.length);
    return;
  }
  const first = cut === 0 ? 0 : checkPort(text, 0, cut, at, how, env, sink);
  const last = cut === text.length - 1 ? 65535 : checkPort(text, cut + 1, text.length, at, how, env, sink);
  if (first === undefined || last === undefined) return;
  reportOrder(first, last, text, at, env, sink, { refused: rules.reversedRefused, sep: ':' });
}

/**
 * NAT targets' ports: `port` (number or service name), or `first-last` of
 * numbers with an optional `/base`. A colon is refused: iptables wants a dash.
 */
/** The `/base` of a NAT port range: a port 1-65535 (or a service name), where the target supports it. */
function checkPortBase(text: string, start: number, stop: number, at: number, how: PortReading, env: ValueEnv, sink: ValueSink): void {
  if (env.rules.noPortBase) {
    sink.error('bad-port', `${env.option} cannot shift ports with /base; only DNAT, SNAT and MASQUERADE can.`, at + start - 1, at + stop);
    return;
  }
  const base = checkPort(text, start, stop, at, how, env, sink);
  if (base === 0) sink.error('bad-port', `The base port after \`/\` must be 1 to 65535.`, at + start, at + stop);
}

export function checkNatPorts(text: string, start: number, stop: number, at: number, env: ValueEnv, sink: ValueSink): void {
  const how: PortReading = { strict: true, services: 'tus' };
  const part = text.slice(start, stop);
  if (findService(part)) return;
  const colon = part.indexOf(':');
  if (colon >= 0) {
    sink.error('bad-port', `${shown(part)}: NAT port ranges are written first-last, with a dash, not a colon.`, at + start + colon, at + start + colon + 1);
    return;
  }
  const dash = part.indexOf('-', 1);
  if (dash < 0) {
    checkPort(text, start, stop, at, how, env, sink);
    return;
  }
  const slash = part.indexOf('/', dash);
  const lastStop = slash < 0 ? stop : start + slash;
  const numbersOnly: PortReading = { strict: true, services: '' };
  const first = checkPort(text, start, start + dash, at, numbersOnly, env, sink);
  const last = checkPort(text, start + dash + 1, lastStop, at, numbersOnly, env, sink);
  if (slash >= 0) checkPortBase(text, lastStop + 1, stop, at, how, env, sink);
  if (first === undefined || last === undefined) return;
  reportOrder(first, last, text.slice(start, lastStop), at + start, env, sink, { refused: true, sep: '-' });
}
