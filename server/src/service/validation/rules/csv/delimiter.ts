/**
 * `csv/delimiter` (error, on line 1): the file is separated by semicolons or tabs (delimiter.ts
 * decides from its header), and MiiTel reads only commas, so its upload would see one column per
 * line. The rest of the file is read with its own delimiter and checked as if it were commas.
 *
 * The fix rewrites the whole file with commas, through csv-stringify rather than our own quoting:
 * every value comes out exactly as it was read, quoted where RFC 4180 needs it (a comma, a quote or
 * a line break in it), each record keeps its own line terminator, and a BOM stays. It is the
 * preferred fix (fix-all takes it) only when the file has no broken quotes: there the values as
 * read are the parser's guess, and writing the guess down would hide the mistake.
 */
import type * as CsvStringify from 'csv-stringify/sync';
import type { CsvCell, CsvDocument, Delimiter } from '../../../../../../shared/csv/csvDocument';
import { fixText as t, messages } from '../../../messages';
import type { TextChange } from '../../../features/textChange';
import { code, type DocumentRule } from '../../types';

/** Data of `csv/delimiter`: the delimiter the file uses instead of commas. */
export interface DelimiterData {
  readonly delimiter: Exclude<Delimiter, ','>;
}

const codes = {
  // Fix-all: only the separators change; every value is written back as it was (quoted where it holds a comma).
  'csv/delimiter': code<DelimiterData>(
    'error',
    ({ doc, fix }) => [fix(t.rewriteWithCommas, [rewriteWithCommas(doc.csv)], doc.csv.errors.length === 0)],
    'delimiter',
  ),
};

export const delimiterRule: DocumentRule<typeof codes> = {
  name: 'delimiter',
  codes,
  check({ doc }, report) {
    const delimiter = doc.csv.delimiter;
    const header = doc.header;
    if (!header || delimiter === undefined || delimiter === ',') return;
    const message = delimiter === ';' ? messages.separatedBySemicolons() : messages.separatedByTabs();
    report('csv/delimiter', { offset: header.start, length: header.end - header.start }, message, { delimiter });
  },
};

/**
 * The change replacing the whole text (BOM aside) with its records written with commas, each record
 * followed by its own terminator (the text between it and the next record; after the last, the rest).
 */
export function rewriteWithCommas(csv: CsvDocument): TextChange {
  const { text } = csv;
  const start = csv.bom ? 1 : 0;
  const count = csv.recordCount;
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    const record = csv.record(i);
    parts.push(record.cells.map(commaField).join(','), text.slice(record.end, i + 1 < count ? csv.recordStart(i + 1) : text.length));
  }
  return { offset: start, length: text.length - start, newText: parts.join('') };
}

/**
 * A value as a field of a comma file. A value without a comma, quote or line break that was not
 * quoted is what csv-stringify writes as it is; every other value is written by csv-stringify, with
 * its default options: told that records end in `\r\n`, it would leave a lone `\n` in a value
 * unquoted. (One csv-stringify call for the whole file takes 0.8 s on 100,000 users; this, 0.4 s.)
 */
function commaField(cell: CsvCell): string {
  return !cell.quoted && !NEEDS_WRITER.test(cell.value) ? cell.value : csvStringify().stringify([[cell.value]], { eof: false });
}

/** csv-stringify, loaded for the first fix of a delimiter: a `require`, as an import would run it at every start. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const csvStringify = () => require('csv-stringify/sync') as typeof CsvStringify;

const NEEDS_WRITER = /[",\r\n]/;
