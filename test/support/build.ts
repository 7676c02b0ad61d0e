// The bundles `npm run build` writes: tests that run them skip until they exist.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './corpus';

export const builtServer = path.join(repoRoot, 'server', 'out', 'server.js');
export const builtCli = path.join(repoRoot, 'server', 'out', 'cli.js');

/** A skip reason while `file` is not built yet, false once it is. */
export function needsBuild(file: string): string | false {
  return existsSync(file) ? false : `${path.relative(repoRoot, file)} is not built (run npm run build first)`;
}
