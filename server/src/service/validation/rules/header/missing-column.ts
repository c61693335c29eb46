/**
 * `header/missing-column`: a required column, or the column of a subscribed product, is not in
 * the header. Reported on the header record, since the column has no cell to point at.
 */
import { type ColumnId, type ColumnSpec, isColumnSubscribed } from '../../../../../../shared/formats/index';
import type { TextChange } from '../../../features/textChange';
import { fixText as t, messages } from '../../../messages';
import type { MiitelDocument } from '../../../miitelDocument';
import { isEmptyRecordOf as isEmptyRecord } from '../../../../../../shared/csv/parserModel';
import type { CsvRecord } from '../../../../../../shared/csv/csvDocument';
import { code, type DocumentRule, type Fix, type FixContext } from '../../types';
import { suggestColumn } from './unknown-column';

/** Data of `header/missing-column`. */
export interface MissingColumnData {
  readonly column: ColumnId;
  readonly header: string;
  readonly index: number;
}

/** Inserts the column; when an unknown header looks like a misspelling of it, renaming that is the fix to prefer. */
function fixMissingColumn({ doc, data, fix }: FixContext<MissingColumnData>): Fix[] {
  if (!doc.header || doc.header.blank) return [];
  // Each distinct text once: the first line of a huge non-CSV file can repeat one text a million times.
  const unknown = new Set(doc.headerColumns.filter((h) => !h.column).map((h) => h.cell.value));
  const misspelt = [...unknown].some((text) => suggestColumn(doc, text)?.id === data.column);
  const column = doc.format.column(data.column);
  if (!column) return [];
  const changes = insertColumn(doc, column);
  return [fix(t.insertColumn(column, column.defaultValue), changes, !misspelt)];
}

/**
 * Inserts a missing column at its template position: after the last present column that comes
 * before it in the template, in the header and in every user row (default value).
 */
function insertColumn(doc: MiitelDocument, column: ColumnSpec): TextChange[] {
  const before = doc.format.columns.filter((c) => c.index < column.index && doc.positions.has(c.id)).map((c) => doc.positions.get(c.id)!);
  const after = before.length > 0 ? Math.max(...before) : -1;
  const value = column.defaultValue;
  const insertInto = (record: CsvRecord, text: string): TextChange | undefined => {
    if (after < 0) return { offset: record.start, length: 0, newText: `${text},` };
    // A row shorter than the header gets the field at its end (csv/field-count reports the rest).
    const cell = record.cells[Math.min(after, record.cells.length - 1)];
    if (!cell) return undefined;
    return { offset: cell.end, length: 0, newText: `,${text}` };
  };
  const changes = [insertInto(doc.header!, column.header), ...doc.rows.map((r) => insertInto(r.record, value))];
  return changes.filter((c): c is TextChange => c !== undefined);
}

const codes = {
  // Fix-all: the column gets the template's default, what MiiTel's own template holds there; no value
  // the administrator wrote changes (a misspelt header is renamed instead, see fixMissingColumn).
  'header/missing-column': code<MissingColumnData>('error', fixMissingColumn, 'missingColumn'),
};

export const missingColumnRule: DocumentRule<typeof codes> = {
  name: 'missingColumn',
  codes,
  check({ doc, settings }, report) {
    const { header, positions } = doc;
    const span = { offset: header?.start ?? 0, length: header ? header.end - header.start : 0 };
    const subscriptions = settings.subscriptions;
    const missing = doc.format.columns.filter((c) => !positions.has(c.id) && isColumnSubscribed(c, subscriptions));
    if (missing.length === 0) return;

    // An empty file, a blank first line, or a first line naming no column at all (typically a user
    // row whose header was deleted) is one problem, not eleven: report it once, with the data of
    // the first missing column so a fix can still key on it.
    if (!header || isEmptyRecord(header) || positions.size === 0) {
      const first = missing[0]!;
      const message = !header || isEmptyRecord(header) ? messages.missingHeader(doc.format) : messages.headerNotRecognised(doc.format);
      report('header/missing-column', span, message, { column: first.id, header: first.header, index: first.index });
      return;
    }

    for (const column of missing) {
      // Name the subscribed products that make an optional column needed.
      const products = column.products?.filter((p) => subscriptions.includes(p));
      const data = { column: column.id, header: column.header, index: column.index };
      report('header/missing-column', span, messages.missingColumn(column, products), data);
    }
  },
};
