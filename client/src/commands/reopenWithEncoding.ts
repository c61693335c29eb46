/**
 * `miitelCsv.reopenWithEncoding [uri, encodingId]`, run by the `encoding/mismatch` quick fix:
 * reads the file's bytes again in the encoding they are really in and shows the result. VS Code
 * keeps that encoding for the document, so a later save writes the bytes back the same way.
 */
import { Uri, window, workspace } from 'vscode';
import { encodingLabel, miitelEncodingOfEditorId } from '../../../shared/encodings';
import { editorText } from '../messages';

/** Reopens `uri` (a uri string or Uri) decoded as `encoding` (VS Code's id: `shiftjis`, `utf8`, `utf8bom`). */
export async function reopenWithEncoding(uri: Uri | string, encoding: string): Promise<void> {
  const target = typeof uri === 'string' ? Uri.parse(uri) : uri;
  const open = workspace.textDocuments.find((d) => d.uri.toString() === target.toString());
  // VS Code refuses to re-decode a dirty document (the edits were made to the garbled text).
  if (open?.isDirty && open.encoding !== encoding) {
    // Not awaited: a notification's promise settles only when the user closes it, and the command
    // (run by the quick fix, or by another extension) would not finish until then.
    void window.showErrorMessage(editorText.reopenDirty(labelOf(encoding)));
    return;
  }
  const document = await workspace.openTextDocument(target, { encoding });
  await window.showTextDocument(document);
}

function labelOf(id: string): string {
  const known = miitelEncodingOfEditorId(id);
  return known ? encodingLabel(known) : id;
}
