/**
 * Writing cells: a value as a CSV field, and a cell's new value as an edit of the text that touches
 * that field only, so every other byte of the file stays as it was (the rest of its quoting, its
 * delimiter, its line endings, its BOM).
 *
 * Quoting is the project's one routine (shared/csv/quote.ts), which the server's quick fixes use
 * too, with the file's own delimiter, so a value holding `;` in a semicolon file stays one field.
 *
 * How an edited field is written [decision]:
 * - an unquoted field gets the value as it is, or quoted when it needs quotes;
 * - a quoted field keeps its quotes and only the text inside them changes (`"` doubled), even when
 *   the new value would need none: whoever wrote the file (often a spreadsheet that quotes every
 *   field) chose the quotes, MiiTel reads `"0"` as `0`, and the edit stays inside the field's
 *   quotes, the smallest change. The server's quick fixes write a cell the same way
 *   (server/src/service/features/textChange.ts `replaceCell`);
 * - a field past the end of a short row is added with the delimiters before it, at the row's end;
 *   setting it to '' adds nothing (it already reads as empty);
 * - in the header of a semicolon or tab file, a value holding any of `,`, `;` or a tab is quoted:
 *   the server decides the delimiter from the header's unquoted separators (shared/formats/delimiter.ts),
 *   and one bare comma there would make it read the whole file as a comma file.
 */
import { fieldText, quoted } from '../csv/quote';
import type { TableModel, TableRow, TableTextEdit } from './tableModel';

/**
 * The edits that make field `column` of `row` (a row of `model`, or its header) hold `value`: none
 * when it already does, else one edit within that field (or, past a short row's end, at the row's end).
 * @throws RangeError for a negative or fractional column.
 */
export function setCellEdits(model: TableModel, row: TableRow, column: number, value: string): TableTextEdit[] {
  if (!Number.isInteger(column) || column < 0) throw new RangeError(`no column ${column}`);
  const cell = row.cells[column];
  const field = (v: string) => (row.index < 0 && model.delimiter !== ',' && /[,;\t]/.test(v) ? quoted(v) : fieldText(v, model.delimiter));
  if (!cell) {
    if (value === '') return [];
    const delimiters = model.delimiter.repeat(column - row.cells.length + 1);
    return [{ offset: row.end, length: 0, newText: delimiters + field(value) }];
  }
  // An unchanged value is left as written, even a field the server flags (a stray quote in `ab"c`).
  if (cell.value === value) return [];
  if (cell.quoted) return [{ offset: cell.start + 1, length: cell.end - cell.start - 2, newText: value.replace(/"/g, '""') }];
  return [{ offset: cell.start, length: cell.end - cell.start, newText: field(value) }];
}
