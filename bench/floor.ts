// What a process costs that does only part of the lint, on the same file: the
// floors under our lint time (npm run bench bundles this and runs it beside the
// lint and iptables-legacy-restore --test). `read`: Node starts, reads the file and
// looks at every character; `words`: also splits every line into words as the
// parser does; `parse`: parses the whole file (no checks, no chains bound).
import '../server/src/heapFlags';
import { readFileSync } from 'node:fs';
import { parseDocument, splitLines } from '../server/src/syntax/parse';
import { splitRestoreWords } from '../server/src/syntax/restoreWords';

const [mode, file] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
let seen = 0;
if (mode === 'read') for (let i = 0; i < text.length; i++) seen += text.charCodeAt(i) === 32 ? 1 : 0;
else if (mode === 'words') for (const line of splitLines(text)) seen += splitRestoreWords(line, { line: 0 }).length;
else if (mode === 'parse') seen = parseDocument(text).nodes.length;
else throw new Error(`unknown mode ${mode}`);
// Printed so that no step can be optimised away.
process.stdout.write(`${seen}\n`);
