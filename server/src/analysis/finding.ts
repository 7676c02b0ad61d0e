// A diagnostic in the analysis layer's own terms (converted to LSP in server.ts, to text/JSON in cli.ts).
import type { Problem } from '../syntax/problem';
import type { Range } from '../syntax/position';

export interface RelatedPlace {
  range: Range;
  message: string;
  /** Another document, when the place is not in the one analysed. */
  uri?: string;
}

export interface Finding extends Problem {
  related?: RelatedPlace[];
  /** Editors fade `unnecessary` code and strike through `deprecated` code. */
  tags?: Array<'unnecessary' | 'deprecated'>;
}
