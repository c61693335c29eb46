/**
 * `fix --dry-run`'s unified diff, with no password in it. A diff shows whole lines, and a line of a
 * new-users file holds that user's initial password, so before diffing, each text gets every
 * non-empty value replaced by {@link MASK} unless it is known not to be a password: a value shown
 * is in a column its header names as a MiiTel column other than Password, in a row with as many
 * fields as the header (otherwise its values may sit in other columns: the rule of shown.ts), and
 * a header cell shown is the name of a MiiTel column. Anything else is masked — a Password value,
 * a column MiiTel does not know, every value of a file without a MiiTel header — so that no layout,
 * however broken, can put a password in the diff. The diff is for reading: it does not apply as a
 * patch.
 */
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';
import type { MiitelCsvSettings } from '../../../shared/settings';
import { applyChanges, type MiitelDocument, parse, parseOptionsOf, type TextChange } from '../service/languageService';

/** What a masked value reads. */
export const MASK = '********';

/** The unified diff from `before` to `after` (both decoded texts of the file `label`), values masked; empty when the masked texts are equal. */
export function maskedDiff(label: string, before: string, after: string, settings: MiitelCsvSettings): string {
  const options = parseOptionsOf(settings);
  const [a, b] = [before, after].map((text) => {
    const doc = parse(text, options).doc;
    return applyChanges(doc.csv.text, maskChanges(doc));
  });
  if (a === b) return '';
  return createTwoFilesPatch(label, label, a!, b!, undefined, undefined, { context: 3, headerOptions: FILE_HEADERS_ONLY });
}

/** The changes that mask every value of `doc` not known to be other than a password. */
function maskChanges(doc: MiitelDocument): TextChange[] {
  const changes: TextChange[] = [];
  const columns = doc.headerColumns.map((h) => h.column);
  const shown = columns.map((column) => column !== undefined && column.kind !== 'password');
  for (let i = 0; i < doc.csv.recordCount; i++) {
    const cells = doc.csv.record(i).cells;
    const shifted = cells.length !== columns.length;
    cells.forEach((cell, position) => {
      const safe = i === 0 ? columns[position] !== undefined : !shifted && shown[position] === true;
      if (cell.value !== '' && !safe) changes.push({ offset: cell.start, length: cell.end - cell.start, newText: MASK });
    });
  }
  return changes;
}
