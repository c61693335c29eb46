/**
 * Writing MiiTel files from the client in the encodings MiiTel takes, with VS Code's own encoder
 * (`workspace.encode`, as VS Code saves files) rather than iconv-lite: its tables were half of the
 * client bundle. The server and the CLI, which have no editor, encode with iconv-lite.
 */
import { type TextDocument, workspace } from 'vscode';
import { EDITOR_ENCODING_IDS, type MiitelEncoding, miitelEncodingOfEditorId } from '../../shared/encodings';

/** The MiiTel encoding a document is in (by VS Code's `TextDocument.encoding`); UTF-8 for any other. */
export function miitelEncodingOf(document: TextDocument): MiitelEncoding {
  return miitelEncodingOfEditorId((document as { encoding?: string }).encoding) ?? 'utf-8';
}

/** The bytes of `text` (the template, or rows of a document: never a BOM of its own) in `encoding`, with a BOM exactly for `utf-8-bom`. */
export function encodeText(text: string, encoding: MiitelEncoding): Thenable<Uint8Array> {
  return workspace.encode(text, { encoding: EDITOR_ENCODING_IDS[encoding] });
}
