// V8 settings the engine relies on, set at run time so that every way of starting
// it gets them: the CLI, VS Code, Neovim or any other LSP client. cli.ts and
// server.ts import this module first, before any parser code has run.
import * as v8 from 'node:v8';

// Restore rules are read again from their text whenever a check or a feature asks
// (syntax/restoreRule.ts). The first reading of a dump keeps part of what it makes,
// so V8 learns to allocate the parser's objects straight in the old generation
// ("pretenuring"). Every later reading would then leave garbage there that only a
// full collection frees, and that garbage keeps the young objects it points to
// alive through every scavenge. Measured on a 50k-rule dump: lint 1.5 s -> 1.05 s,
// peak memory 346 -> 235 MB.
try {
  v8.setFlagsFromString('--no-allocation-site-pretenuring');
} catch {
  // A runtime without the flag still works, only slower.
}
