// The words a value position can take, read from the option's ValueType, and
// a short placeholder describing the value for an option's detail line.
import { icmpTypes, icmpv6Types } from '../../catalog/values/icmpTypes';
import { valueTypeAt } from '../../catalog/modules';
import type { EnumWord, Family, OptionSpec, ValueType } from '../../catalog/types';

type ValueWords =
  | { kind: 'words'; words: EnumWord[]; list: boolean }
  | { kind: 'protocols' }
  | { kind: 'chains' };

export function valueWords(spec: OptionSpec, index: number, family: Family): ValueWords | undefined {
  const type = valueTypeAt(spec, index);
  if (!type) return undefined;
  switch (type.kind) {
    case 'enum':
      return { kind: 'words', words: forFamily(type.values, family), list: type.list === true };
    case 'icmpType':
      // The names of the other family never fit (icmp in an ip6tables rule offers nothing).
      return { kind: 'words', words: forFamily(type.family === 'ipv6' ? icmpv6Types : icmpTypes, family), list: false };
    case 'protocol':
      return { kind: 'protocols' };
    case 'chain':
      return { kind: 'chains' };
    default:
      return undefined;
  }
}

/** Words valid in the family, each spelling once (the catalog may list a word per family). */
function forFamily(words: readonly EnumWord[], family: Family): EnumWord[] {
  const seen = new Set<string>();
  const out: EnumWord[] = [];
  for (const w of words) {
    if (w.family && w.family !== family) continue;
    if (seen.has(w.word)) continue;
    seen.add(w.word);
    out.push(w);
  }
  return out;
}

/** What the argument looks like, in capitals, for the detail line: `PORT[:PORT]`. */
export function placeholder(type: ValueType | undefined): string {
  if (!type) return 'VALUE';
  switch (type.kind) {
    case 'address':
      return type.list ? 'ADDRESS[/MASK][,...]' : type.mask ? 'ADDRESS[/MASK]' : 'ADDRESS';
    case 'addressRange':
      return 'FIRST-LAST';
    case 'natRange':
      return type.ports ? 'ADDRESS[-ADDRESS][:PORT[-PORT]]' : 'ADDRESS[-ADDRESS]';
    case 'prefix':
      return 'PREFIX/LENGTH';
    case 'port':
      return 'PORT';
    case 'portRange': {
      const sep = type.separator ?? ':';
      return `PORT[${sep}PORT]`;
    }
    case 'portList':
      return 'PORT[,PORT...]';
    case 'number':
      return 'NUMBER';
    case 'numberRange':
      return `N[${type.separator ?? ':'}M]`;
    case 'icmpType':
      return 'TYPE[/CODE]';
    case 'prefixLength':
      return 'LENGTH';
    case 'mark':
      return 'VALUE[/MASK]';
    case 'rate':
      return 'RATE[/UNIT]';
    case 'enum': {
      const words = type.values.slice(0, 4).map((w) => w.word);
      const more = type.values.length > 4 ? '|...' : '';
      return type.list ? `${words.join('|')}${more}[,...]` : `${words.join('|')}${more}`;
    }
    case 'string':
      return 'TEXT';
    case 'interface':
      return 'INTERFACE';
    case 'mac':
      return 'MAC';
    case 'protocol':
      return 'PROTOCOL';
    case 'chain':
      return 'CHAIN';
    case 'owner':
      return type.what === 'user' ? 'USER' : 'GROUP';
    default:
      return 'VALUE';
  }
}

/** Placeholder of every argument of an option: `MASK COMP` for arity 2. */
export function argumentsPlaceholder(spec: OptionSpec): string {
  if (spec.arity === 0) return '';
  const parts: string[] = [];
  for (let i = 0; i < spec.arity; i++) parts.push(placeholder(valueTypeAt(spec, i)));
  const text = parts.join(' ');
  return spec.optionalValue ? `[${text}]` : text;
}
