// The installed iptables as a source of truth for the catalog: which extension
// libraries Debian ships, and which options `--help` prints for each module.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import type { Family } from '../../server/src/catalog/types';

export const haveIptables = spawnSync('iptables', ['--version'], { encoding: 'utf8' }).status === 0;

const libDirs = ['/usr/lib/x86_64-linux-gnu/xtables', '/usr/lib/aarch64-linux-gnu/xtables', '/usr/lib/xtables', '/usr/libexec/xtables'];

/** Names of the installed extension libraries (libxt_/libipt_/libip6t_ only; ebtables and arptables ones are another tool). */
export function installedExtensionNames(): { name: string; prefix: 'xt' | 'ipt' | 'ip6t' }[] {
  const dir = libDirs.find((d) => existsSync(d));
  if (!dir) return [];
  const out: { name: string; prefix: 'xt' | 'ipt' | 'ip6t' }[] = [];
  for (const file of readdirSync(dir)) {
    const m = /^lib(xt|ipt|ip6t)_(.+)\.so$/.exec(file);
    if (m) out.push({ prefix: m[1] as 'xt' | 'ipt' | 'ip6t', name: m[2] });
  }
  return out;
}

/** Protocol matches only load with their protocol given. */
const helpProtocol: Record<string, string> = { ah: 'ah', esp: 'esp', ipcomp: 'ipcomp', dccp: 'dccp', icmp: 'icmp', icmp6: 'icmpv6', tcp: 'tcp', udp: 'udp', sctp: 'sctp', mh: 'mh' };

/** Options `iptables -m NAME --help` (or `-j NAME`) prints after the generic help; undefined when it does not load. */
export function helpOptions(family: Family, kind: 'match' | 'target', name: string): Set<string> | undefined {
  const cmd = family === 'ipv4' ? 'iptables' : 'ip6tables';
  const args = kind === 'target' ? ['-j', name, '--help'] : helpProtocol[name] ? ['-p', helpProtocol[name], '-m', name, '--help'] : ['-m', name, '--help'];
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.error || r.status !== 0) return undefined;
  const lines = r.stdout.split('\n');
  const end = lines.findIndex((l) => l.includes('print package version'));
  return new Set(lines.slice(end + 1).join('\n').match(/--[a-z0-9][a-z0-9-]*/g) ?? []);
}
