// Plain-words documentation of iptables' own commands and options (the shape
// of each lives in syntax/coreOptions.ts; this adds what they mean).
import { coreOptions, type CoreLongName } from '../syntax/coreOptions';
import type { ValueType } from './types';

export interface CoreDoc {
  doc: string;
  /** How the condition reads in a rule sentence, with {value} and {not}. */
  phrase?: string;
  value?: ValueType;
  /** What to write instead, when iptables refuses `!` before the option. */
  insteadOfNegation?: string;
  /** What to use instead in the family that lacks the option. */
  otherFamily?: string;
}

/** Keyed by every canonical long name: a core option without a doc does not compile. */
export const coreDocs: Readonly<Record<CoreLongName, CoreDoc>> = {
  '--append': { doc: 'Adds the rule at the end of the chain, so it is checked after all rules already there.' },
  '--check': { doc: 'Asks whether an identical rule exists in the chain (exit status 0 if it does); changes nothing.' },
  '--delete': { doc: 'Removes a rule from the chain: either the rule identical to the one written, or the rule at the given position (1 = first).' },
  '--insert': { doc: 'Puts the rule at the given position in the chain (default 1, the top), so it is checked before the rules already there.' },
  '--replace': { doc: 'Replaces the rule at the given position (1 = first) with this one.' },
  '--list': { doc: 'Shows the rules of one chain or of every chain of the table, in a table layout.' },
  '--list-rules': { doc: 'Prints the rules of one chain or of the whole table in the same syntax used to write them.' },
  '--flush': { doc: 'Deletes every rule of the chain (or of every chain in the table). The chains themselves and their policies stay.' },
  '--zero': { doc: 'Resets the packet and byte counters of the chain (or of one rule, or of every chain) to zero.' },
  '--new-chain': { doc: 'Creates an empty user chain. Packets only enter it when a rule jumps (-j) or goes (-g) to it.' },
  '--delete-chain': { doc: 'Deletes an empty user chain that no rule refers to (or all such chains when no name is given).' },
  '--rename-chain': { doc: 'Renames a user chain; rules that jump to it follow the new name.' },
  '--policy': { doc: 'Sets what a built-in chain does with packets that reach its end without a verdict: ACCEPT or DROP.' },
  '--version': { doc: 'Prints the iptables version.' },
  '--help': { doc: 'Prints the usage summary.' },
  '--ipv4': { doc: 'Marks the rule as IPv4-only: ip6tables-restore skips the line, iptables uses it.' },
  '--ipv6': { doc: 'Marks the rule as IPv6-only: iptables-restore skips the line, ip6tables uses it.' },
  '--protocol': { doc: 'Matches the IP protocol of the packet (tcp, udp, icmp... or a number). Giving tcp, udp, sctp, icmp... also makes that protocol\'s options (--dport...) available.', phrase: 'protocol is {not}{value}', value: { kind: 'protocol' } },
  '--source': { doc: 'Matches the packet\'s source address: a host, a network with /prefix or /mask, or several separated by commas (one rule is made per address).', phrase: 'source is {not}{value}', value: { kind: 'address', list: true, mask: true } },
  '--destination': { doc: 'Matches the packet\'s destination address: a host, a network with /prefix or /mask, or several separated by commas (one rule is made per address).', phrase: 'destination is {not}{value}', value: { kind: 'address', list: true, mask: true } },
  '--in-interface': { doc: 'Matches the interface the packet arrived on; a trailing + matches every name starting with the text before it (eth+). Only where packets arrive: PREROUTING, INPUT, FORWARD.', phrase: '{not}arriving on {value}', value: { kind: 'interface' } },
  '--out-interface': { doc: 'Matches the interface the packet will leave through; a trailing + matches every name starting with the text before it. Only where the route is known: FORWARD, OUTPUT, POSTROUTING.', phrase: '{not}leaving through {value}', value: { kind: 'interface' } },
  '--jump': { doc: 'Says what to do with a matching packet: a verdict (ACCEPT, DROP, RETURN), an extension target (LOG, DNAT...), or a user chain to continue in (coming back here after it, unless it decides).', value: { kind: 'chain' }, insteadOfNegation: 'A rule cannot do "everything except" a target; negate one of its conditions instead.' },
  '--goto': { doc: 'Continues in the given user chain without coming back: when that chain ends, processing returns to the chain that called this one, not here.', value: { kind: 'chain' }, insteadOfNegation: 'A rule cannot do "everything except" a target; negate one of its conditions instead.' },
  '--match': { doc: 'Loads a match extension, whose options can then be used in this rule (-m conntrack --ctstate ...).', insteadOfNegation: 'To negate a condition of the match, put `!` before that option: `-m tcp ! --dport 22`.' },
  '--fragment': { doc: 'Matches only the second and later fragments of fragmented IPv4 packets, which carry no ports or ICMP type.', phrase: 'the packet is {not}a later fragment', otherFamily: 'For IPv6 fragments use the frag match (`-m frag`).' },
  '--set-counters': { doc: 'Sets the rule\'s packet and byte counters when it is inserted or appended.', value: { kind: 'number', min: 0 } },
  '--table': { doc: 'Chooses the table the command works on (filter when not given): filter, nat, mangle, raw or security.' },
  '--numeric': { doc: 'When listing, prints addresses and ports as numbers instead of looking up names.' },
  '--verbose': { doc: 'Prints more detail: interfaces, counters, rule options.' },
  '--exact': { doc: 'When listing, prints exact counter values instead of rounded K/M/G figures.' },
  '--line-numbers': { doc: 'When listing, numbers each rule by its position in the chain.' },
  '--wait': { doc: 'Waits for the xtables lock (held by another iptables run) instead of failing at once; optionally at most this many seconds.', value: { kind: 'number', min: 0 } },
  '--wait-interval': { doc: 'How often, in microseconds, to retry the lock while waiting.', value: { kind: 'number', min: 1 } },
  '--modprobe': { doc: 'The program used to load missing kernel modules.' },
};

/** Core options whose doc is empty (the type already demands an entry for each). */
export const undocumentedCoreOptions = (): string[] => coreOptions.filter((o) => !coreDocs[o.long].doc).map((o) => o.long);
