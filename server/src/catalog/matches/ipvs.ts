// ipvs: properties of IPVS (Linux Virtual Server load balancer) connections.
import type { EnumWord, ModuleSpec } from '../types';

const directions: EnumWord[] = [
  { word: 'ORIGINAL', doc: 'Packets going the way the connection was opened (client to virtual service).' },
  { word: 'REPLY', doc: 'Packets coming back from the real server.' },
];

const methods: EnumWord[] = [
  { word: 'GATE', doc: 'Direct routing: the real server answers the client itself.' },
  { word: 'IPIP', doc: 'Tunnelling: packets reach the real server inside an IP-in-IP tunnel.' },
  { word: 'MASQ', doc: 'NAT: addresses are rewritten to reach the real server.' },
];

export const ipvsMatch: ModuleSpec = {
  name: 'ipvs',
  kind: 'match',
  families: ['ipv4', 'ipv6'],
  summary: 'Matches packets handled by the IPVS load balancer, by virtual address, port, protocol or forwarding method.',
  doc: [
    'IPVS (the kernel load balancer behind `ipvsadm` and kube-proxy\'s ipvs mode) spreads connections to a virtual',
    'address over real servers. This match recognises its packets. At least one option is needed;',
    'every option other than `--ipvs` also implies `--ipvs`.',
    '',
    'Example: masquerade traffic IPVS forwards in NAT mode:',
    '`-A POSTROUTING -t nat -m ipvs --vmethod MASQ -j MASQUERADE`',
  ].join('\n'),
  external: 'Needs the kernel\'s IPVS support (ip_vs module); without it the rules cannot be loaded.',
  // iptables refuses the module without at least one option of each group.
  requiresOneOf: [['--ipvs', '--vproto', '--vaddr', '--vport', '--vdir', '--vmethod', '--vportctl']],
  options: [
    {
      names: ['--ipvs'],
      arity: 0,
      negatable: true,
      doc: 'The packet belongs to an IPVS connection.',
      phrase: 'the packet {not}belongs to an IPVS connection',
    },
    {
      names: ['--vproto'],
      arity: 1,
      value: { kind: 'protocol' },
      negatable: true,
      doc: 'The protocol of the virtual service, by name or number (tcp, udp...).',
      phrase: 'virtual service protocol is {not}{value}',
    },
    {
      names: ['--vaddr'],
      arity: 1,
      value: { kind: 'address', mask: true },
      negatable: true,
      doc: 'The virtual (load-balanced) address, with an optional /prefix or /mask.',
      phrase: 'virtual address is {not}{value}',
    },
    {
      names: ['--vport'],
      arity: 1,
      value: { kind: 'port' },
      negatable: true,
      doc: 'The port of the virtual service, by number or name.',
      phrase: 'virtual port is {not}{value}',
    },
    {
      names: ['--vdir'],
      arity: 1,
      value: { kind: 'enum', values: directions, caseInsensitive: true },
      doc: 'Only match packets going in this direction: ORIGINAL or REPLY.',
      phrase: 'the packet goes in the {value} direction',
    },
    {
      names: ['--vmethod'],
      arity: 1,
      value: { kind: 'enum', values: methods, caseInsensitive: true },
      negatable: true,
      doc: 'How IPVS forwards the connection: GATE (direct routing), IPIP (tunnel) or MASQ (NAT).',
      phrase: 'IPVS forwarding method is {not}{value}',
    },
    {
      names: ['--vportctl'],
      arity: 1,
      value: { kind: 'port' },
      negatable: true,
      doc: 'The virtual port of the controlling connection, for related connections such as FTP data (e.g. 21).',
      phrase: 'controlling connection\'s virtual port is {not}{value}',
    },
  ],
};
