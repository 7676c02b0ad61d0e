// Finds the diagnostic codes the server source can report, by reading it: the
// first argument of the reporting helpers and `code:` / `const code =` values,
// including both arms of a ternary. Codes passed through a variable cannot be
// read this way; they are listed as `file: expression` for a person to check.
//
//   const { codes } = scanCodes();  // codes.get('bad-port') -> ['analysis/values/ports.ts', ...]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoRoot } from './corpus';

/** The server's source folder, the default root of a scan. */
export const serverSrc = join(repoRoot, 'server', 'src');

function tsFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) tsFiles(path, out);
    else if (name.endsWith('.ts')) out.push(path);
  }
  return out;
}

/** Skips a '...', "..." or `...${...}...` literal starting at i; returns the index after it. */
function skipString(text: string, i: number): number {
  const quote = text[i];
  for (let j = i + 1; j < text.length; j++) {
    const c = text[j];
    if (c === '\\') { j++; continue; }
    if (c === quote) return j + 1;
    if (quote === '`' && c === '$' && text[j + 1] === '{') j = skipExpression(text, j + 2, true);
  }
  return text.length;
}

/** Reads an expression up to a `,` `;` or unmatched closing bracket at depth 0 (only the `}` inside `${}`); returns its end. */
function skipExpression(text: string, i: number, inTemplate = false): number {
  let depth = 0;
  for (let j = i; j < text.length; j++) {
    const c = text[j];
    if (c === '\'' || c === '"' || c === '`') { j = skipString(text, j) - 1; continue; }
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) return j;
      depth--;
    } else if (depth === 0 && !inTemplate && (c === ',' || c === ';')) return j;
  }
  return text.length;
}

/** The code literals an expression can yield: `'a'`, `cond ? 'a' : 'b'` or a type `'a' | 'b'`. */
function codeLiterals(expr: string): string[] {
  const question = /\?(?![.?])/.exec(expr);
  const results = question ? expr.slice(question.index + 1) : expr;
  return [...results.matchAll(/'([a-z0-9]+(?:-[a-z0-9]+)*)'/g)].map((m) => m[1]);
}

/**
 * Where findings are made: the reporting helpers (first argument is the code)
 * and `code:` properties or `const code =` of Finding, Problem and ValueIssue objects.
 */
const reportingCall = /(?:\bsink\.(?:error|warning)|\bthis\.(?:add|report|problem)|\bmakeFinding|(?<![.\w])error)\(\s*/g;
const codeProperty = /\bcode\s*(?::|=(?![=>]))\s*/g;

export interface CodeScan {
  /** Each code found, with the files (relative to the root, `/`-separated, sorted) that report it. */
  codes: Map<string, string[]>;
  /** Codes passed through a variable, as `file: expression`. */
  variables: Set<string>;
  /** Files that build an object from a `code` variable in shorthand (`{ code, message }`). */
  shorthand: Set<string>;
}

/** Scans every .ts file under `root` except the registry (analysis/codes.ts). */
export function scanCodes(root = serverSrc): CodeScan {
  const codes = new Map<string, Set<string>>();
  const scan = { variables: new Set<string>(), shorthand: new Set<string>() };
  for (const path of tsFiles(root)) {
    const file = relative(root, path).split('\\').join('/');
    if (file === 'analysis/codes.ts') continue; // the registry itself
    const text = readFileSync(path, 'utf8');
    for (const re of [reportingCall, codeProperty]) {
      for (const m of text.matchAll(re)) {
        const start = m.index + m[0].length;
        const expr = text.slice(start, skipExpression(text, start)).trim();
        if (/^\w+\s*:/.test(expr) || expr === 'string') continue; // a parameter or a type, not a value
        const found = codeLiterals(expr);
        for (const c of found) {
          if (!codes.has(c)) codes.set(c, new Set());
          codes.get(c)!.add(file);
        }
        if (!found.length) scan.variables.add(`${file}: ${expr}`);
      }
    }
    const code = text.replace(/^import .*$/gm, ''); // `import { code } from './markdown'` is a function
    if (/[{,]\s*code\s*[,}]/.test(code)) scan.shorthand.add(file);
  }
  return { codes: new Map([...codes].map(([c, files]) => [c, [...files].sort()])), ...scan };
}
