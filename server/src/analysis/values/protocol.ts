// Protocols as -p (and conntrack --ctproto, ipvs --vproto) take them: a number
// 0-255 or a name the catalog knows (iptables' own or /etc/protocols'). -p lowers
// the case first, so `TCP` works there; the match options compare as written.
import { shown, type ValueEnv, type ValueSink } from './sink';
import { didYouMean } from './suggest';
import { findProtocol, looksNumeric, protocolNames } from '../../catalog/protocols';

/** The protocol's number (names any case, numbers as iptables reads them), or undefined when iptables would not know it. */
export function protocolNumber(text: string): number | undefined {
  return findProtocol(text)?.number;
}

/** A protocol written as -p takes it, lower-cased and named: `6`, `0x6` and `TCP` give `tcp`, `ipv6-icmp` gives `icmpv6`. */
export function canonicalProtocol(text: string): string | undefined {
  return findProtocol(text)?.name;
}

export function checkProtocol(text: string, at: number, env: ValueEnv, sink: ValueSink): void {
  const end = at + text.length;
  if (protocolNumber(text) !== undefined) return;
  if (looksNumeric(text)) {
    sink.error('bad-protocol', `${shown(text)} is not a protocol number: ${env.option} takes a number 0-255 or a name such as tcp, udp, icmp.`, at, end);
    return;
  }
  const hint = didYouMean(text, protocolNames());
  sink.error('bad-protocol', `${shown(text)} is not a protocol iptables knows: expected a name from /etc/protocols (tcp, udp, icmp, esp, gre...) or a number 0-255.${hint}`, at, end);
}
