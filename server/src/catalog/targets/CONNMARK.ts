// CONNMARK: reads and writes the mark stored on the connection (not the packet).
import type { ModuleSpec } from '../types';
import { u32 } from '../values/numbers';
import { exclusive } from '../optionGroups';
import { markOperationNames, markOperations } from './markOperations';

// Exactly one of these must be given (iptables: "No operation specified").
const operations = [...markOperationNames, '--save-mark', '--restore-mark'];
const others = exclusive(operations);

export const connmarkTarget: ModuleSpec = {
  name: 'CONNMARK',
  kind: 'target',
  families: ['ipv4', 'ipv6'],
  summary: 'Sets the mark remembered on the whole connection, or copies it to or from the packet mark.',
  action: 'get their connection mark changed or copied and continue to the next rule',
  doc: [
    'Every tracked connection can carry a 32-bit number, the connection mark. Unlike the packet mark set by `MARK`, it stays for all later packets of the connection, in both directions.',
    'Give exactly one operation: `--set-mark`, `--set-xmark`, `--and-mark`, `--or-mark`, `--xor-mark`, `--save-mark` (packet mark to connection) or `--restore-mark` (connection mark to packet).',
    'A usual pattern: `-j CONNMARK --restore-mark` early in `mangle PREROUTING`, then `MARK` new connections, then `-j CONNMARK --save-mark`.',
    'The packet continues with the next rule.',
  ].join('\n'),
  // iptables refuses the target without one of these operations.
  requiresOneOf: [operations],
  options: [
    ...markOperations('connection mark', others),
    {
      names: ['--save-mark'],
      arity: 0,
      excludes: others('--save-mark'),
      doc: 'Copy the packet mark into the connection mark (limit the bits with --mask, or --nfmask and --ctmask).',
      phrase: 'copying the packet mark into the connection mark',
    },
    {
      names: ['--restore-mark'],
      arity: 0,
      excludes: others('--restore-mark'),
      doc: 'Copy the connection mark back onto the packet mark (limit the bits with --mask, or --ctmask and --nfmask).',
      phrase: 'copying the connection mark back onto the packet',
    },
    {
      names: ['--left-shift-mark'],
      arity: 1,
      // iptables takes 0-32 but the kernel refuses a shift of 32.
      value: { kind: 'number', min: 0, max: 31, hex: true },
      doc: 'Shift the new mark left by this many bits (0-31) before it is stored; needs one of the operations.',
      phrase: 'shifting the mark left by {value} bits',
    },
    {
      names: ['--right-shift-mark'],
      arity: 1,
      // iptables takes 0-32 but the kernel refuses a shift of 32.
      value: { kind: 'number', min: 0, max: 31, hex: true },
      doc: 'Shift the new mark right by this many bits (0-31) before it is stored; needs one of the operations.',
      phrase: 'shifting the mark right by {value} bits',
    },
    {
      names: ['--ctmask'],
      arity: 1,
      value: u32,
      excludes: ['--mask'],
      doc: 'Which bits of the connection mark are used or changed when saving or restoring (default all).',
      phrase: 'using connection-mark bits {value}',
    },
    {
      names: ['--nfmask'],
      arity: 1,
      value: u32,
      excludes: ['--mask'],
      doc: 'Which bits of the packet mark are used or changed when saving or restoring (default all).',
      phrase: 'using packet-mark bits {value}',
    },
    {
      names: ['--mask'],
      arity: 1,
      value: u32,
      excludes: ['--ctmask', '--nfmask'],
      doc: 'Shorthand for giving --ctmask and --nfmask the same value.',
      phrase: 'using mark bits {value}',
    },
  ],
};
