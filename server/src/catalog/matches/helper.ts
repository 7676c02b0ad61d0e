// helper: which connection tracking helper (ftp, sip...) set up the packet's connection.
import type { ModuleSpec } from '../types';

export const helperMatch: ModuleSpec = {
  name: 'helper',
  kind: 'match',
  families: ['ipv4', 'ipv6'],
  summary: 'Matches packets of connections opened with the help of a conntrack helper such as ftp or sip.',
  doc: [
    'Some protocols (FTP, SIP, TFTP...) open extra connections that a helper in the kernel predicts.',
    'This match recognises those connections by the helper\'s name; a helper on a non-standard port is named like `ftp-2121`.',
    '',
    'Example: accept FTP data connections:',
    '`-A FORWARD -m conntrack --ctstate RELATED -m helper --helper ftp -j ACCEPT`',
  ].join('\n'),
  options: [
    {
      names: ['--helper'],
      arity: 1,
      // The kernel keeps 30 bytes with the NUL; iptables silently cuts longer names.
      value: { kind: 'string', maxLength: 29 },
      negatable: true,
      mandatory: true,
      doc: 'The helper name, such as ftp, sip or tftp (add -PORT for a helper on another port, e.g. ftp-2121).',
      phrase: 'the connection was {not}set up by helper {value}',
    },
  ],
};
