// SECMARK: labels the packet with an SELinux security context.
import type { ModuleSpec } from '../types';
import { mangleChains, securityChains } from './common';

export const secmarkTarget: ModuleSpec = {
  name: 'SECMARK',
  kind: 'target',
  families: ['ipv4', 'ipv6'],
  summary: 'Labels the packet with an SELinux security context, so SELinux policy can control which programs receive it.',
  action: 'get an SELinux security label and continue to the next rule',
  doc: [
    'Sets the packet\'s security mark from an SELinux context; the SELinux policy then decides which processes may send or receive packets with that label.',
    'Usually paired with `CONNSECMARK` to give a whole connection the label.',
    'Only allowed in the `mangle` and `security` tables, and only on a kernel running SELinux with the context defined: elsewhere the kernel refuses the rule.',
    'The packet continues with the next rule.',
  ].join('\n'),
  // Not measured here (no SELinux on the test machine); the table limit is the kernel's own check in xt_SECMARK.
  allowedIn: [...mangleChains, ...securityChains],
  external: 'Needs SELinux (or another LSM using security marks) enabled, and the context must exist in the loaded policy.',
  options: [
    {
      names: ['--selctx'],
      arity: 1,
      value: { kind: 'string', maxLength: 255 },
      mandatory: true,
      doc: 'The SELinux context to give the packet, such as system_u:object_r:http_packet_t:s0.',
      phrase: 'labelled {value}',
    },
  ],
};
