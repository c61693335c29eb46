/** Document symbols: the header and one symbol per user (`Login ID — User name`) for the outline and breadcrumbs. */
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { SymbolKind } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CsvRecord } from '../csvDocument';
import type { MiitelDocument } from '../miitelDocument';
import { featureText as t } from '../messages';

/** The outline of a MiiTel file. */
export function getDocumentSymbols(document: TextDocument, doc: MiitelDocument): DocumentSymbol[] {
  const rangeOf = (record: CsvRecord) => ({ start: document.positionAt(record.start), end: document.positionAt(record.end) });
  const symbols: DocumentSymbol[] = [];
  if (doc.header && !doc.header.blank) {
    const range = rangeOf(doc.header);
    symbols.push({ name: t.headerSymbol, kind: SymbolKind.Namespace, range, selectionRange: range });
  }
  for (const row of doc.rows) {
    const loginId = doc.cell(row, 'loginId');
    const range = rangeOf(row.record);
    const selection = loginId ? { start: document.positionAt(loginId.start), end: document.positionAt(loginId.end) } : range;
    symbols.push({
      // Names are single-line: a quoted line break in a cell would break the outline.
      name: t.userSymbol(oneLine(loginId?.value ?? ''), oneLine(doc.cell(row, 'userName')?.value ?? '')),
      detail: t.userSymbolDetail(row.userNumber),
      kind: SymbolKind.Object,
      range,
      selectionRange: selection,
    });
  }
  return symbols;
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
