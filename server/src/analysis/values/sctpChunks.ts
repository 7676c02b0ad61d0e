// sctp --chunk-types MODE LIST: the list as iptables 1.8.9 reads it (measured
// with iptables-legacy-restore):
// - ALL or NONE (any case) only as the whole list; `ALL,DATA` is refused;
// - chunk names in any case, comma separated, empty items skipped;
// - after `:`, flag letters of that chunk (DATA:Be); a `-` is taken too, since
//   iptables looks letters up in a pattern that holds dashes;
// - at most 4 different chunk types may carry flags.
import { sctpChunkTypes } from '../../catalog/matches/sctp';
import { shown, type ValueEnv, type ValueSink } from './sink';
import { didYouMean } from './suggest';

const maxFlagged = 4;
const names = sctpChunkTypes.map((c) => c.word);
const byName = new Map(sctpChunkTypes.map((c) => [c.word, c]));

export function checkSctpChunks(text: string, at: number, env: ValueEnv, sink: ValueSink): void {
  const whole = text.toUpperCase();
  if (whole === 'ALL' || whole === 'NONE') return;
  const flagged = new Set<string>();
  let start = 0;
  for (;;) {
    const comma = text.indexOf(',', start);
    const stop = comma < 0 ? text.length : comma;
    if (stop > start) {
      const colon = text.indexOf(':', start);
      const nameStop = colon >= 0 && colon < stop ? colon : stop;
      const name = text.slice(start, nameStop);
      const chunk = byName.get(name.toUpperCase());
      if (name === '') {
        sink.error('bad-enum-value', `${shown(text.slice(start, stop))} has no chunk type before its \`:\`: write a name such as DATA:Be.`, at + start, at + stop);
      } else if (!chunk) {
        const alone = name.toUpperCase() === 'ALL' || name.toUpperCase() === 'NONE' ? ` ${name.toUpperCase()} only works as the whole list.` : didYouMean(name, names);
        sink.error('bad-enum-value', `${shown(name)} is not an SCTP chunk type iptables knows: ${env.option} takes ALL, NONE or names such as DATA, INIT, SACK, ABORT, comma separated.${alone}`, at + start, at + nameStop);
      } else if (nameStop < stop) {
        const valid = `-${chunk.flags ?? ''}`;
        for (let i = nameStop + 1; i < stop; i++) {
          if (valid.includes(text[i].toUpperCase())) continue;
          const takes = chunk.flags ? `takes only the flags ${chunk.flags.split('').join(', ')} (upper case = set, lower case = clear)` : 'has no flags';
          sink.error('bad-enum-value', `${shown(text.slice(i, i + 1))} is not a flag of ${chunk.word}: it ${takes}.`, at + i, at + i + 1);
          break;
        }
        if (stop > nameStop + 1) flagged.add(chunk.word);
        if (flagged.size > maxFlagged && flagged.has(chunk.word)) {
          sink.error('bad-enum-value', `${env.option} can give flags for at most ${maxFlagged} different chunk types; ${shown(text.slice(start, stop))} is the ${maxFlagged + 1}th.`, at + start, at + stop);
          flagged.delete(chunk.word);
        }
      }
    }
    if (comma < 0) return;
    start = comma + 1;
  }
}
