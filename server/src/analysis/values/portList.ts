// multiport's comma separated ports: each a port or a first:last range (both
// ends given, first below last). At most `max` places, a range taking two.
import type { ValueType } from '../../catalog/types';
import { checkPort, portReading } from './ports';
import { shown, type ValueEnv, type ValueSink } from './sink';

export function checkPortList(type: Extract<ValueType, { kind: 'portList' }>, text: string, at: number, env: ValueEnv, sink: ValueSink): void {
  const how = portReading(env.rules, env);
  let used = 0;
  let overflowAt = -1;
  let start = 0;
  for (;;) {
    const comma = text.indexOf(',', start);
    const stop = comma < 0 ? text.length : comma;
    const colon = text.indexOf(':', start);
    if (colon >= 0 && colon < stop) {
      used += 2;
      const first = checkPort(text, start, colon, at, how, env, sink);
      const last = checkPort(text, colon + 1, stop, at, how, env, sink);
      if (first !== undefined && last !== undefined && first >= last) {
        const range = text.slice(start, stop);
        const why = first === last ? 'both ends are the same port; write it once' : `write ${last}:${first}`;
        sink.error('reversed-range', `${shown(range)}: multiport needs the first port of a range below the last (${why}).`, at + start, at + stop);
      }
    } else {
      used += 1;
      checkPort(text, start, stop, at, how, env, sink);
    }
    if (used > type.max && overflowAt < 0) overflowAt = start;
    if (comma < 0) break;
    start = comma + 1;
  }
  if (overflowAt >= 0) {
    sink.error(
      'too-many-ports',
      `${env.option} takes at most ${type.max} ports, a range counting as two; this list needs ${used}. Split it over several rules.`,
      at + overflowAt,
      at + text.length,
    );
  }
}
