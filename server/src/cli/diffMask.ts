/**
 * `fix --dry-run`'s unified diff, with no password in it. A diff shows whole lines, and a line of a
 * new-users file holds that user's initial password, so before diffing, both texts get every
 * non-empty value of the Password column replaced by {@link MASK}, and every non-empty value of a
 * row whose field count differs from the header's (its password may sit in another column: the
 * same rule as shown.ts). A password column is found by each text's own header, and also at the
 * positions the other text's header names (a misspelled "Pasword" header is recognised only after
 * the fix). The diff is for reading: masked lines do not apply as a patch.
 */
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';
import type { MiitelCsvSettings } from '../../../shared/settings';
import { applyChanges, type MiitelDocument, parse, parseOptionsOf, type TextChange } from '../service/languageService';

/** What a masked value reads. */
export const MASK = '********';

/** The unified diff from `before` to `after` (both decoded texts of the file `label`), passwords masked; empty when they are equal. */
export function maskedDiff(label: string, before: string, after: string, settings: MiitelCsvSettings): string {
  const options = parseOptionsOf(settings);
  const docs = [parse(before, options).doc, parse(after, options).doc];
  const positions = docs.map(passwordPositions);
  const all = new Set(positions.flatMap((p) => [...p]));
  const [a, b] = docs.map((doc) => applyChanges(doc.csv.text, maskChanges(doc, all)));
  if (a === b) return '';
  return createTwoFilesPatch(label, label, a!, b!, undefined, undefined, { context: 3, headerOptions: FILE_HEADERS_ONLY });
}

/** Header positions of the Password column(s) of `doc`. */
function passwordPositions(doc: MiitelDocument): Set<number> {
  return new Set(doc.headerColumns.filter((h) => h.column?.kind === 'password').map((h) => h.position));
}

/** The changes that mask the values at `positions` of every row, and every value of a shifted row. */
function maskChanges(doc: MiitelDocument, positions: ReadonlySet<number>): TextChange[] {
  const changes: TextChange[] = [];
  const width = doc.headerColumns.length;
  for (let i = 1; i < doc.csv.recordCount; i++) {
    const cells = doc.csv.record(i).cells;
    const shifted = doc.header !== undefined && cells.length !== width;
    cells.forEach((cell, position) => {
      if (cell.value !== '' && (shifted || positions.has(position)))
        changes.push({ offset: cell.start, length: cell.end - cell.start, newText: MASK });
    });
  }
  return changes;
}
