// The `iptables.*` settings as the server reads them, with safe defaults.
import { sanitizeOverrides, type SeverityOverrides } from './analysis/severity';
import type { Family } from './syntax/ast';

export interface Settings {
  family: Family | undefined;
  severity: SeverityOverrides;
  hoverDetail: 'short' | 'full';
}

export const defaultSettings: Settings = { family: undefined, severity: {}, hoverDetail: 'full' };

export function readSettings(raw: unknown): Settings {
  const section = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const family = section.family === 'ipv4' || section.family === 'ipv6' ? section.family : undefined;
  const diagnostics = (section.diagnostics && typeof section.diagnostics === 'object' ? section.diagnostics : {}) as Record<string, unknown>;
  const hover = (section.hover && typeof section.hover === 'object' ? section.hover : {}) as Record<string, unknown>;
  return {
    family,
    severity: sanitizeOverrides(diagnostics.severity),
    hoverDetail: hover.detail === 'short' ? 'short' : 'full',
  };
}
