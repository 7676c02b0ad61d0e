// Things several targets share. Integer shapes (u8, u32, mark32...) live in ../values/numbers.
import type { ValueType } from '../types';
import { inTable } from '../tables';

/** Protocols with which NAT targets accept a port (iptables' own check; icmp maps the ICMP id). */
export const natPortProtocols = ['tcp', 'udp', 'sctp', 'dccp', 'icmp'];

/**
 * The ports of MASQUERADE and REDIRECT `--to-ports`: a port or first-last
 * (dash; a colon is refused); a service name only for a single port.
 * Give it with `protocols: natPortProtocols`.
 */
export const natPorts: ValueType = { kind: 'portRange', separator: '-' };

/** Every table/CHAIN pair of a table, for `allowedIn` (from ../tables). */
export const mangleChains = inTable('mangle');
export const securityChains = inTable('security');
export const natChains = inTable('nat');
export const filterChains = inTable('filter');
export const rawChains = inTable('raw');
