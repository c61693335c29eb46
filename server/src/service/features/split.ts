/**
 * Splitting a file with too many users (`rows/too-many`): the first `max` users stay, the others
 * go to new files of at most `max` users each, every one starting with the same header line.
 */
import type { MiitelDocument } from '../miitelDocument';
import { deleteRows } from './rowEdits';
import type { TextChange } from './textChange';

/** What splitting a file does: changes to the file itself and the text of each new file. */
export interface SplitPlan {
  /** Deletes the users past the first `max` from the original file. */
  readonly changes: TextChange[];
  /** The text of each new file (second, third, … part), header first, the file's line breaks kept. */
  readonly parts: string[];
}

/** Plans splitting `doc` into files of at most `max` users (no parts when it has `max` or fewer). */
export function planSplit(doc: MiitelDocument, max: number): SplitPlan {
  const { text, eol } = doc.csv;
  if (!doc.header || max < 1 || doc.rowCount <= max) return { changes: [], parts: [] };
  const header = text.slice(doc.header.start, doc.header.end);
  const rest = doc.rows.slice(max);
  const parts: string[] = [];
  for (let i = 0; i < rest.length; i += max) {
    const rows = rest.slice(i, i + max).map((r) => text.slice(r.record.start, r.record.end));
    parts.push([header, ...rows].join(eol) + eol);
  }
  return { changes: deleteRows(doc, rest), parts };
}
