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
  /**
   * A replacement for the text at `range` that fixes the fault (a did-you-mean
   * spelling, the modern form of an option...). Offered as the preferred quick fix.
   */
  suggestion?: string;
  /** Editors fade `unnecessary` code and strike through `deprecated` code. */
  tags?: Array<'unnecessary' | 'deprecated'>;
}

/** Messages quote the user's text; a 1 MB word must not make a 1 MB message. */
export const maxMessageLength = 400;

export function boundedMessage(message: string): string {
  return message.length <= maxMessageLength ? message : `${message.slice(0, maxMessageLength - 1)}…`;
}
