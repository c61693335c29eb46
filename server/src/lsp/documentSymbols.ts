/** `textDocument/documentSymbol`: the header and one symbol per user, for the outline and breadcrumbs. */
import type { DocumentSymbol } from 'vscode-languageserver';
import { getDocumentSymbols } from '../service/features/documentSymbols';
import { type Feature, miitelFile } from './context';
import { runSafe } from './runSafe';

export const documentSymbols: Feature = {
  capabilities: () => ({ documentSymbolProvider: { label: 'MiiTel users' } }),
  register(context) {
    context.connection.onDocumentSymbol((params, token) =>
      runSafe<DocumentSymbol[]>(context.logger, 'Document symbols', token, [], async () => {
        const document = context.documents.get(params.textDocument.uri);
        const file = document && (await miitelFile(context, document));
        return file ? getDocumentSymbols(document, file.doc) : [];
      }),
    );
  },
};
