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
  collector()?.();
}

/** Starts a full collection that V8 carries out mostly on its own threads, alongside other work. */
export function collectAlongside(): void {
  collector()?.({ type: 'major', execution: 'async' });
}

/** How long edits must pause before the garbage of quick patches is collected. */
const idleBeforeCollecting = 1000;
let idleCollection: ReturnType<typeof setTimeout> | undefined;

/**
 * Every edit leaves the document's previous text behind (30 MB at 200k rules), which
 * only a full collection frees: start one once edits pause.
 */
export function collectWhenIdle(): void {
  if (idleCollection) clearTimeout(idleCollection);
  idleCollection = setTimeout(() => {
    idleCollection = undefined;
    collectAlongside();
  }, idleBeforeCollecting);
  idleCollection.unref?.();
}

/** A bigger analysis is about to run and collects for itself: the pending idle collection would only get in its way. */
export function cancelIdleCollection(): void {
  if (idleCollection) clearTimeout(idleCollection);
  idleCollection = undefined;
}
