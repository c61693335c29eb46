/**
 * Reads the Login IDs already in use from the text of `miitelCsv.existingLoginIdsFile`. Pure: the
 * language server and the CLI read and decode the file, then hand the text here.
 *
 * Two shapes are accepted: a CSV whose first record has a "Login ID" header (for example a MiiTel
 * user-list export), or a plain list with one Login ID per line.
 */
import { findColumnByHeader } from '../../../shared/spec';
import { parseCsv } from './parser';

/**
 * The Login IDs listed in `text`, trimmed, in file order, blanks and repeats (any case) left out.
 * Never throws: text that is neither shape yields whatever non-blank lines it has.
 */
export function parseLoginIdList(text: string): string[] {
  const body = text.startsWith('\ufeff') ? text.slice(1) : text;
  const fromCsv = loginIdColumn(body);
  return unique(fromCsv ?? body.split(/\r\n|\r|\n/).map(unquote));
}

/** The values of the "Login ID" column when the first line names one, else undefined. */
function loginIdColumn(text: string): string[] | undefined {
  const firstLine = /^[^\r\n]*/.exec(text)?.[0] ?? '';
  // Cheap test on the first line before a full parse: a plain list of e-mail addresses never has this header.
  if (!firstLine.split(',').some((cell) => isLoginIdHeader(unquote(cell)))) return undefined;
  const csv = parseCsv(text);
  const header = csv.records[0];
  const position = header?.cells.findIndex((cell) => isLoginIdHeader(cell.value)) ?? -1;
  if (!header || position < 0) return undefined;
  return csv.records.slice(1).map((record) => record.cells[position]?.value ?? '');
}

function isLoginIdHeader(text: string): boolean {
  return findColumnByHeader(text)?.id === 'loginId';
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
