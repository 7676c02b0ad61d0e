// One call from text to everything the features need: parse, bind, check.
import { catalogGrammar } from '../catalog/grammar';
import { parseDocument } from '../syntax/parse';
import { documentChecks } from './checks';
import type { Finding } from './finding';
import { bindDocument, type DocumentModel, type FamilyChoice } from './model';
import { checkStructure } from './structure';

export interface Analysis {
  model: DocumentModel;
  findings: Finding[];
}

export function analyzeText(text: string, choice: FamilyChoice = {}): Analysis {
  const parsed = parseDocument(text, { grammar: catalogGrammar });
  const model = bindDocument(parsed, choice);
  const findings = checkStructure(model);
  const ctx = { model, report: (f: Finding) => void findings.push(f) };
  for (const check of documentChecks) check(ctx);
  return { model, findings };
}
