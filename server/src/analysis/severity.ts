// Per-code severity overrides (the `iptables.diagnostics.severity` setting and the CLI).
import type { Severity } from '../syntax/problem';
import type { Finding } from './finding';

export type SeveritySetting = Severity | 'off';
export type SeverityOverrides = Readonly<Record<string, SeveritySetting>>;

/** Most severe first. */
export const severities: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

const valid = new Set<SeveritySetting>([...severities, 'off']);

/** Is `severity` at least as severe as `floor`? */
export function atLeast(severity: Severity, floor: Severity): boolean {
  return severities.indexOf(severity) <= severities.indexOf(floor);
}

/** Keeps only well-formed entries, so a typo in the settings cannot break diagnostics. */
export function sanitizeOverrides(value: unknown): SeverityOverrides {
  const out: Record<string, SeveritySetting> = {};
  if (value && typeof value === 'object') {
    for (const [code, sev] of Object.entries(value as Record<string, unknown>)) {
      if (typeof sev === 'string' && valid.has(sev as SeveritySetting)) out[code] = sev as SeveritySetting;
    }
  }
  return out;
}

export function applyOverrides(findings: readonly Finding[], overrides: SeverityOverrides): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    const o = overrides[f.code];
    if (o === 'off') continue;
    out.push(o ? { ...f, severity: o } : f);
  }
  return out;
}
