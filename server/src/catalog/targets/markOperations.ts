// The five ways MARK and CONNMARK change a mark: the same options, the same
// arithmetic, only the mark they act on differs (the packet's or the connection's).
import type { OptionSpec } from '../types';
import { mark32, u32 } from '../values/numbers';

/** The operations' option names, in the order the options are listed. */
export const markOperationNames = ['--set-xmark', '--set-mark', '--and-mark', '--or-mark', '--xor-mark'];

/**
 * The five operations as option specs. `noun` names the mark in docs and
 * phrases ("mark", "connection mark"); `others` gives the options each one
 * cannot be combined with (the target's other operations).
 */
export function markOperations(noun: string, others: (name: string) => string[]): OptionSpec[] {
  return [
    {
      names: ['--set-xmark'],
      arity: 1,
      value: { ...mark32, apply: 'xor' },
      excludes: others('--set-xmark'),
      doc: `Clear the ${noun} bits set in the mask, then flip the bits set in the value (value/mask; without a mask every bit is cleared first).`,
      phrase: `setting the ${noun} to {value} (clear, then xor)`,
    },
    {
      names: ['--set-mark'],
      arity: 1,
      value: mark32,
      excludes: others('--set-mark'),
      doc: `Set the ${noun} to the value; with value/mask only the bits in the mask are changed.`,
      phrase: `setting the ${noun} to {value}`,
    },
    {
      names: ['--and-mark'],
      arity: 1,
      value: u32,
      excludes: others('--and-mark'),
      doc: `Keep only the ${noun} bits that are also set in this number.`,
      phrase: `ANDing the ${noun} with {value}`,
    },
    {
      names: ['--or-mark'],
      arity: 1,
      value: u32,
      excludes: others('--or-mark'),
      doc: `Turn on the ${noun} bits that are set in this number.`,
      phrase: `ORing the ${noun} with {value}`,
    },
    {
      names: ['--xor-mark'],
      arity: 1,
      value: u32,
      excludes: others('--xor-mark'),
      doc: `Flip the ${noun} bits that are set in this number.`,
      phrase: `XORing the ${noun} with {value}`,
    },
  ];
}
