// How particular options read their values where the catalog's ValueType
// cannot say it: which reversed ranges iptables refuses, how enum words are
// compared, which protocol's service names apply... Each entry was checked
// against iptables-legacy-restore 1.8.9. Keys are `kind:module:--option`
// (`core::--source` for iptables' own options).

export type EnumMatching =
  /** The whole word, as the catalog's caseInsensitive says. */
  | 'exact'
  /** Any non-empty leading part of a word (`EST` for ESTABLISHED); the first word in the list wins. */
  | 'prefix'
  /** The value only has to start with a word (`cs10` is read as CS1). */
  | 'startsWith'
  /** Only the first `leading` characters are compared (`srcx` passes as src). */
  | 'leading';

export interface OptionRules {
  /** iptables refuses a range whose first value is above its last (otherwise: a warning, it matches nothing). */
  reversedRefused?: boolean;
  /** The first value must be strictly below the last. */
  strictOrder?: boolean;
  /** A single value instead of a range is refused. */
  single?: boolean;
  /** Either side of a range may be left out (`:1024`, `1024:`); default true. */
  emptySides?: boolean;
  enumMatching?: EnumMatching;
  /** Characters compared with `leading` matching. */
  leading?: number;
  /** Empty items in a list are skipped (strtok) instead of refused. */
  skipEmpty?: boolean;
  /** Characters separating list items; default `,`. */
  separators?: string;
  /** Most items a list may hold. */
  maxItems?: number;
  /** How ports are read: `strict` (number 0-65535 or name) or the C library's `resolver` (default). */
  portReader?: 'strict' | 'resolver';
  /** Service names are looked up for this protocol; `rule` means the rule's -p; default any protocol. */
  services?: 'tcp' | 'sctp' | 'dccp' | 'rule' | 'any' | 'none';
  /** Addresses must be written as numbers (no host names). */
  numericOnly?: boolean;
  /** Text longer than the limit is refused (otherwise iptables cuts it silently). */
  lengthRefused?: boolean;
  /** An interface name longer than 15 characters is cut rather than refused. */
  lengthTruncated?: boolean;
  /** An empty value is refused. */
  nonEmpty?: boolean;
  /** Characters the value cannot contain. */
  forbidden?: string;
  /** The MAC address must be a multicast one. */
  multicastMac?: boolean;
  /** The upper bound in an IPv6 file, when lower than the catalog's. */
  ipv6Max?: number;
  /** Text after the number is ignored rather than refused (sscanf-style readers). */
  trailingIgnored?: boolean;
  /** Most values a first:last range may span (last - first + 1). */
  spanMax?: number;
  /** NAT ports cannot take a /base shift. */
  noPortBase?: boolean;
  /** A bare IPv4 number above 32 (read as a mask) makes the kernel refuse the rule. */
  maskNumberRefused?: boolean;
}

const none: OptionRules = {};

const table: Record<string, OptionRules> = {
  // tcp and sctp check the order themselves; udp, dccp and conntrack do not.
  'match:tcp:--source-port': { reversedRefused: true, portReader: 'strict', services: 'tcp' },
  'match:tcp:--destination-port': { reversedRefused: true, portReader: 'strict', services: 'tcp' },
  'match:sctp:--source-port': { reversedRefused: true, portReader: 'strict', services: 'sctp' },
  'match:sctp:--destination-port': { reversedRefused: true, portReader: 'strict', services: 'sctp' },
  'match:multiport:--source-ports': { portReader: 'strict', services: 'rule' },
  'match:multiport:--destination-ports': { portReader: 'strict', services: 'rule' },
  'match:multiport:--ports': { portReader: 'strict', services: 'rule' },
  'match:tcpmss:--mss': { reversedRefused: true },
  'match:connbytes:--connbytes': { reversedRefused: true },
  'match:iprange:--src-range': { numericOnly: true },
  'match:iprange:--dst-range': { numericOnly: true },
  'match:rt:--rt-0-addrs': { numericOnly: true, maxItems: 16 },

  // Enum words.
  'match:conntrack:--ctstate': { enumMatching: 'prefix' },
  'match:conntrack:--ctstatus': { enumMatching: 'prefix' },
  'match:state:--state': { enumMatching: 'prefix' },
  'match:addrtype:--src-type': { enumMatching: 'prefix' },
  'match:addrtype:--dst-type': { enumMatching: 'prefix' },
  'match:dscp:--dscp-class': { enumMatching: 'startsWith' },
  'target:DSCP:--set-dscp-class': { enumMatching: 'startsWith' },
  'match:dccp:--dccp-types': { skipEmpty: true },
  'match:tcp:--tcp-flags': { skipEmpty: true },
  'match:hashlimit:--hashlimit-mode': { skipEmpty: true, separators: ',|' },
  'match:ipv6header:--header': { skipEmpty: true },
  // ipset names longer than 31 characters are refused; the flags are read by their first three letters.
  'match:set:--match-set': { enumMatching: 'leading', leading: 3, maxItems: 6, lengthRefused: true },
  'target:SET:--add-set': { enumMatching: 'leading', leading: 3, maxItems: 6, lengthRefused: true },
  'target:SET:--del-set': { enumMatching: 'leading', leading: 3, maxItems: 6, lengthRefused: true },
  'target:SET:--map-set': { enumMatching: 'leading', leading: 3, maxItems: 6, lengthRefused: true },
  'target:REJECT:--reject-with': { enumMatching: 'prefix' },
  'target:HMARK:--hmark-tuple': { enumMatching: 'prefix' },

  // Text.
  'target:LOG:--log-prefix': { nonEmpty: true },
  'target:NFLOG:--nflog-prefix': { nonEmpty: true },
  'target:ULOG:--ulog-prefix': { nonEmpty: true },
  'match:string:--string': { nonEmpty: true, lengthRefused: true },
  'target:LED:--led-trigger-id': { lengthRefused: true },
  // These names become file names in /proc or sysfs.
  'match:hashlimit:--hashlimit-name': { forbidden: '/' },
  'match:recent:--name': { forbidden: '/' },
  'target:IDLETIMER:--label': { forbidden: '/' },
  'target:REDIRECT:--to-ports': { noPortBase: true },
  'target:TEE:--oif': { lengthTruncated: true },
  'target:CLUSTERIP:--clustermac': { multicastMac: true },
  'target:TCPMSS:--set-mss': { ipv6Max: 65495 },
  'match:hashlimit:--hashlimit-rate-interval': { trailingIgnored: true },
  // The kernel counts the queues in 16 bits: 0:65535 would be 65536 of them.
  'target:NFQUEUE:--queue-balance': { single: false, strictOrder: true, reversedRefused: true, spanMax: 65535 },
  'match:hashlimit:--hashlimit-srcmask': { maskNumberRefused: true },
  'match:hashlimit:--hashlimit-dstmask': { maskNumberRefused: true },
};

export function rulesFor(key: string): OptionRules {
  return table[key] ?? none;
}
