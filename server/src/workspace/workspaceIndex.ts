// Chains declared and used in the other iptables files of the workspace, so a
// chain declared in one file and used in another (as ufw does) is not reported
// as missing. Files are only read, never run.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bindDocument, enteredByJumps, familyScopes, type DocumentModel, type ExternalChains } from '../analysis/model';
import { catalogGrammar } from '../catalog/grammar';
import { parseDocument } from '../syntax/parse';
import type { Range } from '../syntax/position';
import { wordPlace } from '../syntax/restoreWords';
import manifest from '../../../package.json';

interface FileChains {
  /** Where each chain is declared; the place follows lines added above it (see incremental.ts). */
  declared: Map<string, { readonly range: Range }>;
  referenced: Set<string>;
}

/**
 * A chain of one table, whatever its family: a file's family may only be guessed
 * (ufw splits IPv4 and IPv6 over files), and a chain missed is worse than one found twice.
 */
const key = (table: string, name: string) => `${table}\u0000${name}`;

// The extension manifest is the one list of iptables file names and extensions.
const language = manifest.contributes.languages[0];
const extensions: readonly string[] = language.extensions;
const fileNames: ReadonlySet<string> = new Set(language.filenames);

/** File names the extension treats as iptables files (as declared in package.json). */
export function isIptablesFileName(name: string): boolean {
  return fileNames.has(name) || extensions.some((e) => name.endsWith(e));
}

/** The chain keys whose declaration or use differs between two versions of a file. */
function changedKeys(a: FileChains | undefined, b: FileChains | undefined): Set<string> {
  const out = new Set<string>();
  const differ = (x: Iterable<string>, y: { has(k: string): boolean } | undefined) => {
    for (const k of x) if (!y?.has(k)) out.add(k);
  };
  if (a) differ(a.declared.keys(), b?.declared);
  if (b) differ(b.declared.keys(), a?.declared);
  if (a) differ(a.referenced, b?.referenced);
  if (b) differ(b.referenced, a?.referenced);
  return out;
}

/** How many past changes are remembered; an analysis older than that is redone. */
const historyLimit = 256;

export class WorkspaceIndex {
  private readonly files = new Map<string, FileChains>();
  /** Bumped whenever some file's set of declared or used chains changes. */
  generation = 0;
  /** The chain keys each generation changed, oldest first (bounded). */
  private readonly history: Array<{ generation: number; keys: ReadonlySet<string> }> = [];

  private record(keys: ReadonlySet<string>): void {
    this.generation++;
    this.history.push({ generation: this.generation, keys });
    if (this.history.length > historyLimit) this.history.shift();
  }

  /** Did a change after generation `since` touch any of these chain keys? A forgotten change counts as one. */
  changedSince(since: number, keys: ReadonlySet<string>): boolean {
    if (since === this.generation) return false;
    if ((this.history[0]?.generation ?? Infinity) > since + 1) return true;
    for (const change of this.history) {
      if (change.generation <= since) continue;
      for (const k of change.keys) if (keys.has(k)) return true;
    }
    return false;
  }

  /** The iptables files below the folders: at most `limit`, six folders deep, skipping node_modules and dot folders. */
  private filesBelow(folders: readonly string[], limit: number): string[] {
    const found: string[] = [];
    const walk = (dir: string, depth: number): void => {
      if (depth > 6 || found.length >= limit) return;
      let entries: string[];
      try {
        entries = readdirSync(dir);
      } catch {
        return;
      }
      for (const name of entries) {
        if (found.length >= limit) return;
        if (name.startsWith('.') || name === 'node_modules') continue;
        const path = join(dir, name);
        let st;
        try {
          st = statSync(path);
        } catch {
          continue;
        }
        if (st.isDirectory()) walk(path, depth + 1);
        else if (st.isFile() && st.size < 20_000_000 && isIptablesFileName(name)) found.push(path);
      }
    };
    for (const f of folders) walk(f, 0);
    return found;
  }

  private readFile(uri: string, path: string): void {
    try {
      this.update(uri, readFileSync(path, 'utf8'));
    } catch {
      // unreadable files are simply not indexed
    }
  }

  /**
   * Reads the iptables files below the folders (see filesBelow), one per `pause` (a
   * turn of the server's event loop), so that requests are answered in between:
   * ten 50k-rule dumps in the workspace took 2.3 s to read, and a file opened
   * meanwhile waited for all of them. A file the editor reported in the meantime
   * keeps what the editor said. True when what other files see changed.
   */
  async scanInTurns(folders: readonly string[], pause: () => Promise<void>, limit = 500): Promise<boolean> {
    const before = this.generation;
    for (const path of this.filesBelow(folders, limit)) {
      await pause();
      const uri = pathToFileURL(path).toString();
      if (!this.files.has(uri)) this.readFile(uri, path);
    }
    return this.generation !== before;
  }

  update(uri: string, text: string): boolean {
    // Only the chain names are needed: parsing and binding give them, the checks would be wasted work.
    return this.updateFromModel(uri, bindDocument(parseDocument(text, { grammar: catalogGrammar }), { fileName: uri }));
  }

  /** Records the file's chains; true when that changed what other files see. */
  updateFromModel(uri: string, model: DocumentModel): boolean {
    const declared = new Map<string, { readonly range: Range }>();
    const referenced = new Set<string>();
    // Per chain, not per reference: a dump has a few chains per hundred references, and this runs after every edit.
    for (const scope of familyScopes(model)) {
      for (const byName of scope.chains.values()) {
        for (const chain of byName.values()) {
          const k = key(chain.table, chain.name);
          const first = chain.declarations[0];
          if (first && !declared.has(k)) declared.set(k, wordPlace(first.word));
          if (enteredByJumps(chain)) referenced.add(k);
        }
      }
    }
    const next = { declared, referenced };
    const keys = changedKeys(this.files.get(uri), next);
    // Kept even when the names are the same: the declaring words may be new ones.
    this.files.set(uri, next);
    if (keys.size === 0) return false;
    this.record(keys);
    return true;
  }

  remove(uri: string): void {
    const gone = this.files.get(uri);
    if (!gone) return;
    this.files.delete(uri);
    this.record(changedKeys(gone, undefined));
  }

  /** The view of every file except `uri`, for analysing `uri`; the chain keys asked about go into `asked`. */
  except(uri: string, asked?: Set<string>): ExternalChains {
    return {
      find: (table, name) => {
        const k = key(table, name);
        asked?.add(k);
        for (const [other, f] of this.files) {
          if (other === uri) continue;
          const place = f.declared.get(k);
          if (place) return { uri: other, range: place.range };
        }
        return undefined;
      },
      referenced: (table, name) => {
        const k = key(table, name);
        asked?.add(k);
        for (const [other, f] of this.files) if (other !== uri && f.referenced.has(k)) return true;
        return false;
      },
    };
  }

  get size(): number {
    return this.files.size;
  }
}
