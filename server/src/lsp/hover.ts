/** `textDocument/hover`: explains the cell under the pointer (see service/features/hover.ts). */
import type { Hover } from 'vscode-languageserver';
import { doHover } from '../service/languageService';
import { type Feature, isCurrent, miitelFileAt } from './context';
import { isLargeFile, readyProblems } from './problems';
import { runSafe } from './runSafe';

export const hover: Feature = {
  capabilities: () => ({ hoverProvider: true }),
  register(context) {
    context.connection.onHover((params, token) =>
      runSafe<Hover | null>(context.logger, 'Hover', token, null, async () => {
        const document = context.documents.get(params.textDocument.uri);
        const file = document && (await miitelFileAt(context, document, params.position));
        if (!file) return null;
        const offset = file.lines.offsetAt(params.position);
        // A large file still being parsed: no findings and no row keys yet, as before its validation begins.
        if (!file.state) return doHover(file.lines, file.doc, offset, [], null);
        // A large file's background validation is not waited for: the hover shows findings once it is done.
        const problems = await readyProblems(context, file);
        // Edited, closed or reopened while the problems were computed (they wait for files on disk): the parse no longer
        // matches the text, so its ranges would point at the wrong characters.
        if (!isCurrent(context, file)) return null;
        // A large file whose background check has not begun has no row keys yet: its Login ID count
        // waits for them rather than reading every row on each hover.
        const rowResults = file.state.parsed.rowResults ?? (isLargeFile(file) ? null : undefined);
        return doHover(file.lines, file.doc, offset, problems, rowResults);
      }),
    );
  },
};
