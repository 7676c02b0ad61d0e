// The typed shape of everything the catalog knows. One ModuleSpec per iptables
// extension; validation, hover and completion are all derived from these entries.

export type Family = 'ipv4' | 'ipv6';
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
  | { kind: 'mark'; bits?: number }
  /** rate such as 5/min, 3/second, 100/s; `bytes` also allows byte rates like 512kb/s; `perSecondMax` is the fastest rate iptables takes (default 10000/s) */
  | { kind: 'rate'; bytes?: boolean; perSecondMax?: number }
  /** one word of a fixed set, or a comma separated list of them when `list` */
  | { kind: 'enum'; values: EnumWord[]; list?: boolean; caseInsensitive?: boolean }
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
  /** anything we do not check further, described by `hint` */
  | { kind: 'other'; hint: string };

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
