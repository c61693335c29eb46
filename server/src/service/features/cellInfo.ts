/**
 * The column under the caret, for the client's status bar ("Time zone · 5/24 · 0 = (GMT+9:00)
 * Tokyo"): read from the parse, so quoted fields holding commas or line breaks, tab- and
 * semicolon-separated files and header aliases all count as the checker counts them.
 */
import { allowedValues } from '../../../../shared/formats/index';
import { t } from '../../../../shared/l10n';
import { cellAt } from '../locate';
import type { MiitelDocument } from '../miitelDocument';
import { featureText } from '../messages';
import { hiddenReason } from '../validation/shown';

/** The caret's column; see `CellInfo` in shared/protocol.ts (this is it without the version). */
export interface CaretColumn {
  readonly column: number;
  readonly columns: number;
  readonly name: string;
  readonly code?: string;
  readonly meaning?: string;
}

/**
 * The column of the field at `offset`, or null on a blank line, past a line's end or in a file
 * without a header. A value is returned only when it is one of the column's codes, and never from a
 * password column or a row whose fields may be shifted (where a code column may hold the password).
 */
export function getCaretColumn(doc: MiitelDocument, offset: number): CaretColumn | null {
  const location = cellAt(doc, offset);
  if (!location || (!location.isHeader && !location.row) || doc.headerColumns.length === 0) return null;
  const header = doc.headerColumns[location.position];
  const written = header?.cell.value.replace(/\s+/g, ' ').trim();
  const name = location.column?.header ?? (written || featureText.extraFieldName);
  const caret = { column: location.position + 1, columns: doc.headerColumns.length, name };
  const column = location.column;
  if (location.isHeader || column?.kind !== 'code' || hiddenReason(doc, location.record.cells, column)) return caret;
  const value = allowedValues(column).find((v) => v.code === location.cell.value);
  return value ? { ...caret, code: value.code, meaning: t(value.label) } : caret;
}
