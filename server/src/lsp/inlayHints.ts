/** `textDocument/inlayHint`: code meanings after their cells, switchable with `miitelCsv.inlayHints.enabled`. */
import type { InlayHint } from 'vscode-languageserver';
import { getInlayHints } from '../service/languageService';
import { type Feature, miitelFileAt } from './context';
import { describeError } from './logger';
import { runSafe } from './runSafe';

export const inlayHints: Feature = {
  capabilities: () => ({ inlayHintProvider: { resolveProvider: false } }),
  register(context) {
    context.connection.languages.inlayHint.on((params, token) =>
      runSafe<InlayHint[]>(context.logger, 'Inlay hints', token, [], async () => {
        const document = context.documents.get(params.textDocument.uri);
        const file = document && (await miitelFileAt(context, document, params.range.end));
        if (!file || !file.settings.inlayHints.enabled) return [];
        return getInlayHints(file.lines, file.doc, params.range);
      }),
    );
    return {
      settingsChanged() {
        if (!context.capabilities.workspace?.inlayHint?.refreshSupport) return;
        context.connection.languages.inlayHint
          .refresh()
          .catch((error: unknown) => context.logger.warn(`Inlay hint refresh failed: ${describeError(error)}`));
      },
    };
  },
};
