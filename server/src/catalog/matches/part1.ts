// Match modules addrtype..length (the first half, alphabetically), one file each.
import type { ModuleSpec } from '../types';
import { addrtypeMatch } from './addrtype';
import { ahMatch } from './ah';
import { bpfMatch } from './bpf';
import { cgroupMatch } from './cgroup';
import { clusterMatch } from './cluster';
import { commentMatch } from './comment';
import { connbytesMatch } from './connbytes';
import { connlabelMatch } from './connlabel';
import { connlimitMatch } from './connlimit';
import { connmarkMatch } from './connmark';
import { conntrackMatch } from './conntrack';
import { cpuMatch } from './cpu';
import { dccpMatch } from './dccp';
import { devgroupMatch } from './devgroup';
import { dscpMatch } from './dscp';
import { dstMatch } from './dst';
import { ecnMatch } from './ecn';
import { espMatch } from './esp';
import { eui64Match } from './eui64';
import { fragMatch } from './frag';
import { hashlimitMatch } from './hashlimit';
import { hbhMatch } from './hbh';
import { helperMatch } from './helper';
import { hlMatch } from './hl';
import { icmpMatch } from './icmp';
import { icmp6Match } from './icmp6';
import { ipcompMatch } from './ipcomp';
import { iprangeMatch } from './iprange';
import { ipv6headerMatch } from './ipv6header';
import { ipvsMatch } from './ipvs';
import { lengthMatch } from './length';

export const matchesPart1: ModuleSpec[] = [
  addrtypeMatch,
  ahMatch,
  bpfMatch,
  cgroupMatch,
  clusterMatch,
  commentMatch,
  connbytesMatch,
  connlabelMatch,
  connlimitMatch,
  connmarkMatch,
  conntrackMatch,
  cpuMatch,
  dccpMatch,
  devgroupMatch,
  dscpMatch,
  dstMatch,
  ecnMatch,
  espMatch,
  eui64Match,
  fragMatch,
  hashlimitMatch,
  hbhMatch,
  helperMatch,
  hlMatch,
  icmpMatch,
  icmp6Match,
  ipcompMatch,
  iprangeMatch,
  ipv6headerMatch,
  ipvsMatch,
  lengthMatch,
];
