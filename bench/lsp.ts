// The bundled server over stdio on a big dump: open-to-diagnostics, hover and
// definition latency, an edit to fresh diagnostics, symbols, completion, memory.
import { readFileSync } from 'node:fs';
import type { CompletionItem, CompletionList, DocumentSymbol } from 'vscode-languageserver-protocol';
import { startServer } from '../test/lsp/client';
import { serverExecArgv } from '../client/src/serverFlags';

export interface LspFigures {
  rules: number;
  openToDiagnosticsMs: number;
  hoverMedianMs: number;
  hoverP99Ms: number;
  definitionMedianMs: number;
  definitionP99Ms: number;
  /** A digit of a port typed inside a rule (the common edit: the rule keeps its chain and target). */
  editToDiagnosticsMs: number;
  /** The median over several such edits, one after the other. */
  editMedianMs: number;
  /** Enter pressed in the middle of the file: a blank line, the lines below move, nothing is bound again. */
  blankLineToDiagnosticsMs: number;
  /** A new rule line inserted: the line count changes, the lines below move and the rule is spliced into its chain. */
  newLineToDiagnosticsMs: number;
  /** The same line deleted again. */
  deleteLineToDiagnosticsMs: number;
  /** A rule line that jumps to a user chain inserted: the changed chain's jumps are read again, the walk from the built-in chains made again. */
  jumpLineToDiagnosticsMs: number;
  /** A `:NAME - [0:0]` line of a new chain inserted: structure and unused chains checked again. */
  chainLineToDiagnosticsMs: number;
  documentSymbolMs: number;
  completionMs: number;
  completionItems: number;
  /** Completion right after a chain name is changed on a line (an edit only a patch of lines carries). */
  completionWhileTypingMs: number;
  /** The server's peak resident memory over the whole run, read after the final pause. */
  peakRssMb: number;
  /** Resident memory after the edits and a 3 s pause (the server collects the edits' garbage when edits pause). */
  rssAfterPauseMb: number;
}

export function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}

const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;

/** A memory figure of the process from /proc, in MB: VmHWM is the peak, VmRSS the current. */
function processMemory(pid: number | undefined, field: 'VmHWM' | 'VmRSS'): number {
  try {
    const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : NaN;
  } catch {
    return NaN;
  }
}

export async function measureLsp(text: string, rules: number, samples = 300): Promise<LspFigures> {
  const client = await startServer({}, serverExecArgv);
  const uri = `file:///bench/rules-${rules}.v4`;
  const c = client.connection;
  try {
    let t0 = process.hrtime.bigint();
    await c.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'iptables', version: 1, text } });
    await client.diagnostics(uri, 1, 300_000);
    const openToDiagnosticsMs = ms(t0);

    const lines = text.split('\n');
    const ruleLines = lines.map((l, i) => (l.startsWith('-A ') ? i : -1)).filter((i) => i >= 0);
    const pick = (k: number) => ruleLines[Math.floor((k * 7919) % ruleLines.length)];

    const hovers: number[] = [];
    for (let k = 0; k < samples; k++) {
      const line = pick(k);
      const character = Math.floor((k * 31) % Math.max(1, lines[line].length));
      t0 = process.hrtime.bigint();
      await c.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } });
      hovers.push(ms(t0));
    }
    const definitions: number[] = [];
    for (let k = 0; k < samples; k++) {
      const line = pick(k + 1000);
      const at = lines[line].lastIndexOf('-j ');
      t0 = process.hrtime.bigint();
      await c.sendRequest('textDocument/definition', { textDocument: { uri }, position: { line, character: at < 0 ? 4 : at + 4 } });
      definitions.push(ms(t0));
    }

    // One character changed in the middle of the file: a digit of a port, then more such edits.
    let version = 1;
    const editPort = async (k: number): Promise<number> => {
      const at = ruleLines.slice(Math.floor((k * 7919) % ruleLines.length)).find((l) => /--dport \d/.test(lines[l])) ?? ruleLines[0];
      const col = lines[at].indexOf('--dport ') + 8;
      const start = process.hrtime.bigint();
      version++;
      await c.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line: at, character: col }, end: { line: at, character: col + 1 } }, text: String((k % 9) + 1) }],
      });
      await client.diagnostics(uri, version, 300_000);
      return ms(start);
    };
    const editToDiagnosticsMs = await editPort(samples * 3);
    const edits: number[] = [];
    for (let k = 1; k <= 20; k++) edits.push(await editPort(samples * 3 + k * 101));

    const newLine = ruleLines[Math.floor(ruleLines.length / 2)];
    const lineChange = async (start: number, end: number, text: string): Promise<number> => {
      const began = process.hrtime.bigint();
      version++;
      await c.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line: start, character: 0 }, end: { line: end, character: 0 } }, text }],
      });
      await client.diagnostics(uri, version, 300_000);
      return ms(began);
    };
    const blankLineToDiagnosticsMs = await lineChange(newLine, newLine, '\n');
    await lineChange(newLine, newLine + 1, '');
    t0 = process.hrtime.bigint();
    version++;
    await c.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line: newLine, character: 0 }, end: { line: newLine, character: 0 } }, text: '-A INPUT -p tcp --dport 2222 -j ACCEPT\n' }],
    });
    await client.diagnostics(uri, version, 300_000);
    const newLineToDiagnosticsMs = ms(t0);

    t0 = process.hrtime.bigint();
    version++;
    await c.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line: newLine, character: 0 }, end: { line: newLine + 1, character: 0 } }, text: '' }],
    });
    await client.diagnostics(uri, version, 300_000);
    const deleteLineToDiagnosticsMs = ms(t0);
    const jumpLineToDiagnosticsMs = await lineChange(newLine, newLine, '-A INPUT -p tcp --dport 2223 -j KUBE-MARK-MASQ\n');
    await lineChange(newLine, newLine + 1, '');
    const chainLine = lines.findIndex((l) => l.startsWith(':KUBE-'));
    const chainLineToDiagnosticsMs = await lineChange(chainLine, chainLine, ':BENCH-NEW - [0:0]\n');
    await lineChange(chainLine, chainLine + 1, '');

    t0 = process.hrtime.bigint();
    (await c.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
    const documentSymbolMs = ms(t0);

    const jumpLine = ruleLines.find((l) => lines[l].startsWith('-A KUBE-SERVICES') && lines[l].includes(' -j ')) ?? ruleLines[0];
    t0 = process.hrtime.bigint();
    const completion = (await c.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: jumpLine, character: lines[jumpLine].lastIndexOf('-j ') + 3 } })) as CompletionItem[] | CompletionList;
    const completionMs = ms(t0);
    const completionItems = Array.isArray(completion) ? completion.length : completion.items.length;

    version++;
    await c.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line: jumpLine, character: 0 }, end: { line: jumpLine, character: lines[jumpLine].length } }, text: '-A KUBE-SERV' }],
    });
    t0 = process.hrtime.bigint();
    await c.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: jumpLine, character: 12 } });
    const completionWhileTypingMs = ms(t0);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    // The peak after the pause: it includes the patch the typing edit postponed to it.
    const peakRssMb = processMemory(client.process.pid, 'VmHWM');
    const rssAfterPauseMb = processMemory(client.process.pid, 'VmRSS');

    return {
      rules,
      openToDiagnosticsMs: Math.round(openToDiagnosticsMs),
      hoverMedianMs: +quantile(hovers, 0.5).toFixed(2),
      hoverP99Ms: +quantile(hovers, 0.99).toFixed(2),
      definitionMedianMs: +quantile(definitions, 0.5).toFixed(2),
      definitionP99Ms: +quantile(definitions, 0.99).toFixed(2),
      editToDiagnosticsMs: Math.round(editToDiagnosticsMs),
      editMedianMs: Math.round(quantile(edits, 0.5)),
      blankLineToDiagnosticsMs: Math.round(blankLineToDiagnosticsMs),
      newLineToDiagnosticsMs: Math.round(newLineToDiagnosticsMs),
      deleteLineToDiagnosticsMs: Math.round(deleteLineToDiagnosticsMs),
      jumpLineToDiagnosticsMs: Math.round(jumpLineToDiagnosticsMs),
      chainLineToDiagnosticsMs: Math.round(chainLineToDiagnosticsMs),
      documentSymbolMs: Math.round(documentSymbolMs),
      completionMs: +completionMs.toFixed(1),
      completionItems,
      completionWhileTypingMs: +completionWhileTypingMs.toFixed(1),
      peakRssMb,
      rssAfterPauseMb,
    };
  } finally {
    await client.close();
  }
}
