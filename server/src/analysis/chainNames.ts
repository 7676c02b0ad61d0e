// What iptables accepts as the name of a new user chain, asked in one place by
// the structure checks, rename and the declare-chain quick fix. Measured with
// iptables 1.8.9 (legacy):
// - names are limited to 28 bytes (not characters: 14 x `é` pass, 15 fail), both
//   in `:NAME` lines and with -N; `-E OLD NEW` silently cuts NEW to 29 bytes;
// - `:DNAT - [0:0]` is accepted, `-N DNAT` is refused ("may not clash with target
//   name"), `-E x DNAT` is accepted; a verdict (ACCEPT...) is refused by all three;
// - -N refuses names starting with `-` or `!`.
import { findTarget } from '../catalog/modules';
import { findVerdict } from '../catalog/verdicts';
import { utf8Length } from './values/string';

export const maxChainNameBytes = 28;

/** How the chain comes to be: a `:NAME` line of restore input, `-N NAME`, or `-E OLD NAME`. */
export type ChainCreation = 'restore' | 'new' | 'rename';

export interface ChainNameFault {
  code: 'chain-name-too-long' | 'bad-chain-name' | 'chain-named-like-target';
  message: string;
}

export function chainNameFaults(name: string, how: ChainCreation): ChainNameFault[] {
  const faults: ChainNameFault[] = [];
  const bytes = utf8Length(name);
  if (bytes > maxChainNameBytes) {
    const size = bytes === name.length ? `${bytes} characters` : `${bytes} bytes (${name.length} characters)`;
    const outcome = how === 'rename' ? `-E silently cuts it to its first ${maxChainNameBytes + 1} bytes, so commands using the full name will not find the chain` : `iptables allows at most ${maxChainNameBytes} bytes`;
    faults.push({ code: 'chain-name-too-long', message: `Chain name \`${name}\` has ${size}; ${outcome}.` });
  }
  if (how === 'new' && (name.startsWith('-') || name.startsWith('!'))) {
    faults.push({ code: 'bad-chain-name', message: `A chain name cannot start with \`${name[0]}\`.` });
  } else if (findVerdict(name)) {
    faults.push({ code: 'chain-named-like-target', message: `\`${name}\` is a built-in target; iptables cannot ${how === 'rename' ? 'rename a chain to' : 'create a chain with'} that name.` });
  } else if (how === 'new' && findTarget(name)) {
    faults.push({ code: 'chain-named-like-target', message: `\`${name}\` is the name of a target; \`-N\` refuses a chain with that name.` });
  }
  return faults;
}

/** The chain can still be declared for the later checks: only its length is wrong. */
export function declarable(faults: readonly ChainNameFault[]): boolean {
  return faults.every((f) => f.code === 'chain-name-too-long');
}
