// ULOG: the old IPv4 user-space logging target, replaced by NFLOG.
import type { ModuleSpec } from '../types';

export const ulogTarget: ModuleSpec = {
  name: 'ULOG',
  kind: 'target',
  families: ['ipv4'],
  summary: 'Old way to pass IPv4 packets to a user-space logger; replaced by NFLOG and gone from current kernels.',
  action: 'are copied to a user-space logger and continue to the next rule',
  doc: [
    'Sends a copy of the packet over a netlink group to a logging daemon (ulogd), like `NFLOG` does.',
    'The kernel module was removed in Linux 3.17, so current kernels refuse the rule: use `NFLOG` instead.',
    'The packet continues with the next rule.',
  ].join('\n'),
  external: 'Needs the ipt_ULOG kernel module, removed in Linux 3.17.',
  options: [
    {
      names: ['--ulog-nlgroup'],
      arity: 1,
      value: { kind: 'number', min: 1, max: 32, hex: true },
      doc: 'Netlink group to send packets to, 1-32 (default 1).',
      phrase: 'through netlink group {value}',
    },
    {
      names: ['--ulog-prefix'],
      arity: 1,
      reading: { nonEmpty: true },
      // Refused when empty or containing a newline; stored in 32 bytes.
      value: { kind: 'string', maxLength: 31 },
      doc: 'Text attached to each logged packet, up to 31 characters.',
      phrase: 'with the prefix {value}',
    },
    {
      names: ['--ulog-cprange'],
      arity: 1,
      value: { kind: 'number', min: 0, hex: true },
      doc: 'How many bytes of each packet to copy (0, the default, copies the whole packet).',
      phrase: 'copying {value} bytes',
    },
    {
      names: ['--ulog-qthreshold'],
      arity: 1,
      value: { kind: 'number', min: 1, max: 50, hex: true },
      doc: 'How many packets to collect before sending them to the logger together, 1-50.',
      phrase: 'in batches of {value}',
    },
  ],
};
