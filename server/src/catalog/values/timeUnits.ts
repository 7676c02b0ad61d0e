// Units of a time as RATEEST reads it (any case); a bare number is seconds.
import type { EnumWord } from '../types';

export const timeUnits: EnumWord[] = [
  { word: 's', aliases: ['sec', 'secs'], doc: 'Seconds (the default when no unit is given).' },
  { word: 'ms', aliases: ['msec', 'msecs'], doc: 'Milliseconds.' },
  { word: 'us', aliases: ['usec', 'usecs'], doc: 'Microseconds.' },
];
