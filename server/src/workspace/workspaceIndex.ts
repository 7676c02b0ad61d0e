// Chains declared and used in the other iptables files of the workspace, so a
// chain declared in one file and used in another (as ufw does) is not reported
// as missing. Files are only read, never run.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bindDocument, type DocumentModel, type ExternalChains } from '../analysis/model';
import { catalogGrammar } from '../catalog/grammar';
import { parseDocument } from '../syntax/parse';
import type { Range } from '../syntax/position';
import manifest from '../../../package.json';

interface FileChains {
  declared: Map<string, Range>;
  referenced: Set<string>;
}

const key = (table: string, name: string) => `${table}\u0000${name}`;

// The extension manifest is the one list of iptables file names and extensions.
const language = manifest.contributes.languages[0];
const extensions: readonly string[] = language.extensions;
const fileNames: ReadonlySet<string> = new Set(language.filenames);

/** File names the extension treats as iptables files (as declared in package.json). */
export function isIptablesFileName(name: string): boolean {
  return fileNames.has(name) || extensions.some((e) => name.endsWith(e));
}

function sameChains(a: FileChains | undefined, b: FileChains): boolean {
  if (!a || a.declared.size !== b.declared.size || a.referenced.size !== b.referenced.size) return false;
  for (const k of b.declared.keys()) if (!a.declared.has(k)) return false;
  for (const k of b.referenced) if (!a.referenced.has(k)) return false;
  return true;
}

export class WorkspaceIndex {
  private readonly files = new Map<string, FileChains>();
  /** Bumped whenever some file's set of declared or used chains changes. */
  generation = 0;

  /** Reads every iptables file below the folders (bounded, skipping node_modules and dot folders). */
  scan(folders: readonly string[], limit = 500): void {
    let budget = limit;
    const walk = (dir: string, depth: number): void => {
      if (depth > 6 || budget <= 0) return;
      let entries: string[];
      try {
        entries = readdirSync(dir);
      } catch {
        return;
      }
      for (const name of entries) {
        if (budget <= 0) return;
        if (name.startsWith('.') || name === 'node_modules') continue;
        const path = join(dir, name);
        let st;
        try {
          st = statSync(path);
        } catch {
          continue;
        }
        if (st.isDirectory()) walk(path, depth + 1);
        else if (st.isFile() && st.size < 20_000_000 && isIptablesFileName(name)) {
          budget--;
          try {
            this.update(pathToFileURL(path).toString(), readFileSync(path, 'utf8'));
          } catch {
            // unreadable files are simply not indexed
          }
        }
      }
    };
    for (const f of folders) walk(f, 0);
  }

  update(uri: string, text: string): boolean {
    // Only the chain names are needed: parsing and binding give them, the checks would be wasted work.
    return this.updateFromModel(uri, bindDocument(parseDocument(text, { grammar: catalogGrammar }), { fileName: uri }));
  }

  /** Records the file's chains; true when that changed what other files see. */
  updateFromModel(uri: string, model: DocumentModel): boolean {
    const declared = new Map<string, Range>();
    const referenced = new Set<string>();
    for (const ref of model.references) {
      if (ref.kind === 'declaration' && !declared.has(key(ref.table, ref.word.text))) declared.set(key(ref.table, ref.word.text), ref.word.range);
      if (ref.kind === 'jump' || ref.kind === 'goto') referenced.add(key(ref.table, ref.word.text));
    }
    const next = { declared, referenced };
    if (sameChains(this.files.get(uri), next)) return false;
    this.files.set(uri, next);
    this.generation++;
    return true;
  }

  remove(uri: string): void {
    if (this.files.delete(uri)) this.generation++;
  }

  /** The view of every file except `uri`, for analysing `uri`. */
  except(uri: string): ExternalChains {
    return {
      find: (table, name) => {
        const k = key(table, name);
        for (const [other, f] of this.files) {
          if (other === uri) continue;
          const range = f.declared.get(k);
          if (range) return { uri: other, range };
        }
        return undefined;
      },
      referenced: (table, name) => {
        const k = key(table, name);
        for (const [other, f] of this.files) if (other !== uri && f.referenced.has(k)) return true;
        return false;
      },
    };
  }

  get size(): number {
    return this.files.size;
  }
}
