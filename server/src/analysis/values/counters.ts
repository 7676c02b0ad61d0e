// -c PACKETS BYTES (or -c PACKETS,BYTES): iptables reads each with sscanf
// "%llu", which needs a number at the start and ignores what follows it.
import { shown, type ValueEnv, type ValueSink } from './sink';

function checkCounter(text: string, start: number, stop: number, env: ValueEnv, sink: ValueSink): void {
  let i = start;
  while (i < stop && (text[i] === ' ' || text[i] === '\t')) i++;
  if (i < stop && (text[i] === '+' || text[i] === '-')) i++;
  const c = text.charCodeAt(i);
  if (i < stop && c >= 48 && c <= 57) return;
  sink.error('bad-number', `${shown(text.slice(start, stop))} is not a counter: ${env.option} takes two whole numbers, the packet and byte counts.`, start, stop);
}

export function checkCounters(text: string, env: ValueEnv, sink: ValueSink): void {
  const comma = text.indexOf(',');
  if (comma < 0) {
    checkCounter(text, 0, text.length, env, sink);
    return;
  }
  checkCounter(text, 0, comma, env, sink);
  checkCounter(text, comma + 1, text.length, env, sink);
}
