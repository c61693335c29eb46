/** `textDocument/hover`: explains the cell under the pointer (see service/features/hover.ts). */
import type { Hover } from 'vscode-languageserver';
import { doHover } from '../service/languageService';
import { type Feature, isCurrent, miitelFile } from './context';
import { isLargeFile, readyProblems } from './problems';
import { runSafe } from './runSafe';

export const hover: Feature = {
  capabilities: () => ({ hoverProvider: true }),
  register(context) {
    context.connection.onHover((params, token) =>
      runSafe<Hover | null>(context.logger, 'Hover', token, null, async () => {
        const document = context.documents.get(params.textDocument.uri);
        const file = document && (await miitelFile(context, document));
        if (!file) return null;
        const offset = document.offsetAt(params.position);
        // A large file's background validation is not waited for: the hover shows findings once it is done.
        const problems = await readyProblems(context, file);
        // Edited, closed or reopened while the problems were computed (they wait for files on disk): the parse no longer
        // matches the text, so its ranges would point at the wrong characters.
        if (!isCurrent(context, file)) return null;
        // A large file whose background check has not begun has no row keys yet: its Login ID count
        // waits for them rather than reading every row on each hover.
        const rowResults = file.state.parsed.rowResults ?? (isLargeFile(file) ? null : undefined);
        return doHover(document, file.doc, offset, problems, rowResults);
      }),
    );
  },
};
