// The reading of an option with nothing special about it. The per-option
// knowledge itself lives in the catalog (OptionSpec.reading).
import { findOptionSpec } from '../../catalog/grammar';
import type { OptionReading } from '../../catalog/types';

export const noReading: OptionReading = Object.freeze({});

/**
 * The reading of the option named by a `kind:module:--option` key, looked up
 * in the catalog. Kept only for the hover, which still names options this way;
 * the checks take `OptionSpec.reading` directly.
 */
export function rulesFor(key: string): OptionReading {
  const [kind, module, option] = key.split(':');
  if (kind !== 'match' && kind !== 'target') return noReading;
  const spec = findOptionSpec({ kind, name: module }, option);
  return spec?.reading ?? noReading;
}
