// How the extension starts the server's Node. --expose-gc lets the server collect
// a dropped analysis of a big document before building the next (the server asks
// V8 for the collector at run time when started without it, see
// server/src/workspace/collector.ts). bench/lsp.ts uses the same flags, so its
// figures are the editor's. A larger young generation (--max-semi-space-size=32)
// helped while every rule kept its parse tree; since restore rules are read again
// on demand it changed nothing but peak memory (+30 MB at 50k rules), measured.
export const serverExecArgv: readonly string[] = ['--expose-gc'];
