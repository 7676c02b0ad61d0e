// The source and destination port options that tcp, udp, dccp and sctp share word for word.
import type { OptionReading, OptionSpec } from '../types';

/**
 * `--sport`/`--dport` with their long aliases: a port, a service name or a
 * first:last range; `reading` says how this module's iptables reads them.
 */
export function portOptions(reading?: OptionReading): OptionSpec[] {
  const how = reading ? { reading } : {};
  return [
    {
      names: ['--source-port', '--sport'],
      arity: 1,
      ...how,
      value: { kind: 'portRange', separator: ':' },
      negatable: true,
      doc: 'The port the packet comes from, or a range first:last.',
      phrase: 'source port is {not}{value}',
    },
    {
      names: ['--destination-port', '--dport'],
      arity: 1,
      ...how,
      value: { kind: 'portRange', separator: ':' },
      negatable: true,
      doc: 'The port the packet goes to, or a range first:last.',
      phrase: 'destination port is {not}{value}',
    },
  ];
}
