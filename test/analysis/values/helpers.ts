// Runs the value check on one rule and shows each finding with its range
// marked in the rule text, so assertions read like the rule itself:
//   'error bad-port: -p tcp --dport ⟦99999⟧'
import type { Finding } from '../../../server/src/analysis/finding';
import type { Family } from '../../../server/src/catalog/types';
import { showRange } from '../../support/fixture';
import { valueFindings } from './tcases';

export interface Where {
  family?: Family;
  table?: string;
  chain?: string;
}

function findings(rule: string, where: Where = {}): Finding[] {
  return valueFindings({ family: where.family ?? 'ipv4', table: where.table ?? 'filter', chain: where.chain ?? 'INPUT', rule });
}

/** `severity code: rule with ⟦range⟧`, for each finding, without the `-A CHAIN ` prefix. */
export function marked(rule: string, where: Where = {}): string[] {
  const chain = where.chain ?? 'INPUT';
  const line = `-A ${chain} ${rule}`;
  return findings(rule, where).map((f) => {
    const shownLine = showRange(line, { start: { ...f.range.start, line: 0 }, end: { ...f.range.end, line: 0 } }).replace(/^0: /, '');
    return `${f.severity} ${f.code}: ${shownLine.slice(`-A ${chain} `.length)}`;
  });
}

/** `severity code` of each finding. */
export function codes(rule: string, where: Where = {}): string[] {
  return findings(rule, where).map((f) => `${f.severity} ${f.code}`);
}

/** The messages, for checking the wording names what was expected. */
export function messages(rule: string, where: Where = {}): string[] {
  return findings(rule, where).map((f) => f.message);
}
