/**
 * Writing a value as a CSV field, for every writer of the project (the server's quick fixes and
 * completion, the table view). RFC 4180: quotes only when needed, `"` doubled inside. A value needs
 * them when it holds the file's delimiter, a `"`, a CR or an LF, or when it starts or ends with white
 * space: an unquoted ` sato` reads the same, but a spreadsheet or another tool may trim it, and the
 * quotes show the space is meant.
 */
import type { Delimiter } from '../formats/delimiter';

const ALWAYS = /["\r\n]/;
const EDGE_SPACE = /^\s|\s$/;

/** Whether `value` must be quoted to be read back as one field of a file separated by `delimiter`. */
export function needsQuotes(value: string, delimiter: Delimiter = ','): boolean {
  return ALWAYS.test(value) || value.includes(delimiter) || EDGE_SPACE.test(value);
}

/** `value` inside double quotes, each `"` doubled. */
export function quoted(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

/** `value` as a field of a file separated by `delimiter`: as it is, or quoted when {@link needsQuotes}. */
export function fieldText(value: string, delimiter: Delimiter = ','): string {
  return needsQuotes(value, delimiter) ? quoted(value) : value;
}

/** `values` as one record of a file separated by `delimiter` (no line terminator). */
export function recordText(values: readonly string[], delimiter: Delimiter = ','): string {
  return values.map((v) => fieldText(v, delimiter)).join(delimiter);
}
