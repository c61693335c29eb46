/**
 * Which character separates the fields of a file. MiiTel needs commas, but a spreadsheet saving
 * "CSV" in a locale whose decimal separator is a comma writes semicolons, and a paste from Excel
 * holds tabs. Such a file is read with its own delimiter, so that every row is still checked as
 * MiiTel would see it once rewritten with commas, and `csv/delimiter` says so on line 1.
 *
 * Decided from the first record alone (the header), so that an edit below line 1 never changes
 * it: the first record has no comma between fields, and split at `;` (or at tabs) it names at
 * least {@link MIN_KNOWN_HEADERS} known columns of a MiiTel format. Anything else is a comma file,
 * as before. Pure and cheap: it reads at most {@link MAX_HEADER_CHARS} characters.
 *
 * In shared/ so that the client (the table view, shared/table/) reads a file with the same delimiter
 * as the server.
 */
import { recognisedColumns } from './headerMatch';
import { FORMATS } from './index';

/** The character between fields: a comma, as MiiTel needs, or the `;` or tab some spreadsheets write. */
export type Delimiter = ',' | ';' | '\t';

/** Longest stretch of text read when looking for the end of the first record. */
const MAX_HEADER_CHARS = 64 * 1024;

/** Most fields of the first record looked at (MiiTel's formats have about 24 columns). */
const MAX_HEADER_FIELDS = 64;

/** Known headers the fields must name: one could be a coincidence (a sentence mentioning "Password"). */
const MIN_KNOWN_HEADERS = 2;

/** The delimiter of `text`: `;` or a tab when its header is separated so, else a comma. */
export function detectDelimiter(text: string): Delimiter {
  if (splitFirstRecord(text, ',').length > 1) return ',';
  const semicolon = splitFirstRecord(text, ';');
  const tab = splitFirstRecord(text, '\t');
  const [delimiter, fields] = semicolon.length >= tab.length ? ([';', semicolon] as const) : (['\t', tab] as const);
  if (fields.length < MIN_KNOWN_HEADERS) return ',';
  // Matched as tolerantly as detection matches headers (headerMatch.ts), so `LoginID;Timezone;…` counts.
  const known = FORMATS.some((format) => recognisedColumns(format, fields).size >= MIN_KNOWN_HEADERS);
  return known ? delimiter : ',';
}

/**
 * The fields of the first record split at `delimiter`, quotes removed, at most {@link MAX_HEADER_FIELDS}. Only a header is expected
 * here, so a quoted field may span lines but the scan stops after {@link MAX_HEADER_CHARS} characters.
 */
export function splitFirstRecord(text: string, delimiter: Delimiter): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  const end = Math.min(text.length, MAX_HEADER_CHARS);
  for (let i = text.startsWith('\ufeff') ? 1 : 0; i < end; i++) {
    const ch = text[i];
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (quoted) {
      field += ch;
    } else if (ch === delimiter) {
      fields.push(field);
      field = '';
      if (fields.length === MAX_HEADER_FIELDS) return fields;
    } else if (ch === '\n' || ch === '\r') {
      break;
    } else {
      field += ch;
    }
  }
  fields.push(field);
  return fields;
}
