// What every semantic check receives: the bound model and a way to report.
import type { Finding } from '../finding';
import type { RuleNode } from '../../syntax/ast';
import type { DocumentModel } from '../model';

export interface CheckContext {
  model: DocumentModel;
  report(finding: Finding): void;
}

/** A check of one rule on its own (given the document's bound model): the unit an edit re-runs. */
export type RuleCheck = (rule: RuleNode) => void;
