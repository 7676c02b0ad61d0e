// Reads the file list of a .vsix (a zip) and checks it holds only what the extension needs at run time.
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';

/** Entries of a zip file from its central directory: name, sizes and a reader for the data. */
export function readZip(path) {
  const buf = readFileSync(path);
  // End of central directory record: signature 0x06054b50 within the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65_557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) throw new Error(`${path} is not a zip file`);
  const total = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const entries = [];
  for (let n = 0; n < total; n++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central directory entry in ${path}`);
    const method = buf.readUInt16LE(at + 10);
    const compressed = buf.readUInt32LE(at + 20);
    const size = buf.readUInt32LE(at + 24);
    const nameLen = buf.readUInt16LE(at + 28);
    const extraLen = buf.readUInt16LE(at + 30);
    const commentLen = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLen);
    const read = () => {
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      const data = buf.subarray(start, start + compressed);
      return method === 0 ? data : inflateRawSync(data);
    };
    entries.push({ name, size, compressed, read });
    at += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** What a .vsix may and must hold (vsce renames README.md/CHANGELOG.md/LICENSE inside it). */
const required = [
  'extension.vsixmanifest',
  '[Content_Types].xml',
  'extension/package.json',
  'extension/readme.md',
  'extension/changelog.md',
  'extension/LICENSE.txt',
  'extension/language-configuration.json',
  'extension/syntaxes/iptables.tmLanguage.json',
  'extension/client/out/extension.js',
  'extension/server/out/server.js',
  'extension/server/out/cli.js',
  'extension/bin/iptables-language-server',
  'extension/bin/iptables-lint',
  'extension/docs/icon.png',
];
const allowed = [...required.map((n) => new RegExp(`^${n.replace(/[.[\]]/g, '\\$&')}$`)), /^extension\/syntaxes\/[\w.-]+\.json$/];

/** Problems with a .vsix, as sentences; empty when it is fine. */
export function vsixProblems(path) {
  const entries = readZip(path);
  const names = new Set(entries.map((e) => e.name));
  const problems = [];
  for (const n of required) if (!names.has(n)) problems.push(`missing ${n}`);
  for (const n of names) if (!allowed.some((re) => re.test(n))) problems.push(`unexpected ${n}`);
  for (const e of entries.filter((e) => e.name.endsWith('.js'))) {
    const text = e.read().toString('utf8');
    if (/sourceMappingURL=/.test(text)) problems.push(`${e.name} still points to a source map (not a --production build)`);
    // Minified bundles have very long lines (the few line breaks left are inside template strings).
    const perLine = Math.round(text.length / text.split('\n').length);
    if (perLine < 200) problems.push(`${e.name} is not minified (${perLine} characters per line)`);
  }
  return problems;
}
