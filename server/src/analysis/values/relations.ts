// Values that are fine alone but not together within one module, which
// iptables refuses when it reads the whole match: statistic's --packet must
// be below --every, cluster's node numbers must fit --cluster-total-nodes.
import type { OptionNode } from '../../syntax/ast';
import { isDynamic, type Word } from '../../syntax/word';
import { readUint } from './number';

export interface RelationIssue {
  word: Word;
  message: string;
}

/** The option's number, when it is written as a plain number. */
function numberOf(options: readonly OptionNode[], name: string): { value: number; word: Word } | undefined {
  for (let k = options.length - 1; k >= 0; k--) {
    const o = options[k];
    if (o.name !== name) continue;
    const word = o.args[0];
    if (!word || isDynamic(word)) return undefined;
    const read = readUint(word.text, 0, word.text.length, true);
    return read.ok && read.end === word.text.length ? { value: read.value, word } : undefined;
  }
  return undefined;
}

export function checkRelations(module: string, options: readonly OptionNode[]): RelationIssue[] {
  const out: RelationIssue[] = [];
  if (module === 'statistic') {
    const every = numberOf(options, '--every');
    const packet = numberOf(options, '--packet');
    if (every && packet && packet.value >= every.value) {
      out.push({ word: packet.word, message: `--packet counts from 0 and must be below --every (${every.value}): use 0 to ${every.value - 1}.` });
    }
  } else if (module === 'cluster') {
    const total = numberOf(options, '--cluster-total-nodes');
    const node = numberOf(options, '--cluster-local-node');
    const mask = numberOf(options, '--cluster-local-nodemask');
    if (total && node && node.value > total.value) {
      out.push({ word: node.word, message: `--cluster-local-node ${node.value} is above --cluster-total-nodes (${total.value}): nodes are numbered 1 to ${total.value}.` });
    }
    if (total && mask && mask.value >= 2 ** total.value) {
      out.push({ word: mask.word, message: `--cluster-local-nodemask ${mask.value} names nodes beyond --cluster-total-nodes (${total.value}): it must be below ${2 ** total.value}.` });
    }
  }
  return out;
}
