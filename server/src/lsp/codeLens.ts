/**
 * `textDocument/codeLens`: a CSV that resembles a MiiTel user CSV (exactly two known headers on its
 * first line) but is not checked gets one lens on line 1, "Check this file as a MiiTel user CSV",
 * which runs the client command adding it to the organisation config's `files`. Every other
 * document, MiiTel files included, gets none.
 */
import { type CodeLens, CodeLensRefreshRequest } from 'vscode-languageserver';
import { COMMANDS } from '../../../shared/commands';
import { resemblesMiitelHeader } from '../service/languageService';
import { featureText } from '../service/messages';
import { type Feature, miitelFile } from './context';
import { describeError } from './logger';
import { runSafe } from './runSafe';

export const codeLens: Feature = {
  capabilities: () => ({ codeLensProvider: { resolveProvider: false } }),
  register(context) {
    context.connection.onCodeLens((params, token) =>
      runSafe<CodeLens[]>(context.logger, 'Code lens', token, [], async () => {
        const document = context.documents.get(params.textDocument.uri);
        // Only CSV documents (a `miitelCsv.files` pattern may also send others, which are checked anyway).
        if (!document || document.languageId !== 'csv') return [];
        if (!resemblesMiitelHeader(document.getText()) || (await miitelFile(context, document))) return [];
        const command = { title: featureText.checkAsUserCsv, command: COMMANDS.checkAsUserCsv, arguments: [document.uri] };
        return [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, command }];
      }),
    );
    return {
      // `miitelCsv.files` (or the organisation config) may now name the file: its lens goes.
      settingsChanged() {
        if (!context.capabilities.workspace?.codeLens?.refreshSupport) return;
        context.connection
          .sendRequest(CodeLensRefreshRequest.type)
          .catch((error: unknown) => context.logger.warn(`Code lens refresh failed: ${describeError(error)}`));
      },
    };
  },
};
