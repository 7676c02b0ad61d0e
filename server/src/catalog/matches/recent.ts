// recent: remembers addresses in a named list and matches on whether (and how often) they were seen.
import type { ModuleSpec } from '../types';
import { u32 } from '../values/numbers';
import { exclusive } from '../optionGroups';

const actions = ['--set', '--rcheck', '--update', '--remove'];
const others = exclusive(actions);
// Time and count conditions only make sense when reading the list; the kernel refuses them with --set/--remove.
const checkOnly = ['--seconds', '--hitcount', '--rttl', '--reap'];

export const recentMatch: ModuleSpec = {
  name: 'recent',
  kind: 'match',
  stateful: true,
  families: ['ipv4', 'ipv6'],
  summary: 'Remembers addresses in a named list and matches when an address was seen recently or often.',
  doc: [
    'Keeps a list of source (or destination) addresses in the kernel. One rule adds addresses with `--set`;',
    'another asks with `--rcheck` or `--update` whether the address is listed, optionally within `--seconds`',
    'and at least `--hitcount` times. Exactly one of `--set`, `--rcheck`, `--update`, `--remove` is required.',
    'The lists can be read and edited under /proc/net/xt_recent/.',
    '',
    'Example: block an address that opens 4 SSH connections within a minute:',
    '`-A INPUT -p tcp --dport 22 -m conntrack --ctstate NEW -m recent --set --name SSH`',
    '`-A INPUT -p tcp --dport 22 -m conntrack --ctstate NEW -m recent --update --seconds 60 --hitcount 4 --name SSH -j DROP`',
  ].join('\n'),
  // iptables refuses the module without at least one option of each group.
  requiresOneOf: [actions],
  options: [
    {
      names: ['--set'],
      arity: 0,
      negatable: true,
      excludes: [...others('--set'), ...checkOnly],
      doc: 'Add the packet\'s address to the list (or refresh it); always matches, or never with `!`.',
      phrase: 'the address is {not}added to the list',
    },
    {
      names: ['--rcheck'],
      arity: 0,
      negatable: true,
      excludes: others('--rcheck'),
      doc: 'Matches when the packet\'s address is in the list.',
      phrase: 'the address is {not}in the list',
    },
    {
      names: ['--update'],
      arity: 0,
      negatable: true,
      excludes: others('--update'),
      doc: 'Like `--rcheck`, and when found also records this packet as the latest sighting.',
      phrase: 'the address is {not}in the list (and its last-seen time is refreshed)',
    },
    {
      names: ['--remove'],
      arity: 0,
      negatable: true,
      excludes: [...others('--remove'), ...checkOnly],
      doc: 'Matches when the address is in the list, and takes it out.',
      phrase: 'the address is {not}in the list (and is removed from it)',
    },
    {
      names: ['--seconds'],
      arity: 1,
      value: { kind: 'number', min: 1, max: 4294967295, hex: true },
      excludes: ['--set', '--remove'],
      doc: 'With `--rcheck` or `--update`: only match if the address was seen within this many seconds.',
      phrase: 'it was seen within the last {value} seconds',
    },
    {
      names: ['--reap'],
      requires: ['--seconds'],
      arity: 0,
      // iptables: --reap also requires --seconds.
      excludes: ['--set', '--remove'],
      doc: 'Throw away list entries older than `--seconds` while checking; needs `--seconds`.',
      phrase: 'older entries are purged',
    },
    {
      names: ['--hitcount'],
      arity: 1,
      value: u32,
      excludes: ['--set', '--remove'],
      doc: 'With `--rcheck` or `--update`: only match if the address was seen at least this many times.',
      phrase: 'it was seen at least {value} times',
    },
    {
      names: ['--rttl'],
      arity: 0,
      excludes: ['--set', '--remove'],
      doc: 'With `--rcheck` or `--update`: also require the same TTL as when the address was added, to resist spoofed addresses.',
      phrase: 'the TTL is the same as when it was added',
    },
    {
      names: ['--name'],
      arity: 1,
      reading: { forbidden: '/' },
      // Longer names are cut to 199 bytes silently; the kernel refuses a '/' in the name.
      value: { kind: 'string' },
      doc: 'Which list to use (default DEFAULT); rules sharing a name share the list.',
      phrase: 'using list {value}',
    },
    {
      names: ['--rsource'],
      arity: 0,
      doc: 'Remember and look up the packet\'s source address (the default).',
      phrase: 'by source address',
    },
    {
      names: ['--rdest'],
      arity: 0,
      doc: 'Remember and look up the packet\'s destination address instead of its source.',
      phrase: 'by destination address',
    },
    {
      names: ['--mask'],
      arity: 1,
      value: { kind: 'address' },
      doc: 'A netmask applied to addresses before they are stored or looked up, so a whole network counts as one entry.',
      phrase: 'addresses grouped by netmask {value}',
    },
  ],
};
