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
import { stringify } from 'csv-stringify/sync';
import type { CsvDocument, Delimiter } from '../../../csvDocument';
import { fixText as t, messages } from '../../../messages';
import type { TextChange } from '../../../features/textChange';
import { code, type DocumentRule } from '../../types';

/** Data of `csv/delimiter`: the delimiter the file uses instead of commas. */
export interface DelimiterData {
  readonly delimiter: Exclude<Delimiter, ','>;
}

const codes = {
  'csv/delimiter': code<DelimiterData>('error', ({ doc, fix }) => [
    fix(t.rewriteWithCommas, [rewriteWithCommas(doc.csv)], doc.csv.errors.length === 0),
  ]),
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

/** The change replacing the whole text (BOM aside) with its records written with commas. */
export function rewriteWithCommas(csv: CsvDocument): TextChange {
  const { text } = csv;
  const start = csv.bom ? 1 : 0;
  const count = csv.recordCount;
  // Each record's own terminator (the text between it and the next record; after the last, the rest).
  const terminators: string[] = [];
  const rows: string[][] = [];
  for (let i = 0; i < count; i++) {
    const record = csv.record(i);
    rows.push(record.cells.map((c) => c.value));
    terminators.push(text.slice(record.end, i + 1 < count ? csv.recordStart(i + 1) : text.length));
  }
  const uniform = terminators.slice(0, -1).every((s) => s === terminators[0]);
  const last = terminators[count - 1] ?? '';
  let body: string;
  if (count === 0) body = '';
  else if (uniform && (count === 1 || last === '' || last === terminators[0])) {
    // The usual file: one terminator throughout, one call.
    body = stringify(rows, { record_delimiter: count > 1 ? terminators[0]! : last || '\n', eof: false }) + last;
  } else {
    body = rows.map((row, i) => stringify([row], { eof: false }) + terminators[i]).join('');
  }
  return { offset: start, length: text.length - start, newText: body };
}
