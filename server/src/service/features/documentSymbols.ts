/**
 * Document symbols: the header (its detail the file's format) and one symbol per user
 * (`Login ID — User name`) for the outline and breadcrumbs. The header's symbol spans the whole
 * file and holds the users: VS Code's sticky scroll (on by default) pins the first line of every
 * symbol the viewport is inside, so the header line stays on screen however far one scrolls.
 */
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { SymbolKind } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CsvRecord } from '../../../../shared/csv/csvDocument';
import type { MiitelDocument } from '../miitelDocument';
import { featureText as text, updateFeatureText } from '../messages';
import { isShifted } from '../validation/shown';

/**
 * The outline of a MiiTel file: at most `limit` users, then one entry for the rest, spanning them
 * (as vscode-json-languageservice and yaml-language-server cap theirs: an outline of a 100,000-row
 * export costs far more than anyone reads of it).
 */
export function getDocumentSymbols(document: TextDocument, doc: MiitelDocument, limit = Infinity): DocumentSymbol[] {
  const users = userSymbols(document, doc, limit);
  if (!doc.header || doc.header.blank) return users;
  const selectionRange = { start: document.positionAt(doc.header.start), end: document.positionAt(doc.header.end) };
  // To the end of the text, not of the last row: the header stays pinned over trailing blank lines too.
  const range = { start: selectionRange.start, end: document.positionAt(document.getText().length) };
  // The detail names the format the file is read as ("Update users").
  const detail = updateFeatureText.formatName(doc.format);
  return [{ name: text.headerSymbol, detail, kind: SymbolKind.Namespace, range, selectionRange, children: users }];
}

/** One symbol per user, at most `limit`, then one for the rest. */
function userSymbols(document: TextDocument, doc: MiitelDocument, limit: number): DocumentSymbol[] {
  const rangeOf = (record: CsvRecord) => ({ start: document.positionAt(record.start), end: document.positionAt(record.end) });
  const symbols: DocumentSymbol[] = [];
  const listed = Math.min(doc.rowCount, limit);
  for (let i = 0; i < listed; i++) {
    const row = doc.row(i);
    const loginId = doc.cell(row, 'loginId');
    const range = rangeOf(row.record);
    const selection = loginId ? { start: document.positionAt(loginId.start), end: document.positionAt(loginId.end) } : range;
    // A row whose fields look shifted may hold the password where the Login ID or User name should be.
    const hidden = isShifted(doc, row.record.cells);
    symbols.push({
      // Names are single-line: a quoted line break in a cell would break the outline.
      name: hidden
        ? text.shiftedUserSymbol
        : text.userSymbol(oneLine(loginId?.value ?? ''), oneLine(doc.cell(row, 'userName')?.value ?? '')),
      detail: text.userSymbolDetail(row.userNumber),
      kind: SymbolKind.Object,
      range,
      selectionRange: selection,
    });
  }
  if (listed < doc.rowCount) {
    const range = {
      start: document.positionAt(doc.row(listed).record.start),
      end: document.positionAt(doc.row(doc.rowCount - 1).record.end),
    };
    symbols.push({
      name: text.moreUsersSymbol(doc.rowCount - listed),
      detail: text.moreUsersSymbolDetail(limit),
      kind: SymbolKind.Array,
      range,
      selectionRange: { start: range.start, end: range.start },
    });
  }
  return symbols;
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
