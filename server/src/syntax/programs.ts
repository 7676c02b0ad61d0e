// Recognises the iptables programs in shell command lines.
import type { Family } from './ast';

const ruleProgram = /^(ip6?)tables(-legacy|-nft)?$/;
const restoreProgram = /^(ip6?)tables(-legacy|-nft)?-restore$/;

function basename(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? path : path.slice(slash + 1);
}

/** `iptables`, `/usr/sbin/ip6tables-nft`... and the family it works on. */
export function ruleProgramFamily(word: string): Family | undefined {
  const m = ruleProgram.exec(basename(word));
  return m ? (m[1] === 'ip6' ? 'ipv6' : 'ipv4') : undefined;
}

/** `iptables-restore`, `ip6tables-legacy-restore`... and the family it works on. */
export function restoreProgramFamily(word: string): Family | undefined {
  const m = restoreProgram.exec(basename(word));
  return m ? (m[1] === 'ip6' ? 'ipv6' : 'ipv4') : undefined;
}

/** Words that may stand before the program without being it. */
export const commandPrefixes = new Set(['sudo', 'command', 'exec', 'time', 'nice', 'nohup', 'doas', 'env']);
/** Shell keywords that may start a simple command. */
export const shellKeywords = new Set(['if', 'then', 'else', 'elif', 'fi', 'do', 'done', 'while', 'until', '!', '{', '}', 'case', 'esac', 'for', 'in']);
