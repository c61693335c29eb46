/**
 * The custom messages between the VS Code client and the language server (command ids live in
 * `commands.ts`). Method names and shapes only: each side sends them with its own library
 * (`client.sendNotification(method, params)`, `connection.onRequest(method, handler)`).
 */

/** An encoding a MiiTel CSV file may be written in (the template's three choices). */
export type MiitelEncoding = 'utf-8' | 'utf-8-bom' | 'shift_jis';

/**
 * VS Code's id of each encoding MiiTel takes, as `TextDocument.encoding` reports it and
 * `workspace.openTextDocument(uri, { encoding })` accepts it (VS Code 1.100).
 */
export const EDITOR_ENCODING_IDS: Readonly<Record<MiitelEncoding, string>> = {
  'utf-8': 'utf8',
  'utf-8-bom': 'utf8bom',
  shift_jis: 'shiftjis',
};

/** The MiiTel encoding VS Code's encoding id names (any case), undefined for any other id. */
export function miitelEncodingOfEditorId(id: string | undefined): MiitelEncoding | undefined {
  const lower = id?.toLowerCase();
  return (Object.keys(EDITOR_ENCODING_IDS) as MiitelEncoding[]).find((e) => EDITOR_ENCODING_IDS[e] === lower);
}

/**
 * Client → server notification: the encoding the editor decoded a document with (VS Code's id,
 * e.g. `utf8`, `shiftjis`, `utf16le`). Sent before `didOpen` and whenever the encoding changes.
 */
export const DOCUMENT_ENCODING_NOTIFICATION = 'miitelCsv/documentEncoding';

/** Parameters of {@link DOCUMENT_ENCODING_NOTIFICATION}. */
export interface DocumentEncodingParams {
  readonly uri: string;
  /** VS Code's encoding id (`TextDocument.encoding`). */
  readonly encoding: string;
}

/** Client → server request: what the status bar shows about an open document. */
export const DOCUMENT_INFO_REQUEST = 'miitelCsv/documentInfo';

/** Parameters of {@link DOCUMENT_INFO_REQUEST}. */
export interface DocumentInfoParams {
  readonly uri: string;
}

/** Result of {@link DOCUMENT_INFO_REQUEST}. */
export interface DocumentInfo {
  /** Whether the server checks this document as a MiiTel file (false: the status bar hides). */
  readonly isMiitel: boolean;
  /** Number of user rows (the header and blank lines not counted). */
  readonly users: number;
  /**
   * The encoding the server believes the file is in: what the editor reported, else what the
   * file's bytes say (`utf-8`, `utf-8-bom`, `shift_jis`, `utf-16`, `utf-32`). Absent when unknown.
   */
  readonly encoding?: string;
}
