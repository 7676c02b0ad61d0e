// NFLOG: hands a copy of the packet to a logging program over netlink.
import type { ModuleSpec } from '../types';
import { u16, u32 } from '../values/numbers';

export const nflogTarget: ModuleSpec = {
  name: 'NFLOG',
  kind: 'target',
  families: ['ipv4', 'ipv6'],
  summary: 'Passes a copy of the packet to a user-space logger (ulogd, tcpdump -i nflog), then goes on to the next rule.',
  action: 'are copied to a user-space logger and continue to the next rule',
  doc: [
    'Like `LOG`, but the packet goes to a program listening on a netlink group instead of the kernel log, so it can be stored in files, databases or pcap captures.',
    'If nothing listens on the group, the copy is simply discarded. The packet itself continues with the next rule.',
    '',
    'Example: `-A INPUT -p tcp --dport 22 -j NFLOG --nflog-group 5 --nflog-prefix ssh`.',
  ].join('\n'),
  options: [
    {
      names: ['--nflog-group'],
      arity: 1,
      value: u16,
      doc: 'Netlink group number the logger listens on, 0-65535 (default 0).',
      phrase: 'through log group {value}',
    },
    {
      names: ['--nflog-prefix'],
      arity: 1,
      reading: { nonEmpty: true },
      // Refused when empty or containing a newline; silently cut to 63 characters.
      value: { kind: 'string', maxLength: 63 },
      doc: 'Text attached to each logged packet, up to 63 characters.',
      phrase: 'with the prefix {value}',
    },
    {
      names: ['--nflog-range'],
      arity: 1,
      value: u32,
      excludes: ['--nflog-size'],
      doc: 'Obsolete and without effect (iptables warns); use --nflog-size.',
      phrase: 'with obsolete range {value}',
    },
    {
      names: ['--nflog-size'],
      arity: 1,
      value: u32,
      excludes: ['--nflog-range'],
      doc: 'How many bytes of each packet to copy to the logger (default the whole packet).',
      phrase: 'copying {value} bytes',
    },
    {
      names: ['--nflog-threshold'],
      arity: 1,
      value: u16,
      doc: 'How many packets the kernel collects before sending them to the logger together.',
      phrase: 'in batches of {value}',
    },
  ],
};
