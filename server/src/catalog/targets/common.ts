// Value shapes shared by several targets. iptables reads integers with
// strtoul base 0, so decimal, 0x hex (and leading-zero octal) all work.
import type { ValueType } from '../types';

export const u8: ValueType = { kind: 'number', min: 0, max: 255, hex: true };
export const u16: ValueType = { kind: 'number', min: 0, max: 65535, hex: true };
export const u32: ValueType = { kind: 'number', min: 0, max: 4294967295, hex: true };
/** value[/mask], each a 32-bit integer. */
export const mark32: ValueType = { kind: 'mark', bits: 32 };

/** Protocols with which NAT targets accept a port (iptables' own check; icmp maps the ICMP id). */
export const natPortProtocols = ['tcp', 'udp', 'sctp', 'dccp', 'icmp'];

/** Every table/CHAIN pair of a table, for `allowedIn`. */
export const mangleChains = ['mangle/PREROUTING', 'mangle/INPUT', 'mangle/FORWARD', 'mangle/OUTPUT', 'mangle/POSTROUTING'];
export const securityChains = ['security/INPUT', 'security/FORWARD', 'security/OUTPUT'];
export const natChains = ['nat/PREROUTING', 'nat/INPUT', 'nat/OUTPUT', 'nat/POSTROUTING'];
export const filterChains = ['filter/INPUT', 'filter/FORWARD', 'filter/OUTPUT'];
export const rawChains = ['raw/PREROUTING', 'raw/OUTPUT'];
