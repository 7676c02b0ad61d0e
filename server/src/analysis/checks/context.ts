// What every semantic check receives: the bound model and a way to report.
import type { Finding } from '../finding';
import type { DocumentModel } from '../model';

export interface CheckContext {
  model: DocumentModel;
  report(finding: Finding): void;
}

/** A check over the whole document (it walks model.rules or the chain graph itself). */
export type DocumentCheck = (ctx: CheckContext) => void;
