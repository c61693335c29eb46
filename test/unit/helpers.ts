/**
 * Builders shared by the rule tests: CSV text is written inline in each test, and expected ranges
 * are computed from that text with {@link at}, never hard-coded.
 */
import { DEFAULT_SETTINGS, type MiitelCsvSettings } from '../../shared/settings';
import { CREATE_USERS, type ColumnId, type ColumnSpec, UPDATE_USERS } from '../../shared/formats/index';
import { parse } from '../../server/src/service/languageService';
import type { Problem, Rule } from '../../server/src/service/validation/types';
import { validate } from '../../server/src/service/validation/validate';

// Both formats' columns: an update file's Extension number too (the other columns are the same).
const COLUMN_BY_ID = Object.fromEntries([...UPDATE_USERS.columns, ...CREATE_USERS.columns].map((c) => [c.id, c])) as Record<
  ColumnId,
  ColumnSpec
>;
const COLUMNS = CREATE_USERS.columns;

/** Every column id in template order. */
export const ALL_COLUMNS: readonly ColumnId[] = COLUMNS.map((c) => c.id);

/** Every column id of the update format, in its template order (`templateHeader(UPDATE_COLUMNS)`, `row({}, UPDATE_COLUMNS)`). */
export const UPDATE_COLUMNS: readonly ColumnId[] = UPDATE_USERS.columns.map((c) => c.id);

/** The header line (no line break) of `columns`, by default all 24 in template order, exactly as the template writes them. */
export function templateHeader(columns: readonly ColumnId[] = ALL_COLUMNS): string {
  return columns.map((id) => COLUMN_BY_ID[id].header).join(',');
}

/**
 * One user line (no line break) that passes every rule, for `columns` (default: all 24 in order).
 * `values` replace fields verbatim: they are raw CSV field text, so write `'"a,b"'` for a quoted field.
 * Defaults: the help page's examples (Login ID `sato@miitel.jp`, User name `Jane Smith`, a valid
 * password) and each code column's default.
 */
export function row(values: Partial<Record<ColumnId, string>> = {}, columns: readonly ColumnId[] = ALL_COLUMNS): string {
  return columns
    .map((id) => {
      const column = COLUMN_BY_ID[id];
      return values[id] ?? (column.kind === 'code' ? column.defaultValue : column.example);
    })
    .join(',');
}

/** Joins lines into a file with CRLF line breaks and a final CRLF, like the downloaded template. */
export function file(...lines: string[]): string {
  return lines.map((l) => `${l}\r\n`).join('');
}

/**
 * Parses `text` and runs `rule` (default: every rule) with `settings` merged over the defaults.
 * Returns the problems as the runner reports them (severity applied, sorted by offset).
 */
export function check(
  text: string,
  settings: Partial<MiitelCsvSettings> = {},
  rule?: Rule,
  existingLoginIds: Iterable<string> = [],
): Problem[] {
  return validate(parse(text), { ...DEFAULT_SETTINGS, ...settings }, { rules: rule ? [rule] : undefined, existingLoginIds });
}

/**
 * Offset of the `occurrence`-th (1-based: 1 = first) occurrence of `needle` in `text`.
 * Throws when there is no such occurrence, so a wrong needle fails the test loudly.
 */
export function at(text: string, needle: string, occurrence = 1): number {
  let offset = -1;
  for (let n = 0; n < occurrence; n++) {
    offset = text.indexOf(needle, offset + 1);
    if (offset < 0) throw new Error(`occurrence ${occurrence} of ${JSON.stringify(needle)} not found`);
  }
  return offset;
}

/**
 * Offset of `column`'s field in the first occurrence of `line` in `text`, where `line` was built
 * by {@link row} with the same `columns`. Fields before it must not contain commas.
 */
export function fieldAt(text: string, line: string, column: ColumnId, columns: readonly ColumnId[] = ALL_COLUMNS): number {
  const position = columns.indexOf(column);
  if (position < 0) throw new Error(`column ${column} is not in the row`);
  const before = line.split(',').slice(0, position);
  return at(text, line) + before.reduce((sum, f) => sum + f.length + 1, 0);
}
