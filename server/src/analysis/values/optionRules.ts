// The reading of an option with nothing special about it. The per-option
// knowledge itself lives in the catalog (OptionSpec.reading).
import type { OptionReading } from '../../catalog/types';

export const noReading: OptionReading = Object.freeze({});
