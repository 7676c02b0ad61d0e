// TRACE: logs every rule the packet meets afterwards, for debugging rule sets.
import type { ModuleSpec } from '../types';
import { rawChains } from './common';

export const traceTarget: ModuleSpec = {
  name: 'TRACE',
  kind: 'target',
  families: ['ipv4', 'ipv6'],
  summary: 'Marks the packet so every rule it passes through afterwards is logged, to debug a rule set.',
  action: 'get every rule they meet from here on logged and continue to the next rule',
  doc: [
    'From this rule on, each table, chain and rule the packet meets is reported: with the legacy back end in the kernel log, with the nf_tables back end through `xtables-monitor --trace`.',
    'Match narrowly (one address or port): tracing busy traffic floods the log.',
    'Only allowed in the `raw` table. Takes no options; the packet continues with the next rule.',
    '',
    'Example: `-t raw -A PREROUTING -p tcp --dport 8080 -j TRACE`.',
  ].join('\n'),
  allowedIn: rawChains,
  options: [],
};
