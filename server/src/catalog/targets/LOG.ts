// LOG: writes a line about the packet to the kernel log and lets it continue.
import type { ModuleSpec } from '../types';
import { logLevelValue } from '../values/logLevels';

export const logTarget: ModuleSpec = {
  name: 'LOG',
  kind: 'target',
  families: ['ipv4', 'ipv6'],
  summary: 'Writes a line describing the packet to the kernel log, then goes on to the next rule.',
  action: 'are logged to the kernel log and continue to the next rule',
  doc: [
    'Logs the packet\'s addresses, ports and flags to the kernel log (see `dmesg`, `journalctl -k` or /var/log/kern.log).',
    'It does not accept or drop anything: the packet continues, so a LOG rule is usually followed by a rule with the same match that drops it.',
    'Logging every packet can flood the log; combine it with `-m limit`.',
    '',
    'Example: `-A INPUT -m limit --limit 5/min -j LOG --log-prefix "INPUT drop: "` then `-A INPUT -j DROP`.',
  ].join('\n'),
  options: [
    {
      names: ['--log-level'],
      arity: 1,
      value: logLevelValue,
      doc: 'Syslog level of the message, as a name (warning, info...) or number 0-7; default warning.',
      phrase: 'at level {value}',
    },
    {
      names: ['--log-prefix'],
      arity: 1,
      reading: { nonEmpty: true },
      // iptables 1.8.9 refuses an empty prefix and a newline, and silently cuts it to 29 characters.
      value: { kind: 'string', maxLength: 29 },
      doc: 'Text put at the start of each message, up to 29 characters, to tell the rules apart.',
      phrase: 'with the prefix {value}',
    },
    {
      names: ['--log-tcp-sequence'],
      arity: 0,
      doc: 'Also log TCP sequence numbers (a risk if other users can read the log).',
      phrase: 'with TCP sequence numbers',
    },
    {
      names: ['--log-tcp-options'],
      arity: 0,
      doc: 'Also log the options of the TCP header.',
      phrase: 'with TCP options',
    },
    {
      names: ['--log-ip-options'],
      arity: 0,
      doc: 'Also log the options of the IP header.',
      phrase: 'with IP options',
    },
    {
      names: ['--log-uid'],
      arity: 0,
      doc: 'Also log the user id of the local program that owns the socket, when there is one.',
      phrase: 'with the owning user id',
    },
    {
      names: ['--log-macdecode'],
      arity: 0,
      doc: 'Print the MAC addresses and link-layer protocol in readable form.',
      phrase: 'with decoded MAC addresses',
    },
  ],
};
