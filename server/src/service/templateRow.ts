/**
 * Which rows are unused template rows (spec §1, "decision, revised"): a row whose Login ID and
 * User name are empty and whose other cells are empty or what the template puts there. Anything
 * else, an invalid code or a password nobody generated included, makes the row a user row, checked
 * in full: a row with `7` as its Locale was edited by someone, and MiiTel would reject it for that too.
 */
import { allowedValues, type ColumnSpec, type CsvFormat } from '../../../shared/formats/index';
import type { CsvRecord } from '../../../shared/csv/csvDocument';
import { cellCount, cellOf, isEmptyCellOf } from '../../../shared/csv/parserModel';

/**
 * Whether `password` has the shape of a pre-filled one: MiiTel's template and the generator here
 * write 12 ASCII letters and digits with both kinds (`XdCxbG6XxctN`). Any password of letters and
 * digits, both present, at least the format's minimum long is taken as one; a shorter password, one
 * of a single kind or with symbols was typed by someone and makes the row a user row.
 */
export function isPrefilledPassword(password: string, format: CsvFormat): boolean {
  return (
    password.length >= format.limits.passwordMinLength &&
    /^[A-Za-z0-9]+$/.test(password) &&
    /[A-Za-z]/.test(password) &&
    /[0-9]/.test(password)
  );
}

/**
 * Whether `value` is what the template writes in `column`: its default, or for a column whose value
 * the person generating the template chooses (Locale, Time zone), any of its valid codes.
 */
function isTemplateValue(value: string, column: ColumnSpec, format: CsvFormat): boolean {
  if (column.id === format.template.passwordColumn) return isPrefilledPassword(value, format);
  if (value === column.defaultValue) return true;
  const option = format.template.optionColumns.some((id) => id === column.id);
  return option && allowedValues(column).some((v) => v.code === value);
}

/**
 * The test of whether a record (not completely empty) is an unused template row, for a file whose
 * header cells are `columns` (by position; undefined for a header the format does not know). Made
 * once per header; the test reads cells only when the Login ID and User name are empty, which in a
 * file of users is almost never.
 */
export function unusedTemplateRowTest(columns: readonly (ColumnSpec | undefined)[], format: CsvFormat): (record: CsvRecord) => boolean {
  const loginId = columns.findIndex((c) => c?.id === 'loginId');
  const userName = columns.findIndex((c) => c?.id === 'userName');
  // Without a Login ID column nothing tells a template row from a user row.
  if (loginId < 0) return () => false;
  // No closure per record: this runs on every row of the file.
  const blank = (record: CsvRecord, count: number, position: number) =>
    position < 0 || position >= count || isEmptyCellOf(record, position);
  return (record) => {
    const count = cellCount(record);
    if (!blank(record, count, loginId) || !blank(record, count, userName)) return false;
    for (let position = 0; position < count; position++) {
      if (isEmptyCellOf(record, position)) continue;
      const column = columns[position];
      // A value under an unknown header, or past the header's last column, is something someone wrote.
      if (!column || !isTemplateValue(cellOf(record, position)!.value, column, format)) return false;
    }
    return true;
  };
}
