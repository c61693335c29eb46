/** Offsets of the service become LSP ranges here, at the boundary, resolved against the document they were computed for. */
import type { Range, TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/** The range of `length` characters from `offset` in `document`. */
export function toRange(document: TextDocument, offset: number, length: number): Range {
  return { start: document.positionAt(offset), end: document.positionAt(offset + length) };
}

/** The service's offset-based changes as LSP text edits of `document`. */
export function toTextEdits(
  document: TextDocument,
  changes: readonly { readonly offset: number; readonly length: number; readonly newText: string }[],
): TextEdit[] {
  return changes.map((c) => ({ range: toRange(document, c.offset, c.length), newText: c.newText }));
}
