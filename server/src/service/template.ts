/**
 * The "Create & download" template of MiiTel Admin, generated locally: the header of the columns
 * the organisation needs and N rows, each with an empty Login ID and User name, a fresh password
 * and every code column at its default. The CLI (`miitel-csv template`) and the VS Code command
 * both call this; they only choose options and write the bytes.
 */
import { MIITEL_ENCODINGS } from '../../../shared/encodings';
import {
  CODE_SETS,
  type ColumnSpec,
  type CsvFormat,
  DEFAULT_FORMAT,
  PRODUCTS,
  type ProductId,
  templateColumnsOf,
} from '../../../shared/formats/index';
import type { CsvEncoding } from './encoding';
import { templateText } from './messages';
import { generatePassword } from './password';

/** What a template holds. */
export interface TemplateOptions {
  /** Number of user rows, 1 to the format's `usersPerFile`. */
  readonly rows: number;
  /**
   * Optional products whose columns the template includes (columns 1–11 are always there), with the
   * columns those depend on.
   */
  readonly subscriptions?: readonly ProductId[];
  /** Locale code of every row (default: the column's default, `0` Japanese). */
  readonly locale?: string;
  /** Time zone code of every row (default: `0` Tokyo). */
  readonly timeZone?: string;
  /**
   * Value of every row per column header, for code columns (the organisation config's
   * `template.values`); `locale` and `timeZone` win over the values of their columns.
   */
  readonly values?: Readonly<Record<string, string>>;
}

/** The encodings a template can be written in, in the order the command offers them. */
export const TEMPLATE_ENCODINGS: readonly CsvEncoding[] = MIITEL_ENCODINGS;

/**
 * Why `options` cannot make a template (the first reason found), or undefined when they can.
 * Accepts untrusted input (a command's argument object), so every field is checked at run time.
 */
export function templateOptionsError(options: unknown, format: CsvFormat = DEFAULT_FORMAT): string | undefined {
  const o = (options ?? {}) as Record<string, unknown>;
  const max = format.limits.usersPerFile;
  if (typeof o.rows !== 'number' || !Number.isInteger(o.rows) || o.rows < 1 || o.rows > max) {
    return templateText.badRows(o.rows, max);
  }
  if (o.subscriptions !== undefined) {
    const list: unknown[] = Array.isArray(o.subscriptions) ? o.subscriptions : [o.subscriptions];
    const bad = list.find((p) => typeof p !== 'string' || !(p in PRODUCTS));
    if (bad !== undefined || !Array.isArray(o.subscriptions)) return templateText.badProduct(bad ?? o.subscriptions);
  }
  for (const what of format.template.optionColumns) {
    const value = o[what];
    if (value !== undefined && !CODE_SETS[what].some((v) => v.code === value)) return templateText.badCode(what, value, format);
  }
  if (o.values !== undefined) {
    if (typeof o.values !== 'object' || o.values === null || Array.isArray(o.values)) return templateText.badValues();
    for (const [header, value] of Object.entries(o.values)) {
      const column = format.columns.find((c) => c.header === header);
      if (!column?.codeSet) return templateText.badValueColumn(header);
      if (!CODE_SETS[column.codeSet].some((v) => v.code === value)) return templateText.badValue(header, value);
    }
  }
  return undefined;
}

/**
 * The columns a template with these subscriptions has, in template order: the subscribed ones and
 * every column they depend on (the Meetings bot option brings MiiTel Meetings Enable).
 */
export function templateColumns(subscriptions: readonly ProductId[] = [], format: CsvFormat = DEFAULT_FORMAT): ColumnSpec[] {
  return templateColumnsOf(format, subscriptions);
}

/**
 * The template as text (no BOM; CRLF after every line, the last one included).
 * @throws RangeError when the options are invalid: check untrusted ones with {@link templateOptionsError}.
 */
export function generateTemplate(options: TemplateOptions, format: CsvFormat = DEFAULT_FORMAT): string {
  const error = templateOptionsError(options, format);
  if (error) throw new RangeError(error);
  const columns = templateColumns(options.subscriptions, format);
  const taken = new Set<string>();
  const lines = [columns.map((c) => c.header).join(',')];
  for (let i = 0; i < options.rows; i++) {
    const password = generatePassword(taken);
    taken.add(password);
    // Headers and values need no CSV quoting: no header has a comma or quote, and generated
    // passwords are letters and digits only.
    lines.push(columns.map((c) => cellValue(c, format, options, password)).join(','));
  }
  const eol = format.template.eol;
  return lines.join(eol) + eol;
}

function cellValue(column: ColumnSpec, format: CsvFormat, options: TemplateOptions, password: string): string {
  if (column.id === format.template.passwordColumn) return password;
  const option = format.template.optionColumns.find((id) => id === column.id);
  // Login ID and User name stay empty for the administrator to fill in; codes get their default.
  return (option && options[option]) ?? options.values?.[column.header] ?? column.defaultValue;
}
