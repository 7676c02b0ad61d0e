// What every value checker receives: where the value is used and where to
// report. Offsets are character offsets into the argument's text, so a bad
// item inside a list (`80,99999`) can be underlined on its own.
import type { Family, ModuleKind, OptionReading } from '../../catalog/types';
import type { Severity } from '../../syntax/problem';

export interface ValueIssue {
  code: string;
  message: string;
  severity: Severity;
  /** Offsets into the argument text (end exclusive). */
  start: number;
  end: number;
}

export interface ValueEnv {
  family: Family;
  /** The family is stated (settings, file name, ip6tables line), not guessed: other-family words are refused for sure. */
  familyCertain?: boolean;
  /** The rule's `-p` value, lower case, when given and not negated. */
  protocol?: string;
  /** The rule's `-p` holds a shell variable: protocol-dependent checks are skipped. */
  protocolDynamic?: boolean;
  /** Whose option it is: iptables' own (`-s`), a match's or a target's. */
  kind: 'core' | ModuleKind;
  /** How iptables reads this option's value (the catalog's `reading`; empty when it says nothing). */
  rules: OptionReading;
  /** The option as the user should read it in messages (`--dport`). */
  option: string;
}

export interface ValueSink {
  error(code: string, message: string, start: number, end: number): void;
  warning(code: string, message: string, start: number, end: number): void;
}

/** Collects issues into an array (used by the check and by tests). */
export function collectingSink(into: ValueIssue[]): ValueSink {
  return {
    error: (code, message, start, end) => void into.push({ code, message, severity: 'error', start, end }),
    warning: (code, message, start, end) => void into.push({ code, message, severity: 'warning', start, end }),
  };
}

/** Shows a value in a message, shortened so a 4 KB argument does not flood the editor. */
export function shown(text: string): string {
  const t = text.length > 40 ? `${text.slice(0, 37)}...` : text;
  return `\`${t}\``;
}
