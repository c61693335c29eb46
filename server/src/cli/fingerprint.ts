/**
 * Where a finding is, in words that survive edits elsewhere in the file, for SARIF's
 * `partialFingerprints` (GitHub code scanning matches an alert of one run to the next by them).
 *
 * A line number would not do: inserting a user above would make every alert below look fixed and
 * new again. So a finding in a user row is placed by that user's Login ID (folded as duplicates
 * are compared: case and full-width forms do not matter) and by its column's identity (the
 * spec column, else the header's text, else the field's position), never by line. Findings in the
 * header are placed by column; the rest (a blank line, the end of the file) by "file". Rows
 * without a Login ID, or two rows with the same one, share a place: sarif.ts numbers the findings
 * of one code at one place in file order.
 *
 * Only the Login ID and header text are read (the messages show both already), never another
 * cell's value, so no password reaches the fingerprint; and the place is hashed before it is
 * written (sarif.ts), so the log does not spell out the Login ID a second time.
 */
import type { MiitelDocument } from '../service/languageService';
import { cellAt } from '../service/locate';
import { loginIdKey } from '../service/validation/values';

/** The stable place of the finding starting at `offset` in `doc`'s text. */
export function stablePlace(doc: MiitelDocument, offset: number): string {
  const at = cellAt(doc, offset);
  if (!at) return 'file';
  const header = doc.headerColumns[at.position];
  const column = at.column?.id ?? (header ? `header:${header.cell.value.trim()}` : `field:${at.position}`);
  if (at.isHeader) return `header|${column}`;
  if (!at.row) return `record|${column}`;
  const loginId = doc.cell(at.row, 'loginId')?.value ?? '';
  return `user:${loginIdKey(loginId.trim())}|${column}`;
}
