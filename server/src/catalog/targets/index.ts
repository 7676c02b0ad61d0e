// Every extension target of iptables 1.8.9 (Debian), one file each, in alphabetical order.
// Built-in verdicts (ACCEPT, DROP, RETURN, QUEUE) live in ../verdicts.ts and iptables' own
// options in ../coreDocs.ts. libxt_standard's internal "standard" target is not listed
// because the kernel refuses `-j standard`.
import type { ModuleSpec } from '../types';
import { auditTarget } from './AUDIT';
import { checksumTarget } from './CHECKSUM';
import { classifyTarget } from './CLASSIFY';
import { clusteripTarget } from './CLUSTERIP';
import { connmarkTarget } from './CONNMARK';
import { connsecmarkTarget } from './CONNSECMARK';
import { ctTarget } from './CT';
import { dnatTarget } from './DNAT';
import { dnptTarget } from './DNPT';
import { dscpTarget } from './DSCP';
import { ecnTarget } from './ECN';
import { hlTarget } from './HL';
import { hmarkTarget } from './HMARK';
import { idletimerTarget } from './IDLETIMER';
import { ledTarget } from './LED';
import { logTarget } from './LOG';
import { markTarget } from './MARK';
import { masqueradeTarget } from './MASQUERADE';
import { netmapTarget } from './NETMAP';
import { nflogTarget } from './NFLOG';
import { nfqueueTarget } from './NFQUEUE';
import { notrackTarget } from './NOTRACK';
import { rateestTarget } from './RATEEST';
import { redirectTarget } from './REDIRECT';
import { rejectTarget } from './REJECT';
import { secmarkTarget } from './SECMARK';
import { setTarget } from './SET';
import { snatTarget } from './SNAT';
import { snptTarget } from './SNPT';
import { synproxyTarget } from './SYNPROXY';
import { tcpmssTarget } from './TCPMSS';
import { tcpoptstripTarget } from './TCPOPTSTRIP';
import { teeTarget } from './TEE';
import { tosTarget } from './TOS';
import { tproxyTarget } from './TPROXY';
import { traceTarget } from './TRACE';
import { ttlTarget } from './TTL';
import { ulogTarget } from './ULOG';

export const targets: readonly ModuleSpec[] = [
  auditTarget,
  checksumTarget,
  classifyTarget,
  clusteripTarget,
  connmarkTarget,
  connsecmarkTarget,
  ctTarget,
  dnatTarget,
  dnptTarget,
  dscpTarget,
  ecnTarget,
  hlTarget,
  hmarkTarget,
  idletimerTarget,
  ledTarget,
  logTarget,
  markTarget,
  masqueradeTarget,
  netmapTarget,
  nflogTarget,
  nfqueueTarget,
  notrackTarget,
  rateestTarget,
  redirectTarget,
  rejectTarget,
  secmarkTarget,
  setTarget,
  snatTarget,
  snptTarget,
  synproxyTarget,
  tcpmssTarget,
  tcpoptstripTarget,
  teeTarget,
  tosTarget,
  tproxyTarget,
  traceTarget,
  ttlTarget,
  ulogTarget,
];
