// The policy match describes IPsec transformations as "elements": the options
// between two `--next` (the catalog's `elementSeparator`; the options that
// describe an element are marked `perElement`). iptables checks each element
// on its own. Measured with iptables-legacy-restore 1.8.9:
// - each element option at most once per element (`--proto esp ! --proto ah`
//   is refused), again after `--next`;
// - at most 4 elements (a 4th `--next` is refused);
// - with `--strict`, no element may be empty (`--strict` alone, a trailing
//   `--next`);
// - `--tunnel-src`/`--tunnel-dst` need `--mode tunnel` (or `! --mode
//   transport`) in the same element;
// - `--pol none` refuses `--strict`, and then skips the two element checks
//   above (its elements are never looked at).
import type { ModuleSpec } from '../../catalog/types';
import type { MatchNode, OptionNode } from '../../syntax/ast';
import { isDynamic } from '../../syntax/word';
import { makeFinding, type Finding } from '../finding';
import { orList } from './wording';

const maxElements = 4;

interface ElementOptions {
  /** Every spelling of a per-element option. */
  names: Set<string>;
  /** The canonical names in catalog order, for messages. */
  list: string;
}

const elementOptionsCache = new WeakMap<ModuleSpec, ElementOptions>();

/** The module's per-element options, found once per module. */
function elementOptionsOf(module: ModuleSpec): ElementOptions {
  let out = elementOptionsCache.get(module);
  if (!out) {
    const specs = module.options.filter((o) => o.perElement);
    out = { names: new Set(specs.flatMap((o) => o.names)), list: orList(specs.map((o) => o.names[0])) };
    elementOptionsCache.set(module, out);
  }
  return out;
}

function ordinal(n: number): string {
  return ['first', 'second', 'third', 'fourth'][n] ?? `${n + 1}th`;
}

/** What iptables refuses about the elements of one `-m policy`. */
export function policyElementFindings(match: MatchNode, module: ModuleSpec): Finding[] {
  const out: Finding[] = [];
  const elementOptions = elementOptionsOf(module);
  const separator = module.elementSeparator ?? '--next';
  const error = (code: string, message: string, o: OptionNode, related?: Finding['related']): void => void out.push(makeFinding(code, message, o.word.range, 'error', { related }));
  const strict = match.options.find((o) => o.name === '--strict');
  const pol = match.options.find((o) => o.name === '--pol')?.args[0];
  if (pol && isDynamic(pol)) return out;
  const none = pol?.text === 'none';
  if (none && strict) {
    error('policy-strict-with-none', '`--strict` cannot be used with `--pol none`: a packet without IPsec has no transformations to compare, and iptables refuses the rule.', strict);
  }

  // Split into elements; each starts at the match or at a --next.
  const elements: Array<{ start?: OptionNode; options: OptionNode[] }> = [{ options: [] }];
  for (const o of match.options) {
    if (o.name === separator) {
      if (elements.length === maxElements) {
        error('policy-too-many-elements', `The policy match describes at most ${maxElements} transformations: this \`--next\` would start a ${maxElements + 1}th, and iptables refuses it.`, o);
        return out;
      }
      elements.push({ start: o, options: [] });
    } else if (elementOptions.names.has(o.name)) {
      elements[elements.length - 1].options.push(o);
    }
  }

  elements.forEach((element, k) => {
    const seen = new Map<string, OptionNode>();
    for (const o of element.options) {
      const first = seen.get(o.name);
      if (!first) {
        seen.set(o.name, o);
        continue;
      }
      const where = elements.length > 1 ? ` in the ${ordinal(k)} element` : '';
      error('duplicate-option', `\`${o.written}\` is given twice${where}; iptables allows it once per policy element. To describe another transformation, start it with \`--strict … --next\`.`, o, [
        { range: first.word.range, message: 'first given here' },
      ]);
    }
  });
  if (none) return out; // iptables looks at no element of a `--pol none` match

  elements.forEach((element, k) => {
    if (strict && element.options.length === 0) {
      const at = element.start ?? (elements.length > 1 ? elements[1].start! : strict);
      const which = elements.length > 1 ? `The ${ordinal(k)} element (the options ${k === 0 ? 'before the first' : 'after this'} \`--next\`)` : 'The policy';
      error('policy-empty-element', `${which} names no transformation: with \`--strict\` each element needs at least one of ${elementOptions.list}, and iptables refuses an empty one.`, at);
    }
    const modes = element.options.filter((o) => o.name === '--mode');
    const mode = modes[0];
    const word = mode?.args[0];
    if (word && isDynamic(word)) return;
    const tunnel = mode ? (word?.text === 'tunnel') !== (mode.negation !== undefined) : false;
    if (tunnel || (mode && word?.text !== 'tunnel' && word?.text !== 'transport')) return; // a bad mode word is reported by the value check
    for (const o of element.options) {
      if (o.name !== '--tunnel-src' && o.name !== '--tunnel-dst') continue;
      const why = mode ? `this element's \`${mode.negation ? '! ' : ''}--mode ${word?.text ?? ''}\` is not tunnel mode` : 'this element has no `--mode tunnel`';
      error('policy-tunnel-needs-mode', `\`${o.written}\` only works in tunnel mode, and ${why}; iptables refuses it. Add \`--mode tunnel\` to the same element.`, o, mode ? [{ range: mode.range, message: 'the element\'s mode' }] : undefined);
    }
  });
  return out;
}
