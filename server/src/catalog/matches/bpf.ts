// bpf: run a small classic BPF program, or a pinned eBPF program, on each packet.
import type { ModuleSpec } from '../types';

export const bpfMatch: ModuleSpec = {
  name: 'bpf',
  kind: 'match',
  families: ['ipv4', 'ipv6'],
  summary: 'Matches when a BPF program (given inline or pinned in the bpf filesystem) accepts the packet.',
  doc: [
    'Runs a small packet-filter program on the packet, starting at the IP header; the rule matches when the program returns non-zero.',
    'Give exactly one of `--bytecode` (a classic BPF program written inline, as `nfbpf_compile RAW \'EXPR\'` prints it)',
    'or `--object-pinned` (the path of an eBPF program already pinned under the bpf filesystem).',
    '',
    'Example: match TCP packets with a four-instruction program:',
    '`-A OUTPUT -m bpf --bytecode "4,48 0 0 9,21 0 1 6,6 0 0 1,6 0 0 0" -j ACCEPT`',
  ].join('\n'),
  external: '--object-pinned needs an eBPF program pinned in the bpf filesystem of the machine that loads the rules.',
  // iptables refuses the module without at least one option of each group.
  requiresOneOf: [['--bytecode', '--object-pinned']],
  options: [
    {
      names: ['--bytecode'],
      arity: 1,
      // Quote it: the instructions contain spaces. iptables stops at 64 instructions.
      value: {
        kind: 'other', reader: 'bpfBytecode',
        hint: 'a quoted classic BPF program: the instruction count, then comma separated "code jt jf k" instructions in decimal, at most 64 (e.g. "4,48 0 0 9,21 0 1 6,6 0 0 1,6 0 0 0")',
      },
      excludes: ['--object-pinned'],
      doc: 'The classic BPF program to run, written inline as a count followed by comma separated instructions.',
      phrase: 'the inline BPF program {value} accepts the packet',
    },
    {
      names: ['--object-pinned'],
      arity: 1,
      value: { kind: 'other', hint: 'path of a pinned eBPF program, e.g. /sys/fs/bpf/myfilter' },
      excludes: ['--bytecode'],
      doc: 'The path of an eBPF program pinned in the bpf filesystem, to run on each packet.',
      phrase: 'the eBPF program {value} accepts the packet',
    },
  ],
};
