// npm run docs:codes: rewrites the diagnostic codes table in README.md from
// server/src/analysis/codes.ts. Only the text between the markers changes.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withCodesTable } from './codesTable';

const readmePath = join(__dirname, '..', 'README.md');
const before = readFileSync(readmePath, 'utf8');
const after = withCodesTable(before);
if (after === before) {
  console.log('README.md: the codes table is up to date.');
} else {
  writeFileSync(readmePath, after);
  console.log('README.md: codes table rewritten.');
}
