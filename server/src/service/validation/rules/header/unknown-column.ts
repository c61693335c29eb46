/**
 * `header/unknown-column`: a header cell that names no MiiTel column (an empty header cell too).
 * Suggests the closest spec header among the columns the file still lacks, so that "did you mean"
 * never proposes a column that would then be a duplicate.
 */
import { type ColumnSpec, normalizeHeader } from '../../../../../../shared/formats/index';
import { closestMatch } from '../../../editDistance';
import { fixText as t, messages } from '../../../messages';
import { isEmptyRecordOf as isEmptyRecord } from '../../../../../../shared/csv/parserModel';
import type { MiitelDocument } from '../../../miitelDocument';
import { replaceCell } from '../../../features/textChange';
import { code, type DocumentRule } from '../../types';

/** Data of `header/unknown-column`. */
export interface UnknownColumnData {
  readonly header: string;
  readonly suggestion?: string;
}

const codes = {
  // Fix-all: the column's values are untouched; the header gets the spelling of the column it most
  // likely names, one the file lacks (so never a duplicate).
  'header/unknown-column': code<UnknownColumnData>(
    'error',
    ({ cell, data, fix }) => (cell && data.suggestion ? [fix(t.renameHeader(data.suggestion), [replaceCell(cell, data.suggestion)])] : []),
    'header',
  ),
};

export const unknownColumnRule: DocumentRule<typeof codes> = {
  name: 'unknownColumn',
  codes,
  check({ doc, settings, countUnreported }, report) {
    // A blank first line is "no header" (missing-column says so once), not one unknown empty cell.
    if (!doc.header || isEmptyRecord(doc.header)) return;
    // Reports come in text order and the runner keeps the first `maxProblems`: later ones could never show.
    let reported = 0;
    const suggestions = new Map<string, string | undefined>();
    for (const { cell, column } of doc.headerColumns) {
      if (column) continue;
      if (reported++ >= settings.maxProblems) {
        countUnreported?.('header/unknown-column', 1);
        continue;
      }
      // A first line of a huge non-CSV file can repeat one text many times: work each out once.
      if (!suggestions.has(cell.value)) suggestions.set(cell.value, suggestColumn(doc, cell.value)?.header);
      const suggestion = suggestions.get(cell.value);
      const data = suggestion ? { header: cell.value, suggestion } : { header: cell.value };
      report('header/unknown-column', cell, messages.unknownColumn(cell.value, suggestion), data);
    }
  },
};

/**
 * The column an unknown header most likely meant: the closest spec header among the columns of the
 * document's format that the file lacks.
 */
export function suggestColumn(doc: MiitelDocument, header: string): ColumnSpec | undefined {
  const text = normalizeHeader(header);
  if (text === '') return undefined;
  const absent = doc.format.columns.filter((c) => !doc.positions.has(c.id));
  return closestMatch(text, absent, (c) => normalizeHeader(c.header));
}
