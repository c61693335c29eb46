/**
 * `encoding/mismatch` (error): the text is garbled because the file was read in the wrong encoding
 * (or was saved so once); `encoding/unsupported` (error): the file is UTF-16, UTF-32 or EUC-JP,
 * which MiiTel refuses. One finding per file at most; the detection lives in `encodingCheck.ts`.
 */
import { COMMANDS } from '../../../../../../shared/commands';
import { EDITOR_ENCODING_IDS } from '../../../../../../shared/encodings';
import { checkEncoding, type EncodingMismatchData, type EncodingUnsupportedData } from '../../../encodingCheck';
import { cellAt } from '../../../locate';
import { fixText as t } from '../../../messages';
import type { MiitelDocument } from '../../../miitelDocument';
import { hiddenReason } from '../../shown';
import { code, type DocumentRule } from '../../types';

const codes = {
  // Reopening re-reads the bytes: only the client can, and only when the bytes are intact.
  'encoding/mismatch': code<EncodingMismatchData>('error', ({ problem, data, uri }) => {
    if (!data.detected) return [];
    const title = t.reopenAs(data.detected);
    const command = { id: COMMANDS.reopenWithEncoding, title, arguments: [uri, EDITOR_ENCODING_IDS[data.detected]] };
    return [{ title, problem, changes: [], preferred: true, command }];
  }),
  /** No quick fix: saving in another encoding is the editor's "Save with Encoding". */
  'encoding/unsupported': code<EncodingUnsupportedData>('error'),
};

export const encodingRule: DocumentRule<typeof codes> = {
  name: 'encoding',
  codes,
  check({ doc, encoding }, report) {
    const found = checkEncoding(doc.csv.text, encoding, (offset) => mayQuote(doc, offset));
    if (found?.code === 'encoding/mismatch') report(found.code, found, found.message, found.data);
    else if (found) report(found.code, found, found.message, found.data);
  },
};

/** Whether the text at `offset` may be quoted: outside the cells, in the header, or in a cell shown.ts allows. */
function mayQuote(doc: MiitelDocument, offset: number): boolean {
  const location = cellAt(doc, offset);
  return !location || location.isHeader || hiddenReason(doc, location.record.cells, location.column) === undefined;
}
