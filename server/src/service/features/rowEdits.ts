/** Edits on whole user rows, shared by the "delete unused rows" fix and the file splitter. */
import type { MiitelDocument, UserRow } from '../miitelDocument';
import type { TextChange } from './textChange';

/** Changes deleting `rows` (with their line breaks), adjacent rows merged into one change. */
export function deleteRows(doc: MiitelDocument, rows: readonly UserRow[]): TextChange[] {
  return mergeDeletions(rows.map((r) => deleteRecord(doc, r)));
}

/**
 * Deletes a whole record with its line terminator; the last record of a file without a final line
 * break takes the terminator before it instead, so no blank line is left behind.
 */
function deleteRecord(doc: MiitelDocument, row: UserRow): TextChange {
  const { text, records } = doc.csv;
  const next = records[row.recordIndex + 1];
  const end = next ? next.start : text.length;
  const previous = records[row.recordIndex - 1];
  const start = end === row.record.end && previous ? previous.end : row.record.start;
  return { offset: start, length: end - start, newText: '' };
}

/** Joins overlapping deletions (adjacent rows deleted together) into one. */
function mergeDeletions(changes: TextChange[]): TextChange[] {
  const merged: TextChange[] = [];
  for (const c of [...changes].sort((a, b) => a.offset - b.offset)) {
    const last = merged[merged.length - 1];
    if (last && c.offset <= last.offset + last.length) {
      merged[merged.length - 1] = {
        offset: last.offset,
        length: Math.max(last.offset + last.length, c.offset + c.length) - last.offset,
        newText: '',
      };
    } else {
      merged.push(c);
    }
  }
  return merged;
}
