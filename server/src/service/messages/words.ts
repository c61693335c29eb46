/**
 * The words the messages are built from: codes with their meaning, lists, quoted values, sizes.
 * Shared by the diagnostics' messages (index.ts) and the titles of fixes and templates (fixes.ts).
 */
import { joinList, msg, plural, t } from '../../../../shared/l10n';
import { CODE_SETS, type ColumnSpec, PRODUCTS, type ProductId } from '../../../../shared/formats/index';

/** "0 (No) or 1 (Yes)" style list of a column's allowed codes. */
export function allowedList(column: ColumnSpec): string {
  const values = column.codeSet ? CODE_SETS[column.codeSet] : [];
  const first = values[0];
  const last = values[values.length - 1];
  if (values.length > 4 && first && last)
    return t(
      '{0}–{1} ({2})',
      first.code,
      last.code,
      joinList(
        values.map((v) => `${v.code} ${t(v.short)}`),
        'comma',
      ),
    );
  return joinList(
    values.map((v) => withLabel(v.code, t(v.label))),
    'or',
  );
}

/**
 * The allowed codes for a diagnostic: "0 (No) or 1 (Yes)", but only the range ("a code 0–13") for a
 * long list, which would push the rest of the message off the Problems panel; the hover and the
 * completion list show every code with its meaning.
 */
export function allowedCodes(column: ColumnSpec): string {
  const values = column.codeSet ? CODE_SETS[column.codeSet] : [];
  const first = values[0];
  const last = values[values.length - 1];
  return values.length > 4 && first && last ? t('a code {0}–{1}', first.code, last.code) : allowedList(column);
}

/** A code with its meaning: `1 (Yes)`, and `0 (GMT+9:00) Tokyo` for labels that bring their own brackets. */
export const withLabel = (code: string, label: string) =>
  // A time zone label carries its own brackets: "0 (GMT+9:00) Tokyo". Other labels get the language's: "1 (Yes)", "1（はい）".
  label.startsWith('(') ? `${code} ${label}` : t('{0} ({1})', code, label);

/** A suggested code with its meaning, so "Did you mean 1 (Yes)?" reads without the table. */
export const suggestionWithLabel = (column: ColumnSpec, code: string) => {
  const value = column.codeSet ? CODE_SETS[column.codeSet].find((v) => v.code === code) : undefined;
  return value ? withLabel(code, t(value.label)) : code;
};
/** Products as "A or B or C" (every separator "or": a column is needed by any one of them). */
export const productList = (products: readonly ProductId[]) =>
  products.map((p) => t(PRODUCTS[p])).reduce((list, product) => t('{0} or {1}', list, product));
export const quote = (s: string) => JSON.stringify(s);
/** The first character of a value, quoted, or named when it is a tab or a line break. */
export const firstCharacter = (c: string) => (c === '\t' ? t('tab') : c === '\r' || c === '\n' ? t('line break') : quote(c));
export const quotedList = (values: readonly string[]) => joinList(values.map(quote), 'comma');
export const headerList = (columns: readonly ColumnSpec[]) =>
  joinList(
    columns.map((c) => c.header),
    'comma',
  );
/** `1 MB`, `500 KB` (decimal units, as file managers show sizes). */
export const formatBytes = (bytes: number) =>
  bytes >= 1e6
    ? t('{0} MB', Number((bytes / 1e6).toFixed(1)))
    : bytes >= 1e3
      ? t('{0} KB', Number((bytes / 1e3).toFixed(1)))
      : plural(bytes, { one: msg('{0} byte'), other: msg('{0} bytes') }, bytes);
export const fields = (n: number) => plural(n, { one: msg('{0} field'), other: msg('{0} fields') }, n);
export const extraFields = (n: number) => plural(n, { one: msg('{0} extra field'), other: msg('{0} extra fields') }, n);
export const encodingName = (encoding: 'shift_jis' | 'utf-8') => (encoding === 'shift_jis' ? 'Shift_JIS' : 'UTF-8');
