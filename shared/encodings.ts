/**
 * The encodings MiiTel takes, and how VS Code names them: what the client, the server and the CLI
 * all need to know about encodings (the byte work itself is each side's: the server and the CLI
 * use iconv-lite, the client VS Code's own encoder). Free of any LSP library, so that the CLI
 * bundle stays small.
 */
import { msg, t } from './l10n';

/** An encoding a MiiTel CSV file may be written in (the template's three choices). */
export type MiitelEncoding = 'utf-8' | 'utf-8-bom' | 'shift_jis';

/** Every {@link MiitelEncoding}, in the order the template command offers them. */
export const MIITEL_ENCODINGS: readonly MiitelEncoding[] = ['utf-8', 'utf-8-bom', 'shift_jis'];

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
  return MIITEL_ENCODINGS.find((e) => EDITOR_ENCODING_IDS[e] === lower);
}

/** Names of the encodings MiiTel takes (message keys: show them with {@link encodingLabel}). */
export const ENCODING_LABELS: Readonly<Record<MiitelEncoding, string>> = {
  'utf-8': msg('UTF-8'),
  'utf-8-bom': msg('UTF-8 with BOM'),
  shift_jis: msg('Shift_JIS'),
};

/** The name of `encoding` as the template command, the status bar and the CLI show it, in the current language. */
export function encodingLabel(encoding: MiitelEncoding): string {
  return t(ENCODING_LABELS[encoding]);
}
