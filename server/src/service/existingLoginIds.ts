/**
 * Reads the Login IDs already in use from the text of `miitelCsv.existingLoginIdsFile`. Pure: the
 * language server and the CLI read and decode the file, then hand the text here.
 *
 * Two shapes are accepted: a CSV whose first record has a "Login ID" header (for example a MiiTel
 * user-list export), or a plain list with one Login ID per line.
 *
 * The export is read with csv-parse. Only its values matter here, not where they are, so the
 * editor's own reader (parser.ts, which keeps exact offsets and recovers from broken quotes to
 * keep diagnosing) has nothing to add; and a broken export is better refused with csv-parse's
 * message than half read, since every Login ID it hides would pass unnoticed.
 */
import type * as CsvParse from 'csv-parse/sync';
import { FORMATS } from '../../../shared/formats/index';
import { messages } from './messages';

/** csv-parse, loaded for the first list: a `require`, as an import would run it at every start of the server and the CLI. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const csvParse = () => require('csv-parse/sync') as typeof CsvParse;

/** The Login IDs of a list, or why the list cannot be read. */
export type LoginIdList = { readonly ids: string[] } | { readonly error: string };

/**
 * The Login IDs listed in `text`, trimmed, in file order, blanks and repeats (any case) left out;
 * an error for a CSV export that is not valid CSV (a quote that never closes). A plain list is
 * always read: text that is neither shape yields whatever non-blank lines it has.
 */
export function parseLoginIdList(text: string): LoginIdList {
  const body = text.startsWith('\ufeff') ? text.slice(1) : text;
  let fromCsv: string[] | undefined;
  try {
    fromCsv = loginIdColumn(body);
  } catch (error) {
    if (error instanceof csvParse().CsvError) return { error: messages.loginIdListNotCsv(error.message) };
    throw error;
  }
  return { ids: unique(fromCsv ?? body.split(/\r\n|\r|\n/).map(unquote)) };
}

/** The values of the "Login ID" column when the first line names one, else undefined. Throws csv-parse's `CsvError`. */
function loginIdColumn(text: string): string[] | undefined {
  const firstLine = /^[^\r\n]*/.exec(text)?.[0] ?? '';
  // Cheap test on the first line before a full parse: a plain list of e-mail addresses never has this header.
  if (!firstLine.split(',').some((cell) => isLoginIdHeader(unquote(cell)))) return undefined;
  // As the editor reads CSV: a stray quote inside a field is kept, and rows may be short.
  const records: string[][] = csvParse().parse(text, { relax_quotes: true, relax_column_count: true, skip_empty_lines: true });
  const [header, ...rows] = records;
  const position = header?.findIndex(isLoginIdHeader) ?? -1;
  if (!header || position < 0) return undefined;
  return rows.map((row) => row[position] ?? '');
}

function isLoginIdHeader(text: string): boolean {
  return FORMATS.some((format) => format.findColumn(text)?.id === 'loginId');
}

/** A line of a plain list may still be written as a quoted CSV field. */
function unquote(cell: string): string {
  const t = cell.trim();
  return t.length >= 2 && t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1).replace(/""/g, '"') : t;
}

function unique(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const ids: string[] = [];
  for (const raw of values) {
    const id = raw.trim();
    const key = id.toLowerCase();
    if (id === '' || seen.has(key)) continue;
    seen.add(key);
    ids.push(id);
  }
  return ids;
}
