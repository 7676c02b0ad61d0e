// Every match module of iptables 1.8.9 (Debian), one file each, in alphabetical order.
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
import { limitMatch } from './limit';
import { macMatch } from './mac';
import { markMatch } from './mark';
import { mhMatch } from './mh';
import { multiportMatch } from './multiport';
import { nfacctMatch } from './nfacct';
import { osfMatch } from './osf';
import { ownerMatch } from './owner';
import { physdevMatch } from './physdev';
import { pkttypeMatch } from './pkttype';
import { policyMatch } from './policy';
import { quotaMatch } from './quota';
import { rateestMatch } from './rateest';
import { realmMatch } from './realm';
import { recentMatch } from './recent';
import { rpfilterMatch } from './rpfilter';
import { rtMatch } from './rt';
import { sctpMatch } from './sctp';
import { setMatch } from './set';
import { socketMatch } from './socket';
import { srhMatch } from './srh';
import { stateMatch } from './state';
import { statisticMatch } from './statistic';
import { stringMatch } from './string';
import { tcpMatch } from './tcp';
import { tcpmssMatch } from './tcpmss';
import { timeMatch } from './time';
import { tosMatch } from './tos';
import { ttlMatch } from './ttl';
import { u32Match } from './u32';
import { udpMatch } from './udp';

export const matches: readonly ModuleSpec[] = [
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
  limitMatch,
  macMatch,
  markMatch,
  mhMatch,
  multiportMatch,
  nfacctMatch,
  osfMatch,
  ownerMatch,
  physdevMatch,
  pkttypeMatch,
  policyMatch,
  quotaMatch,
  rateestMatch,
  realmMatch,
  recentMatch,
  rpfilterMatch,
  rtMatch,
  sctpMatch,
  setMatch,
  socketMatch,
  srhMatch,
  stateMatch,
  statisticMatch,
  stringMatch,
  tcpMatch,
  tcpmssMatch,
  timeMatch,
  tosMatch,
  ttlMatch,
  u32Match,
  udpMatch,
];
