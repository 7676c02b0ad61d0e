// The targets built into iptables itself (no extension module behind them).

export interface VerdictInfo {
  name: 'ACCEPT' | 'DROP' | 'RETURN' | 'QUEUE';
  doc: string;
  /** What happens to matching packets, as a sentence predicate ("are accepted"). */
  action: string;
  /** May be used as a built-in chain's policy. */
  policy: boolean;
  /** Tables where iptables refuses `-j NAME` (and `-P CHAIN NAME` on a command line), and what to do instead. */
  refusedIn?: { tables: readonly string[]; instead: string };
}

export const verdicts: readonly VerdictInfo[] = [
  { name: 'ACCEPT', policy: true, action: 'are accepted (no later rule of this chain sees them)', doc: 'Let the packet through: it stops traversing this table\'s chain for this hook and goes on to the next table or to its destination.' },
  { name: 'DROP', policy: true, refusedIn: { tables: ['nat'], instead: 'nat only rewrites addresses. Drop these packets in the filter table instead (or in raw or mangle to drop them earlier)' }, action: 'are dropped silently', doc: 'Throw the packet away silently. The sender gets no answer and usually retries until it times out.' },
  { name: 'RETURN', policy: false, action: 'go back to the chain that jumped here', doc: 'Leave this chain and continue in the chain that jumped here, just after the jump. In a built-in chain it applies the chain\'s policy.' },
  { name: 'QUEUE', policy: false, action: 'are handed to a userspace program through queue 0', doc: 'Hand the packet to a userspace program through queue 0 (the old interface; NFQUEUE is the modern one). Without a listening program the packet is dropped.' },
];

const byName = new Map(verdicts.map((v) => [v.name as string, v]));

export function findVerdict(name: string): VerdictInfo | undefined {
  return byName.get(name);
}
