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

/** The program of a family: `iptables` or `ip6tables`. */
export function familyProgram(family: Family): 'iptables' | 'ip6tables' {
  return family === 'ipv6' ? 'ip6tables' : 'iptables';
}

/** `IPv4` or `IPv6`, for messages. */
export function familyLabel(family: Family): 'IPv4' | 'IPv6' {
  return family === 'ipv6' ? 'IPv6' : 'IPv4';
}

/** `iptables-restore`, `ip6tables-legacy-restore`... and the family it works on. */
export function restoreProgramFamily(word: string): Family | undefined {
  const m = restoreProgram.exec(basename(word));
  return m ? (m[1] === 'ip6' ? 'ipv6' : 'ipv4') : undefined;
}

/** Commands that run the next word as a program: `sudo iptables ...`. */
export const commandPrefixes = new Set(['sudo', 'command', 'exec', 'time', 'nice', 'nohup', 'doas', 'env']);
/** Shell keywords that may start a simple command. */
export const shellKeywords = new Set(['if', 'then', 'else', 'elif', 'fi', 'do', 'done', 'while', 'until', '!', '{', '}', 'case', 'esac', 'for', 'in']);
/** Builtins that may stand before an assignment or a command. */
const declarationBuiltins = new Set(['export', 'readonly', 'local']);
/** `NAME=value`: an assignment, alone or before a command. */
export const assignmentWord = /^([A-Za-z_][A-Za-z0-9_]*)=/;
/** Flags of the prefix commands that take the next word as their value (`sudo -u root`, `nice -n 5`). */
const flagsWithValue: Readonly<Record<string, ReadonlySet<string>>> = {
  sudo: new Set(['-u', '-g', '-h', '-p', '-C', '-D', '-r', '-t', '-U']),
  doas: new Set(['-u', '-C']),
  nice: new Set(['-n']),
  env: new Set(['-u', '-C', '-S']),
  time: new Set(['-f', '-o']),
};

/** Flags with which a prefix command only looks the program up, and runs nothing: `command -v iptables`. */
const lookupFlags: Readonly<Record<string, ReadonlySet<string>>> = {
  command: new Set(['-v', '-V']),
  sudo: new Set(['-l', '--list']),
};

/**
 * Where the program of a simple command stands: after assignments, shell keywords,
 * prefix commands and their flags (`sudo -u root`, `nice -n 5`, `env A=1`).
 * Returns `words.length` when every word is such a prefix, or when the command
 * only looks the program up (`command -v iptables`).
 */
export function programWordIndex(words: ReadonlyArray<{ text: string; quoted?: boolean }>): number {
  let prefix: string | undefined;
  for (let k = 0; k < words.length; k++) {
    const { text, quoted } = words[k];
    if (assignmentWord.test(text)) continue;
    if (!quoted && (shellKeywords.has(text) || commandPrefixes.has(text) || declarationBuiltins.has(text))) {
      prefix = text;
      continue;
    }
    if (prefix && commandPrefixes.has(prefix) && text.startsWith('-')) {
      if (lookupFlags[prefix]?.has(text)) return words.length;
      if (flagsWithValue[prefix]?.has(text)) k++;
      continue;
    }
    return k;
  }
  return words.length;
}
