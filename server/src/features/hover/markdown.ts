// Text from the user's file never reaches a hover as markdown: it is shown as
// inline code with a fence longer than any backquote run inside, on one line,
// so it cannot form links, images, HTML or command URIs.
import { plural } from '../../analysis/checks/wording';

export function code(text: string): string {
  const flat = text.replace(/[\r\n]+/g, ' ').slice(0, 300);
  let longest = 0;
  for (const m of flat.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat === '' ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** Escapes markdown punctuation in text that is shown as prose (chain names in sentences). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/[\\`*_{}[\]()#+\-.!|<>~&:"']/g, (c) => `\\${c}`);
}

export function formatBytes(n: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];
  let v = n;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return u === 0 ? plural(n, 'byte') : `${v >= 100 ? Math.round(v) : v.toFixed(1).replace(/\.0$/, '')} ${units[u]}`;
}
