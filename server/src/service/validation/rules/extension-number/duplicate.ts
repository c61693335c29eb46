/**
 * `extension-number/duplicate`: an Extension number used by an earlier row of the file (update
 * files). Every occurrence after the first is reported, pointing back at the first.
 */
import { messages } from '../../../messages';
import type { UserRow } from '../../../miitelDocument';
import { cellOf } from '../../../../../../shared/csv/parserModel';
import { code, type UniquenessRule } from '../../types';
import { shownValue } from '../../shown';
import { canonical, lineOf, trimmedSpan } from '../../values';
import { EXTENSION_NUMBER } from './format';

/** Data of `extension-number/duplicate`: the line the number was first used on. */
export interface ExtensionNumberDuplicateData {
  readonly firstLine: number;
}

/** No quick fix: which of the two users needs another number is the author's call. */
const codes = { 'extension-number/duplicate': code<ExtensionNumberDuplicateData>('error') };

/** Rows compared between two chances for the runner to stop. */
const ROWS_PER_STEP = 1024;

/**
 * Compares canonical values exactly (`0123` and `123` are different numbers). Only well-formed
 * numbers have a key: a malformed one is `extension-number/format`'s, one finding per defect.
 */
export const extensionNumberDuplicateRule: UniquenessRule<typeof codes> = {
  name: 'extensionNumberDuplicate',
  codes,
  key: { column: 'extensionNumber', of: extensionKey },
  *checkRepeated({ doc, settings, countUnreported }, rows, report) {
    const position = doc.positions.get('extensionNumber');
    const column = doc.format.column('extensionNumber');
    if (position === undefined || !column) return;
    const text = doc.csv.text;
    const first = new Map<string, UserRow>();
    let reported = 0;
    for (let n = 0; n < rows.length; n++) {
      if (n % ROWS_PER_STEP === ROWS_PER_STEP - 1) yield;
      const row = doc.row(rows[n]!);
      const cell = cellOf(row.record, position);
      const value = cell ? canonical(cell.value) : '';
      const earlier = first.get(value);
      if (!earlier) {
        first.set(value, row);
        continue;
      }
      if (reported >= settings.maxProblems) {
        countUnreported?.('extension-number/duplicate', 1);
        continue;
      }
      reported++;
      const span = trimmedSpan(cell!);
      const firstCell = cellOf(earlier.record, position)!;
      const firstSpan = trimmedSpan(firstCell);
      const firstLine = lineOf(text, earlier.record, firstSpan.offset);
      const shown = shownValue(doc, row.record.cells, column, value);
      const related = [{ ...firstSpan, message: messages.extensionNumberFirstOccurrence() }];
      report('extension-number/duplicate', { ...span, related }, messages.extensionNumberDuplicate(column, shown, firstLine), {
        firstLine,
      });
    }
  },
};

/** The key of an Extension number as written: its canonical form when well-formed. */
function extensionKey(written: string): string | undefined {
  const value = canonical(written);
  return EXTENSION_NUMBER.test(value) ? value : undefined;
}
