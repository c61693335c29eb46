/** `textDocument/completion`: codes with their meanings, and missing header names. */
import type { CompletionList } from 'vscode-languageserver';
import { doComplete } from '../service/languageService';
import { type Feature, miitelFileAt } from './context';
import { runSafe } from './runSafe';

export const completion: Feature = {
  // A comma starts a new cell: offer its codes straight away.
  capabilities: () => ({ completionProvider: { triggerCharacters: [','], resolveProvider: false } }),
  register(context) {
    context.connection.onCompletion((params, token) =>
      runSafe<CompletionList | null>(context.logger, 'Completion', token, null, async () => {
        const document = context.documents.get(params.textDocument.uri);
        const file = document && (await miitelFileAt(context, document, params.position));
        return file ? doComplete(file.lines, file.doc, file.lines.offsetAt(params.position)) : null;
      }),
    );
  },
};
