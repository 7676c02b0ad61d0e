// osf: passive operating system fingerprinting of TCP SYN packets.
import type { ModuleSpec } from '../types';
import { atHooks } from '../tables';

export const osfMatch: ModuleSpec = {
  name: 'osf',
  kind: 'match',
  families: ['ipv4'],
  summary: 'Guesses the sender\'s operating system from its TCP SYN packet and matches on it.',
  doc: [
    'Compares the options and sizes of an incoming TCP SYN packet with known operating system fingerprints.',
    'The fingerprints must be loaded into the kernel first (the `nfnl_osf` tool with a `pf.os` file);',
    'without them nothing matches. Needs `-p tcp` and only works on incoming packets.',
    '',
    'Example: log connection attempts from Windows machines:',
    '`-A INPUT -p tcp -m osf --genre Windows --log 1 -j LOG`',
  ].join('\n'),
  protocols: ['tcp'],
  // The kernel takes it at these hooks only, in every table that has them.
  allowedIn: atHooks('PREROUTING', 'INPUT', 'FORWARD'),
  external: 'Operating system fingerprints must be loaded into the kernel (nfnl_osf) for anything to match.',
  options: [
    {
      names: ['--genre'],
      arity: 1,
      // Longer names are cut to 31 bytes silently.
      value: { kind: 'string' },
      negatable: true,
      mandatory: true,
      doc: 'Operating system family to match, such as Linux or Windows, as named in the fingerprint file.',
      phrase: 'sender operating system is {not}{value}',
    },
    {
      names: ['--ttl'],
      arity: 1,
      value: { kind: 'number', min: 0, max: 2, hex: true },
      doc: 'How strictly to compare the packet\'s TTL: 0 exact (same network), 1 may be lower (across routers), 2 ignore it.',
      phrase: 'TTL check level is {value}',
    },
    {
      names: ['--log'],
      arity: 1,
      value: { kind: 'number', min: 0, max: 2, hex: true },
      doc: 'Write guesses to the kernel log even when they do not match: 0 every guess, 1 only the first, 2 every known match.',
      phrase: 'guesses are logged at level {value}',
    },
  ],
};
