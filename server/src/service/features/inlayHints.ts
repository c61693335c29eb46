/**
 * Inlay hints: the meaning of the codes that do not explain themselves, shown after their cells
 * (`6 Jakarta`), and the format the file is read as after the header (`▸ Update users`).
 *
 * VS Code 1.100 draws at most about 1,500 hint decorations per update (each padding is one more)
 * for the visible lines, a screen above and below and 30 lines more, and cuts a line's hints past
 * `editor.inlayHints.maximumLength` (43 characters, all of the line's labels together). Hinting
 * every code cell (21 padded hints a row) made hints stop near row 64 and never reach column 12.
 * So a hint has no padding (the space that separates it from its cell is in its label) and only
 * the columns whose codes do not explain themselves get one:
 * - Locale (`0` is Japanese) and Time zone (14 numbered cities);
 * - the three Meetings ranges, where `0` means All, `1` Host only and `2` None, the opposite of
 *   what a 0/1 reader expects.
 * The 16 other code columns are 0/1 flags, `1` Yes and `0` No in every one of them: a hint there
 * would repeat the cell and push the hints that matter past the line's 43 characters. At most 5
 * hints a row, one decoration each, is 300 rows per update, more than any screen asks for; the
 * words are short enough that a row's hints fit in 43 characters in every display language (a
 * unit test holds the longest row to it), so no VS Code setting has to change.
 */
import type { InlayHint, Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { allowedValues, type CodeSetId, type CodeValue } from '../../../../shared/formats/index';
import { t } from '../../../../shared/l10n';
import { updateFeatureText } from '../messages';
import type { MiitelDocument, UserRow } from '../miitelDocument';
import { lowerBound } from '../../../../shared/csv/search';

/** The code sets whose cells get a hint (see above for why flags do not). */
const HINTED_CODE_SETS: ReadonlySet<CodeSetId> = new Set<CodeSetId>(['locale', 'timeZone', 'range']);

/** VS Code's default `editor.inlayHints.maximumLength`: the characters of all of one line's hint labels. */
export const LINE_HINT_BUDGET = 43;

/** The label of the hint after a cell holding `value`: a space, then its word. */
export function codeHintLabel(value: CodeValue): string {
  const word = value.hint ?? value.short; // both msg() keys
  return ` ${value.endonym ?? t(word)}`;
}

/** Hints for the hinted code cells of the user rows that intersect `range` (only those are computed). */
export function getInlayHints(document: TextDocument, doc: MiitelDocument, range: Range): InlayHint[] {
  const from = document.offsetAt(range.start);
  const to = document.offsetAt(range.end);
  const codeColumns = doc.format.columns
    .filter((c) => c.codeSet !== undefined && HINTED_CODE_SETS.has(c.codeSet) && doc.positions.has(c.id))
    .map((c) => ({
      id: c.id,
      hints: new Map(allowedValues(c).map((v) => [v.code, { label: codeHintLabel(v), tooltip: t(v.label) }])),
    }));
  const hints: InlayHint[] = [];
  const header = doc.header;
  if (header && !header.blank && header.end >= from && header.end <= to) {
    hints.push({
      position: document.positionAt(header.end),
      label: ` ▸ ${updateFeatureText.formatName(doc.format)}`,
      tooltip: updateFeatureText.formatLine(doc.format),
    });
  }
  for (const row of rowsIn(doc, from, to)) {
    for (const column of codeColumns) {
      const cell = doc.cell(row, column.id);
      const hint = cell && column.hints.get(cell.value);
      if (!cell || !hint || cell.end < from || cell.end > to) continue;
      hints.push({ position: document.positionAt(cell.end), label: hint.label, tooltip: hint.tooltip });
    }
  }
  return hints;
}

/** User rows overlapping [from, to], found by binary search (rows are in text order). */
function rowsIn(doc: MiitelDocument, from: number, to: number): UserRow[] {
  const { csv } = doc;
  const result: UserRow[] = [];
  const endsBefore = (i: number) => csv.record(doc.recordIndexOfRow(i)).end < from;
  for (let i = lowerBound(doc.rowCount, endsBefore); i < doc.rowCount && csv.recordStart(doc.recordIndexOfRow(i)) <= to; i++) {
    result.push(doc.row(i));
  }
  return result;
}
