/**
 * `fix --dry-run`'s unified diff, with no password in it. A diff shows whole lines, and a line of a
 * new-users file holds that user's initial password, so before diffing, each text gets every
 * non-empty value replaced by {@link MASK} unless it is known not to be a password: a value shown
 * is in a column its header names as a MiiTel column other than Password, in a row with as many
 * fields as the header (otherwise its values may sit in other columns: the rule of shown.ts), and
 * a header cell shown is the name of a MiiTel column. Anything else is masked — a Password value,
 * a column MiiTel does not know, every value of a file without a MiiTel header — so that no layout,
 * however broken, can put a password in the diff; and a value masked on one side is masked on
 * both (see below). The diff is for reading: it does not apply as a patch.
 */
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';
import type { CsvCell } from '../../../shared/csv/csvDocument';
import type { MiitelCsvSettings } from '../../../shared/settings';
import { applyChanges, type MiitelDocument, parse, parseOptionsOf, type TextChange } from '../service/languageService';

/** What a masked value reads. */
export const MASK = '********';

/** The unified diff from `before` to `after` (both decoded texts of the file `label`), values masked; empty when the masked texts are equal. */
export function maskedDiff(label: string, before: string, after: string, settings: MiitelCsvSettings): string {
  const options = parseOptionsOf(settings);
  const sides = [before, after].map((text) => {
    const doc = parse(text, options).doc;
    return { text: doc.csv.text, cells: cellsOf(doc) };
  });
  // A fix can make a shifted row look whole (fix-all adds the missing fields at its end), and then
  // the after side would show the password the before side hid in that row. So a value hidden on
  // either side is hidden wherever it appears (compared as fix-all may have rewritten it: NFKC,
  // trimmed, any case), unless the original shows it in a trusted place (a code such as 0 or 1).
  const trusted = new Set(sides[0]!.cells.filter((c) => c.safe).map((c) => canonical(c.cell.value)));
  const hidden = new Set(
    sides.flatMap((side) => side.cells.filter((c) => !c.safe).map((c) => canonical(c.cell.value))).filter((v) => !trusted.has(v)),
  );
  const [a, b] = sides.map(({ text, cells }) =>
    applyChanges(
      text,
      cells
        .filter(({ cell, safe }) => cell.value !== '' && (!safe || hidden.has(canonical(cell.value))))
        .map(({ cell }): TextChange => ({ offset: cell.start, length: cell.end - cell.start, newText: MASK })),
    ),
  );
  if (a === b) return '';
  return createTwoFilesPatch(label, label, a!, b!, undefined, undefined, { context: 3, headerOptions: FILE_HEADERS_ONLY });
}

/** A value as fix-all may have rewritten it (full-width to ASCII, spaces trimmed), in one case. */
const canonical = (value: string) => value.normalize('NFKC').trim().toLowerCase();

/** Every cell of `doc`, and whether it is known not to hold a password. */
function cellsOf(doc: MiitelDocument): { readonly cell: CsvCell; readonly safe: boolean }[] {
  const out: { cell: CsvCell; safe: boolean }[] = [];
  const columns = doc.headerColumns.map((h) => h.column);
  const shown = columns.map((column) => column !== undefined && column.kind !== 'password');
  for (let i = 0; i < doc.csv.recordCount; i++) {
    const cells = doc.csv.record(i).cells;
    const shifted = cells.length !== columns.length;
    cells.forEach((cell, position) => {
      out.push({ cell, safe: i === 0 ? columns[position] !== undefined : !shifted && shown[position] === true });
    });
  }
  return out;
}
