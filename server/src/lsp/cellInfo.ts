/**
 * `miitelCsv/cellInfo`: the column under the caret, for the client's status bar. Answered from the
 * parse of exactly the version the client names: a caret position in another text would name the
 * wrong column, so any other version gets null and the client asks again.
 */
import { type CellInfo, CellInfoRequest } from '../../../shared/protocol';
import { getCaretColumn } from '../service/languageService';
import { type Feature, isCurrent, miitelFileAt } from './context';
import { runSafe } from './runSafe';

/** Answers {@link CellInfoRequest}. */
export const cellInfo: Feature = {
  register(context) {
    context.connection.onRequest(CellInfoRequest, (params, token) =>
      runSafe<CellInfo | null>(context.logger, 'Cell info', token, null, async () => {
        const document = typeof params?.uri === 'string' ? context.documents.get(params.uri) : undefined;
        if (!document || document.version !== params.version) return null;
        const file = await miitelFileAt(context, document, params.position);
        if (!file || !isCurrent(context, file) || file.version !== params.version) return null;
        const caret = getCaretColumn(file.doc, file.lines.offsetAt(params.position));
        return caret && { version: file.version, ...caret };
      }),
    );
  },
};
