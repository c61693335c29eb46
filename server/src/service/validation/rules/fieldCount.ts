/**
 * `csv/field-count`: a user row whose number of fields differs from the header's. MiiTel reads
 * fields by position, so a missing or extra comma shifts every later value into the wrong column.
 */
import type { DiagnosticDataMap } from '../../../../../shared/codes';
import { messages } from '../../messages';
import { isEmptyRecordOf as isEmptyRecord } from '../../parserModel';
import { cellCount } from '../../parserModel';
import type { RowRule } from '../types';

export const fieldCountRule: RowRule = {
  name: 'fieldCount',
  checkRow({ doc }, { record }, cells, report) {
    // Without a header there is nothing to compare with; missing-column reports the file once.
    if (!doc.header || isEmptyRecord(doc.header)) return;
    const expected = cellCount(doc.header);
    const actual = cells.length;
    if (actual === expected) return;
    const data: DiagnosticDataMap['csv/field-count'] = { expected, actual };
    if (actual < expected) {
      const message = messages.fieldCountTooFew(expected, actual);
      report({ code: 'csv/field-count', offset: record.start, length: record.end - record.start, message, data });
      return;
    }
    // Mark the extra fields themselves. When they are all empty (trailing commas, as spreadsheet
    // programs write them) that range would show nothing useful, so mark the commas instead.
    const extras = cells.slice(expected);
    const offset = extras.every((c) => c.start === c.end) ? cells[expected - 1].end : extras[0].start;
    const message = messages.fieldCountTooMany(expected, actual);
    report({ code: 'csv/field-count', offset, length: record.end - offset, message, data });
  },
};
