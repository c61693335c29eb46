/** Placeholder until the csv-parse adapter lands. */
import type { CsvDocument } from './csvDocument';

export function parseCsv(text: string): CsvDocument {
  return { text, records: [], errors: [], bom: text.startsWith('\ufeff'), eol: '\r\n' };
}
