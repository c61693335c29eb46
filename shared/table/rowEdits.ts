/**
 * Adding, duplicating and deleting rows as edits of the text that leave every other byte as it was.
 *
 * A new line ends like its neighbours [decision]: inserted after a row that has a line terminator,
 * it takes that row's terminator (`\r\n` or `\n`); after the text's last row when the text does not
 * end with a line break, the new line is added after a `TableModel.eol` and the text still ends
 * without one. Deleting rows removes their lines with their terminators; deleting the last row of a
 * text that does not end with a line break removes the terminator before it instead, so the text
 * still ends without one (unless the line before is blank: its terminator is all of it, and stays).
 * A BOM, blank lines and the header are never touched.
 *
 * Values are given, never made up here: a new user's password comes from the caller (the project's
 * CSPRNG generator, server/src/service/password.ts, lives on the server side; see userRows.ts).
 */
import { fieldText, recordText } from '../csv/quote';
import type { TableModel, TableRow, TableTextEdit } from './tableModel';

/**
 * The edit adding a row of `values` (by position, written with quotes where needed) after the last
 * user row, or after the header when there is none.
 */
export function addRowEdits(model: TableModel, values: readonly string[]): TableTextEdit[] {
  const after = model.rows[model.rows.length - 1] ?? model.header;
  const line = recordText(values, model.delimiter);
  return [after ? insertAfter(model, after, line) : { offset: model.text.length, length: 0, newText: line }];
}

/**
 * The edit inserting a copy of `row` right after it, with the fields of `replacements` (position →
 * value) set to those values: the caller empties the Login ID and gives a fresh password (userRows.ts).
 * Other fields are copied as written, quotes included; a field the server reads as a broken quote is
 * written quoted properly in the copy, so the copy holds the same value without the broken quote.
 */
export function duplicateRowEdits(model: TableModel, row: TableRow, replacements: ReadonlyMap<number, string>): TableTextEdit[] {
  checkRow(model, row);
  const count = Math.max(row.cells.length, ...[...replacements.keys()].map((k) => k + 1));
  const fields: string[] = [];
  for (let i = 0; i < count; i++) {
    const replacement = replacements.get(i);
    const cell = row.cells[i];
    if (replacement !== undefined) fields.push(fieldText(replacement, model.delimiter));
    else if (!cell) fields.push('');
    else if (cell.quoted || !cell.value.includes('"')) fields.push(model.text.slice(cell.start, cell.end));
    else fields.push(fieldText(cell.value, model.delimiter));
  }
  return [insertAfter(model, row, fields.join(model.delimiter))];
}

/**
 * The edits deleting `rows` (user rows of `model`, in any order, repeats ignored), sorted by offset
 * and never overlapping: one per run of rows that follow each other in the text.
 * @throws RangeError for the header or a row not of this model (a stale row after another edit).
 */
export function deleteRowsEdits(model: TableModel, rows: readonly TableRow[]): TableTextEdit[] {
  for (const row of rows) checkRow(model, row);
  const indices = [...new Set(rows.map((r) => r.recordIndex))].sort((a, b) => a - b);
  const edits: TableTextEdit[] = [];
  for (let i = 0; i < indices.length;) {
    let j = i;
    while (j + 1 < indices.length && indices[j + 1] === indices[j]! + 1) j++;
    const first = model.records[indices[i]!]!;
    const last = model.records[indices[j]!]!;
    // The header is record 0 and never deleted, so a record before `first` exists; the terminator
    // of a blank one is all its line is, so it stays and the text ends with a line break.
    const before = model.records[indices[i]! - 1]!;
    const terminated = last.next > last.end;
    const from = terminated || before.start === before.end ? first.start : before.end;
    const to = terminated ? last.next : last.end;
    edits.push({ offset: from, length: to - from, newText: '' });
    i = j + 1;
  }
  return edits;
}

/** The edit inserting the record `line` (no terminator) as a new line after `row`. */
function insertAfter(model: TableModel, row: TableRow, line: string): TableTextEdit {
  if (row.next > row.end) return { offset: row.next, length: 0, newText: line + model.text.slice(row.end, row.next) };
  return { offset: row.end, length: 0, newText: model.eol + line };
}

/** Refuses the header and rows that are not `model`'s (read from another version of the text). */
function checkRow(model: TableModel, row: TableRow): void {
  const record = model.records[row.recordIndex];
  if (
    row.recordIndex < 1 ||
    !record ||
    record.start !== row.start ||
    record.end !== row.end ||
    model.rows[row.index]?.recordIndex !== row.recordIndex
  ) {
    throw new RangeError(`line ${row.line} is not a user row of this text`);
  }
}
