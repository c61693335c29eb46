/** `textDocument/documentSymbol`: the header, holding one symbol per user, for the outline, breadcrumbs and sticky scroll. */
import type { DocumentSymbol, SymbolInformation } from 'vscode-languageserver';
import { getDocumentSymbols } from '../service/languageService';
import { type Feature, miitelFile } from './context';
import { runSafe } from './runSafe';
import { t } from '../../../shared/l10n';

export const documentSymbols: Feature = {
  // Rendered at initialize, after the language is loaded: the outline shows it when several providers answer.
  capabilities: () => ({ documentSymbolProvider: { label: t('MiiTel users') } }),
  register(context) {
    // A client without hierarchical support expects the flat SymbolInformation[] form (LSP 3.10+).
    const hierarchical = context.capabilities.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport === true;
    context.connection.onDocumentSymbol((params, token) =>
      runSafe<DocumentSymbol[] | SymbolInformation[]>(context.logger, 'Document symbols', token, [], async () => {
        const document = context.documents.get(params.textDocument.uri);
        const file = document && (await miitelFile(context, document));
        if (!file) return [];
        const symbols = getDocumentSymbols(document, file.doc, file.settings.maxItemsComputed);
        if (hierarchical) return symbols;
        // Flat: the header as its own line (a whole-file location would lead nowhere), then the users.
        const flat = (s: DocumentSymbol, range = s.range) => ({ name: s.name, kind: s.kind, location: { uri: document.uri, range } });
        return symbols.flatMap((s) => (s.children ? [flat(s, s.selectionRange), ...s.children.map((c) => flat(c))] : [flat(s)]));
      }),
    );
  },
};
