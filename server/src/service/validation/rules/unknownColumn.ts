/**
 * `header/unknown-column`: a header cell that names no MiiTel column (an empty header cell too).
 * Suggests the closest spec header among the columns the file still lacks, so that "did you mean"
 * never proposes a column that would then be a duplicate.
 */
import type { DiagnosticDataMap } from '../../../../../shared/codes';
import { COLUMNS, type ColumnSpec, normalizeHeader } from '../../../../../shared/spec';
import { closestMatch } from '../../editDistance';
import { messages } from '../../messages';
import { isEmptyRecord } from '../../miitelDocument';
import type { MiitelDocument } from '../../miitelDocument';
import type { DocumentRule } from '../types';

export const unknownColumnRule: DocumentRule = {
  name: 'unknownColumn',
  check({ doc }, report) {
    // A blank first line is "no header" (missing-column says so once), not one unknown empty cell.
    if (!doc.header || isEmptyRecord(doc.header)) return;
    for (const { cell, column } of doc.headerColumns) {
      if (column) continue;
      const suggestion = suggestColumn(doc, cell.value)?.header;
      const data: DiagnosticDataMap['header/unknown-column'] = suggestion ? { header: cell.value, suggestion } : { header: cell.value };
      const message = messages.unknownColumn(cell.value, suggestion);
      report({ code: 'header/unknown-column', offset: cell.offset, length: cell.length, message, data });
    }
  },
};

/** The column an unknown header most likely meant: the closest spec header among the columns the file lacks. */
export function suggestColumn(doc: MiitelDocument, header: string): ColumnSpec | undefined {
  const text = normalizeHeader(header);
  if (text === '') return undefined;
  const absent = COLUMNS.filter((c) => !doc.positions.has(c.id));
  return closestMatch(text, absent, (c) => normalizeHeader(c.header));
}
