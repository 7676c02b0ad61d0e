// CHECKSUM: fills in a checksum the sender left for the network card to compute.
import type { ModuleSpec } from '../types';
import { mangleChains } from './common';

export const checksumTarget: ModuleSpec = {
  name: 'CHECKSUM',
  kind: 'target',
  families: ['ipv4', 'ipv6'],
  summary: 'Computes and writes the TCP/UDP checksum of a packet that does not have one yet.',
  action: 'get their missing TCP/UDP checksum filled in and continue to the next rule',
  doc: [
    'Some virtual machines and old DHCP clients send packets whose checksum was meant to be filled in later by hardware.',
    'This target computes it in software so the receiver does not discard the packet.',
    'Only allowed in the `mangle` table; the packet continues with the next rule.',
  ].join('\n'),
  allowedIn: mangleChains,
  options: [
    {
      names: ['--checksum-fill'],
      arity: 0,
      mandatory: true,
      doc: 'Compute the checksum now and write it into the packet (required).',
      phrase: 'computed in software',
    },
  ],
};
