// The typed shape of everything the catalog knows. One ModuleSpec per iptables
// extension; validation, hover and completion are all derived from these entries.

import type { Family } from '../syntax/ast';

// One definition of the family, the syntax layer's; re-exported for catalog users.
export type { Family };
export type TableName = 'filter' | 'nat' | 'mangle' | 'raw' | 'security';

/** A word a value may take, with what it means. */
export interface EnumWord {
  word: string;
  doc: string;
  /** Other spellings iptables accepts for the same word (e.g. ICMP type aliases). */
  aliases?: string[];
  /** Only valid in one family (e.g. icmp6 types, reject-with types). */
  family?: Family;
  /** Where the kernel accepts a rule using this word ("table/CHAIN" or "any/CHAIN"), when narrower than its option (policy's `--dir in`). */
  allowedIn?: string[];
  /** The protocols a rule using this word must match (REJECT's tcp-reset needs `-p tcp`). */
  protocols?: string[];
  /** The number the word stands for, where checks compute with it (TCP flag bits, TCP option kinds...). */
  value?: number;
}

/**
 * Values with a shape of their own, each read by the reader of the same name
 * in analysis/values/special.ts (which follows what iptables 1.8.9 accepts).
 */
export type ReaderName =
  | 'probability'
  | 'ctZone'
  | 'tosValue'
  | 'tcClass'
  | 'ledDelay'
  | 'connLabel'
  | 'tcpOptionList'
  | 'hashlimitBurst'
  | 'date'
  | 'timeOfDay'
  | 'monthdays'
  | 'weekdays'
  | 'hexString'
  | 'bitRate'
  | 'estimatorTime'
  | 'valueMaskOrName'
  | 'mhTypeRange'
  | 'bpfBytecode'
  | 'ipv6Options'
  | 'logLevel'
  | 'sctpChunks';

/** How enum words are compared with what the user wrote. */
export type EnumMatching =
  /** The whole word, as the enum's caseInsensitive says. */
  | 'exact'
  /** Any non-empty leading part of a word (`EST` for ESTABLISHED); the first word in the list wins. */
  | 'prefix'
  /** The value only has to start with a word (`cs10` is read as CS1). */
  | 'startsWith'
  /** Only the first `leading` characters are compared (`srcx` passes as src). */
  | 'leading';

/**
 * How iptables reads one option's value where the ValueType alone cannot say
 * it (which reversed ranges it refuses, how words are compared, which service
 * names apply...). Each field was checked against iptables-legacy-restore 1.8.9.
 */
export interface OptionReading {
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
  /** Two enum lists (MASK COMP): a word of the second whose `value` bits the first leaves out can never match. */
  secondWithinFirst?: boolean;
  /**
   * The value is bounded by another option of the same module, when both are
   * plain numbers: `index` counts from 0 and stays below it, `node` counts from
   * 1 up to it, `nodeMask` is a bit mask below 2 to its power.
   */
  boundBy?: { option: string; as: 'index' | 'node' | 'nodeMask' };
}

/**
 * What an option's argument must look like. The kinds are checked in
 * analysis/values and explained in features/hover; add a kind in both places.
 */
export type ValueType =
  /** host name or address, optionally /prefix or /mask; `list` allows a,b,c */
  | { kind: 'address'; list?: boolean; mask?: boolean }
  /** first-last address range (iprange, NAT targets may add :ports) */
  | { kind: 'addressRange' }
  /** address[-address][:port[-port]] as NAT targets take it */
  | { kind: 'natRange'; ports?: boolean }
  /** IPv6 prefix like dead::/64 (no /length means /128); the kernel may take lengths up to `maxLength` only, and refuse address bits set past the length */
  | { kind: 'prefix'; maxLength?: number; hostBitsRefused?: boolean }
  /** single port or service name */
  | { kind: 'port' }
  /** port or first:last range (either side may be omitted) */
  | { kind: 'portRange'; separator?: ':' | '-' }
  /** comma separated ports and ranges, `max` counting a range as two */
  | { kind: 'portList'; max: number }
  /** integer within bounds; `hex` allows 0x.. */
  | { kind: 'number'; min?: number; max?: number; hex?: boolean }
  /** integer or first:last range of integers; `hex` allows 0x.. on either side */
  | { kind: 'numberRange'; min?: number; max?: number; separator?: ':' | '-'; hex?: boolean }
  /** ICMP or ICMPv6 type: a name (any case, unambiguous prefix), a number, or type/code */
  | { kind: 'icmpType'; family: Family }
  /** a prefix length (0-32 for IPv4, 0-128 for IPv6) or, for IPv4, a dotted netmask */
  | { kind: 'prefixLength' }
  /** value[/mask] as marks take it */
  /** `value[/mask]`; `apply: 'xor'` for --set-xmark, where the mask's bits are cleared and the value's then flipped */
  | { kind: 'mark'; bits?: number; apply?: 'xor' }
  /** rate such as 5/min, 3/second, 100/s; `bytes` also allows byte rates like 512kb/s; `perSecondMax` is the fastest rate iptables takes (default 10000/s) */
  | { kind: 'rate'; bytes?: boolean; perSecondMax?: number }
  /**
   * one word of a fixed set, or a comma separated list of them when `list`; the words of a
   * list are alternatives (any of these states) unless `together` (all of them at once: a key, a tuple)
   */
  | { kind: 'enum'; values: EnumWord[]; list?: boolean; together?: boolean; caseInsensitive?: boolean; reader?: ReaderName }
  /** free text; `maxLength` in bytes as the kernel stores it */
  | { kind: 'string'; maxLength?: number }
  /** interface name, up to 15 characters, `+` as trailing wildcard */
  | { kind: 'interface' }
  /** xx:xx:xx:xx:xx:xx */
  | { kind: 'mac' }
  /** protocol name or number */
  | { kind: 'protocol' }
  /** name of a chain */
  | { kind: 'chain' }
  /** user or group name, numeric id, or id range */
  | { kind: 'owner'; what: 'user' | 'group' }
  /** a shape of its own described by `hint`, checked by `reader` when there is one */
  | { kind: 'other'; hint: string; reader?: ReaderName };

export interface OptionSpec {
  /** Long option names with leading dashes; the first is the canonical spelling, the rest aliases. */
  names: string[];
  /** Short form such as `-s`, for built-in options only. */
  short?: string;
  /** How many words follow the option: 0 (flag), 1, or 2 (e.g. --tcp-flags MASK COMP, -c PKTS BYTES). */
  arity: 0 | 1 | 2;
  /** The argument's type; for arity 2 one per word. */
  value?: ValueType | ValueType[];
  /** `!` may precede the option (`! --dport 22`). */
  negatable?: boolean;
  /** The module is unusable without it. */
  mandatory?: boolean;
  /** Options of the same module that cannot be combined with this one (canonical names). */
  excludes?: string[];
  /** The option may be given more than once in one rule. */
  repeatable?: boolean;
  /** Only in this family (ip6tables-only or iptables-only option). */
  family?: Family;
  /** How iptables reads the value beyond what `value` says. */
  reading?: OptionReading;
  /** Policy-style modules: the option describes one element, so it may be given once per element. */
  perElement?: true;
  /** The protocols this option needs (`--reject-with tcp-reset` needs tcp is expressed on the enum word instead). */
  protocols?: string[];
  /** The value may be left out: it is taken only when the next word does not start with `-` or `!`. */
  optionalValue?: boolean;
  /** Other options of the same module this one needs (canonical names). */
  requires?: string[];
  /** The `requires` options must come earlier in the same match: iptables looks for them when it reads this one. */
  requiresBefore?: boolean;
  /** Where the kernel accepts this option ("table/CHAIN", or "any/CHAIN" for every table), when narrower than its module. */
  allowedIn?: string[];
  /** In a deprecated module: the option of the replacement module that does the same (`--ctstate` for `--state`). */
  replacedBy?: string;
  /** Plain-words summary: what the option does, one sentence. */
  doc: string;
  /**
   * How the condition reads in a sentence about a rule, with `{value}` for the
   * argument and `{not}` where negation reads ("destination is {not}in {value}").
   */
  phrase?: string;
}

export type ModuleKind = 'match' | 'target';

export interface ModuleSpec {
  /** Name as written after -m or -j (case matters: matches are lower case, targets upper case). */
  name: string;
  kind: ModuleKind;
  /** Families iptables ships it for. */
  families: Family[];
  /** One line: what it does, in plain words. */
  summary: string;
  /**
   * Targets: what happens to the packets, as the predicate of a sentence whose
   * subject is "packets ..." ("get their source address rewritten to the address
   * of the interface they leave by"); hover appends the options' phrases.
   */
  action?: string;
  /** A longer markdown explanation (optional). */
  doc?: string;
  options: OptionSpec[];
  /** Groups of options (canonical names) of which at least one must be given (e.g. one of multiport's three). */
  requiresOneOf?: string[][];
  /** A protocol that must be given with -p (e.g. tcp for the tcp match). */
  protocols?: string[];
  /** `protocols` hold in this family only (IPv4's ah needs `-p ah`, IPv6's reads the header of any packet). */
  protocolsFamily?: Family;
  /**
   * When the protocol is checked: absent, by the kernel at commit; `parse`, by
   * iptables while it reads the module's first option, so `-p` must come
   * before it (multiport); `parse-ignores-negation`, by iptables when it reads
   * a port, taking the `-p` written before and ignoring its `!` (NAT targets).
   */
  protocolCheck?: 'parse' | 'parse-ignores-negation';
  /** Options are grouped into elements separated by this option (policy's `--next`). */
  elementSeparator?: '--next';
  /** The module that does the same in the other family (icmp for icmp6, TTL for HL). */
  counterpart?: string;
  /** For protocol matches (tcp, udp, icmp...): `-p NAME` loads this module implicitly. */
  implicitForProtocol?: string;
  /**
   * Where the kernel accepts the module, as "table/CHAIN" pairs; absent when
   * accepted everywhere. Measured: ../shared/notes/kernel-table-chain-limits.tsv.
   */
  allowedIn?: string[];
  /** Stops rule traversal (ACCEPT, DROP, REJECT, DNAT...) rather than continuing. */
  terminating?: boolean;
  /** Matches: the answer depends on history (rate limits, counters, sampling), not only on the packet. */
  stateful?: boolean;
  /** Superseded by another module; the diagnostic suggests the replacement. */
  deprecatedBy?: string;
  /** Needs a kernel feature or objects outside the file (ipset sets, nfacct objects...). */
  external?: string;
}
