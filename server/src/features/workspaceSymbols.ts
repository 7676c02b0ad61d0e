// Workspace symbols: chains of every known document whose name contains the query.
import type { Range, SymbolInformation } from 'vscode-languageserver';
import { familyScopes, type ChainSymbol, type DocumentModel } from '../analysis/model';
import { builtinChainSymbolKind, definingKinds, tableLabel, userChainSymbolKind } from './symbols';

interface KnownDocument {
  uri: string;
  model: DocumentModel;
}

/** Case-insensitive substring match; an empty query lists every chain. */
export function workspaceSymbols(documents: readonly KnownDocument[], query: string): SymbolInformation[] {
  const wanted = query.toLowerCase();
  const found: SymbolInformation[] = [];
  for (const { uri, model } of documents) {
    for (const scope of familyScopes(model)) {
      for (const [table, chains] of scope.chains) {
        for (const chain of chains.values()) {
          if (!chain.name.toLowerCase().includes(wanted)) continue;
          const where = homeReference(chain);
          if (!where) continue;
          found.push({
            name: chain.name,
            kind: chain.builtin ? builtinChainSymbolKind : userChainSymbolKind,
            location: { uri, range: where },
            // The other family's chains say so, as the outline's groups do.
            containerName: tableLabel(table, chain.family, model.family),
          });
        }
      }
    }
  }
  return found;
}

/** Where the chain is created, else where it first gets rules or a policy; undefined for a chain only jumped to. */
function homeReference(chain: ChainSymbol): Range | undefined {
  const declared = chain.declarations[0];
  if (declared) return declared.word.range;
  return chain.references.find((r) => definingKinds.has(r.kind))?.word.range;
}
