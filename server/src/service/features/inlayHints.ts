/**
 * Inlay hints: the meaning of each valid code, shown after its cell (`6 ▸ Jakarta`), and the format
 * the file is read as after the header (`▸ Update users`).
 */
import type { InlayHint, Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { allowedValues, type CodeValue } from '../../../../shared/formats/index';
import { t } from '../../../../shared/l10n';
import { updateFeatureText } from '../messages';
import type { MiitelDocument, UserRow } from '../miitelDocument';
import { lowerBound } from '../search';

/** Hints for the code cells of the user rows that intersect `range` (only those are computed). */
export function getInlayHints(document: TextDocument, doc: MiitelDocument, range: Range): InlayHint[] {
  const from = document.offsetAt(range.start);
  const to = document.offsetAt(range.end);
  const codeColumns = doc.format.columns
    .filter((c) => c.kind === 'code' && doc.positions.has(c.id))
    .map((c) => ({
      id: c.id,
      meanings: new Map<string, CodeValue>(allowedValues(c).map((v) => [v.code, v])),
    }));
  const hints: InlayHint[] = [];
  const header = doc.header;
  if (header && !header.blank && header.end >= from && header.end <= to) {
    hints.push({
      position: document.positionAt(header.end),
      label: `▸ ${updateFeatureText.formatName(doc.format)}`,
      paddingLeft: true,
      tooltip: updateFeatureText.formatLine(doc.format),
    });
  }
  for (const row of rowsIn(doc, from, to)) {
    for (const column of codeColumns) {
      const cell = doc.cell(row, column.id);
      const meaning = cell && column.meanings.get(cell.value);
      if (!cell || !meaning || cell.end < from || cell.end > to) continue;
      hints.push({
        position: document.positionAt(cell.end),
        label: `▸ ${t(meaning.short)}`,
        paddingLeft: true,
        paddingRight: true,
        tooltip: t(meaning.label),
      });
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
