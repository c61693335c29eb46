/**
 * `csv/field-count`: a user row whose number of fields differs from the header's. MiiTel reads
 * fields by position, so a missing or extra comma shifts every later value into the wrong column.
 */
import type { CsvCell } from '../../../../../../shared/csv/csvDocument';
import { fixText as t, messages } from '../../../messages';
import { cellCount, isEmptyRecordOf as isEmptyRecord } from '../../../../../../shared/csv/parserModel';
import { code, type FixContext, type Fix, type RowRule } from '../../types';

/** Data of `csv/field-count`. */
export interface FieldCountData {
  readonly expected: number;
  readonly actual: number;
}

/** Adds the missing commas at the end of the row, or removes extra fields when they are all empty. */
function fixFieldCount({ doc, location, data, fix }: FixContext<FieldCountData>): Fix[] {
  const record = location?.record;
  if (!record) return [];
  if (data.actual < data.expected) {
    const n = data.expected - data.actual;
    // Not preferred, so never in fix-all: a short row may have lost a comma mid-row, and filling it up
    // at the end would leave every later value in the column before its own (a 0/1 flag there is
    // still a valid 0/1, so nothing would say so) while the row looks whole.
    return [fix(t.addFields(n), [{ offset: record.end, length: 0, newText: (doc.csv.delimiter ?? ',').repeat(n) }], false)];
  }
  const extra: readonly CsvCell[] = record.cells.slice(data.expected);
  const lastKept = record.cells[data.expected - 1];
  if (!lastKept || extra.some((c) => c.value !== '' || c.quoted)) return [];
  return [fix(t.removeFields(extra.length), [{ offset: lastKept.end, length: record.end - lastKept.end, newText: '' }])];
}

const codes = {
  // Fix-all: only empty fields at the end are removed, so every value stays where it is and means what
  // it meant. Adding fields to a short row stays a quick fix the user chooses (see fixFieldCount).
  'csv/field-count': code<FieldCountData>('error', fixFieldCount, 'fieldCount'),
};

export const fieldCountRule: RowRule<typeof codes> = {
  name: 'fieldCount',
  codes,
  // A short or long template row shifts values like any other.
  unusedTemplateRows: true,
  // Without a header there is nothing to compare with; missing-column reports the file once. The
  // usual answer before the empty header (checking for one reads all its cells).
  cleanRow: ({ doc: { header } }, _row, count) => !header || count === cellCount(header) || isEmptyRecord(header),
  checkRow({ doc }, { record }, cells, report) {
    // `cleanRow` rejected the row: there is a header, and this row has another number of fields.
    const expected = cellCount(doc.header!);
    const actual = cells.length;
    const data = { expected, actual };
    // Rendered only if reported: a file of short rows has one finding per row.
    if (actual < expected) {
      const message = () => messages.fieldCountTooFew(expected, actual, doc.csv.delimiter ?? ',');
      report('csv/field-count', { offset: record.start, length: record.end - record.start }, message, data);
      return;
    }
    // Mark the extra fields themselves. When they are all empty (trailing commas, as spreadsheet
    // programs write them) that range would show nothing useful, so mark the commas instead.
    const extras = cells.slice(expected);
    const offset = extras.every((c) => c.start === c.end) ? cells[expected - 1]!.end : extras[0]!.start;
    const message = () => messages.fieldCountTooMany(expected, actual);
    report('csv/field-count', { offset, length: record.end - offset }, message, data);
  },
};
