// Values that are fine alone but not together within one module, which
// iptables refuses when it reads the whole match: statistic's --packet must
// be below --every, cluster's node numbers must fit --cluster-total-nodes.
// The catalog says which option is bound by which (`reading.boundBy`).
import type { ModuleSpec, OptionSpec } from '../../catalog/types';
import type { OptionNode } from '../../syntax/ast';
import { isDynamic, type Word } from '../../syntax/word';
import { readUint } from './number';

export interface RelationIssue {
  word: Word;
  message: string;
}

const boundOptions = new WeakMap<ModuleSpec, readonly OptionSpec[]>();

/** The module's options that another option bounds, found once per module. */
export function boundOptionsOf(module: ModuleSpec): readonly OptionSpec[] {
  let out = boundOptions.get(module);
  if (!out) {
    out = module.options.filter((o) => o.reading?.boundBy);
    boundOptions.set(module, out);
  }
  return out;
}

/** The option's number (the last one given), when it is written as a plain number. */
function numberOf(options: readonly OptionNode[], names: readonly string[]): { value: number; word: Word } | undefined {
  for (let k = options.length - 1; k >= 0; k--) {
    const o = options[k];
    if (!names.includes(o.name)) continue;
    const word = o.args[0];
    if (!word || isDynamic(word)) return undefined;
    const read = readUint(word.text, 0, word.text.length, true);
    return read.ok && read.end === word.text.length ? { value: read.value, word } : undefined;
  }
  return undefined;
}

export function checkRelations(module: ModuleSpec, options: readonly OptionNode[]): RelationIssue[] {
  const out: RelationIssue[] = [];
  for (const spec of boundOptionsOf(module)) {
    const bound = spec.reading!.boundBy!;
    const limitSpec = module.options.find((o) => o.names[0] === bound.option);
    const limit = limitSpec && numberOf(options, limitSpec.names);
    const own = limit && numberOf(options, spec.names);
    if (!limit || !own) continue;
    const name = spec.names[0];
    const by = `${bound.option} (${limit.value})`;
    if (bound.as === 'index' && own.value >= limit.value) {
      out.push({ word: own.word, message: `${name} counts from 0 and must be below ${by}: use 0 to ${limit.value - 1}.` });
    } else if (bound.as === 'node' && own.value > limit.value) {
      out.push({ word: own.word, message: `${name} ${own.value} is above ${by}: nodes are numbered 1 to ${limit.value}.` });
    } else if (bound.as === 'nodeMask' && own.value >= 2 ** limit.value) {
      out.push({ word: own.word, message: `${name} ${own.value} names nodes beyond ${by}: it must be below ${2 ** limit.value}.` });
    }
  }
  return out;
}
