// Match modules l..u of iptables 1.8.9, one file each, in alphabetical order.
import type { ModuleSpec } from '../types';
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

export const matchesPart2: ModuleSpec[] = [
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
