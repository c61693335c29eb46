/** What a reader of a parsed CSV sees, as plain data for `deepEqual` (the parser's property tests compare these). */
import * as assert from 'node:assert/strict';
import type { CsvDocument, CsvRecord } from '../../shared/csv/csvDocument';

const plain = (r: CsvRecord) => ({ start: r.start, end: r.end, line: r.line, blank: r.blank, cells: r.cells.map((c) => ({ ...c })) });

/**
 * Everything a reader of the model sees: the text, records with their cells (read one by one, as
 * the hot paths do, and checked against the `records` array and `recordStart`), errors, BOM, line
 * terminator and delimiter.
 */
export function csvView(doc: CsvDocument) {
  const records = Array.from({ length: doc.recordCount }, (_, i) => plain(doc.record(i)));
  assert.deepEqual(doc.records.map(plain), records);
  assert.deepEqual(
    Array.from({ length: doc.recordCount }, (_, i) => doc.recordStart(i)),
    records.map((r) => r.start),
  );
  return { text: doc.text, records, errors: doc.errors.map((e) => ({ ...e })), bom: doc.bom, eol: doc.eol, delimiter: doc.delimiter };
}
