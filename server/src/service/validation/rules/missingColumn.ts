/**
 * `header/missing-column`: a required column, or the column of a subscribed product, is not in
 * the header. Reported on the header record, since the column has no cell to point at.
 */
import type { DiagnosticDataMap } from '../../../../../shared/codes';
import { isColumnSubscribed } from '../../../../../shared/formats/index';
import { messages } from '../../messages';
import { isEmptyRecordOf as isEmptyRecord } from '../../parserModel';
import type { DocumentRule } from '../types';

export const missingColumnRule: DocumentRule = {
  name: 'missingColumn',
  check({ doc, settings }, report) {
    const { header, positions } = doc;
    const offset = header?.start ?? 0;
    const length = header ? header.end - header.start : 0;
    const subscriptions = settings.subscriptions;
    const missing = doc.format.columns.filter((c) => !positions.has(c.id) && isColumnSubscribed(c, subscriptions));
    if (missing.length === 0) return;

    // An empty file, a blank first line, or a first line naming no column at all (typically a user
    // row whose header was deleted) is one problem, not eleven: report it once, with the data of
    // the first missing column so a fix can still key on it.
    if (!header || isEmptyRecord(header) || positions.size === 0) {
      const first = missing[0];
      const data: DiagnosticDataMap['header/missing-column'] = { column: first.id, header: first.header, index: first.index };
      const message = !header || isEmptyRecord(header) ? messages.missingHeader(doc.format) : messages.headerNotRecognised(doc.format);
      report({ code: 'header/missing-column', offset, length, message, data });
      return;
    }

    for (const column of missing) {
      const data: DiagnosticDataMap['header/missing-column'] = { column: column.id, header: column.header, index: column.index };
      // Name the subscribed products that make an optional column needed.
      const products = column.products?.filter((p) => subscriptions.includes(p));
      report({ code: 'header/missing-column', offset, length, message: messages.missingColumn(column, products), data });
    }
  },
};
