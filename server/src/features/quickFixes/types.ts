// A quick fix provider turns one finding into edits; the registry is keyed by diagnostic code.
import type { Finding } from '../../analysis/finding';
import type { DocumentModel } from '../../analysis/model';
import type { Range } from '../../syntax/position';

export interface TextEditLike {
  range: Range;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEditLike[];
  preferred?: boolean;
}

export interface FixContext {
  model: DocumentModel;
  /** The document's lines, for edits that need the exact text around a finding. */
  lines: readonly string[];
}

export type FixProvider = (finding: Finding, ctx: FixContext) => Fix[];
