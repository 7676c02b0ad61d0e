// MARK: sets the packet mark, a number that later rules and routing can test.
import type { ModuleSpec } from '../types';
import { exclusive } from '../optionGroups';
import { markOperationNames, markOperations } from './markOperations';

const others = exclusive(markOperationNames);

export const markTarget: ModuleSpec = {
  name: 'MARK',
  kind: 'target',
  families: ['ipv4', 'ipv6'],
  summary: 'Sets the packet mark, a private number that later rules, routing and traffic control can act on.',
  action: 'get their firewall mark changed and continue to the next rule',
  doc: [
    'The mark (fwmark) is a 32-bit number the kernel keeps with the packet while it is on this host; it is never sent on the wire.',
    'Policy routing (`ip rule add fwmark ...`), `tc` filters and `-m mark` rules can then treat marked packets differently.',
    'Give exactly one of `--set-mark`, `--set-xmark`, `--and-mark`, `--or-mark` or `--xor-mark`. The packet continues with the next rule.',
    'The mark lasts only for this packet; use `CONNMARK` to remember it for the whole connection.',
  ].join('\n'),
  // iptables refuses the target without one of these operations.
  requiresOneOf: [markOperationNames],
  options: markOperations('mark', others),
};
