// Full garbage collections for big documents: V8 would otherwise let each dropped
// analysis or edited text pile up before collecting (see docs/performance.md).
import * as v8 from 'node:v8';
import { runInNewContext } from 'node:vm';

type Collector = (options?: { type: 'major'; execution: 'async' }) => void;

let found: Collector | null | undefined;

/**
 * V8's collector function: exposed by --expose-gc (the VS Code client starts the
 * server so), or else asked for once at run time, so that other editors starting
 * the server plainly get the same memory behaviour. Null when V8 refuses.
 */
function collector(): Collector | null {
  if (found !== undefined) return found;
  const exposed = (globalThis as { gc?: Collector }).gc;
  try {
    if (!exposed) v8.setFlagsFromString('--expose-gc');
    // A new context sees the function the flag exposes.
    found = exposed ?? (runInNewContext('gc') as Collector);
  } catch {
    found = null;
  }
  return found;
}

/** A full collection, now. */
export function collect(): void {
  textLeftBehind = 0;
  collector()?.();
}

/** Starts a full collection that V8 carries out mostly on its own threads, alongside other work. */
export function collectAlongside(): void {
  textLeftBehind = 0;
  collector()?.({ type: 'major', execution: 'async' });
}

/** How long edits must pause before the garbage of quick patches is collected. */
const idleBeforeCollecting = 1000;
let idleCollection: ReturnType<typeof setTimeout> | undefined;

/**
 * Characters of dropped text that may pile up while edits go on before a collection
 * starts anyway. V8 let twenty digit edits of a 200k-rule dump (30 MB of text each)
 * take the server from 0.5 to 1.3 GB before it collected on its own.
 */
export const textBudget = 96 * 1024 * 1024;
let textLeftBehind = 0;

/**
 * Every edit leaves the document's previous text behind (`droppedChars`, 30 MB at
 * 200k rules), which only a full collection frees: start one once edits pause, or
 * now if the texts left behind since the last one exceed the budget. True if one
 * was started now.
 */
export function collectWhenIdle(droppedChars: number): boolean {
  if (idleCollection) clearTimeout(idleCollection);
  textLeftBehind += droppedChars;
  if (textLeftBehind >= textBudget) {
    idleCollection = undefined;
    collectAlongside();
    return true;
  }
  idleCollection = setTimeout(() => {
    idleCollection = undefined;
    collectAlongside();
  }, idleBeforeCollecting);
  idleCollection.unref?.();
  return false;
}

/** Characters of dropped text counted since the last collection (for tests). */
export function textPending(): number {
  return textLeftBehind;
}

/** A bigger analysis is about to run and collects for itself: the pending idle collection would only get in its way. */
export function cancelIdleCollection(): void {
  if (idleCollection) clearTimeout(idleCollection);
  idleCollection = undefined;
}
