/**
 * The "Create & download" template of MiiTel Admin, generated locally: the header of the columns
 * the organisation needs and N rows, each with an empty Login ID and User name, a fresh password
 * and every code column at its default. The CLI (`miitel-csv template`) and the VS Code command
 * both call this; they only choose options and write the bytes.
 */
import {
  CODE_SETS,
  COLUMNS,
  type ColumnSpec,
  isColumnSubscribed,
  MAX_USERS_PER_FILE,
  PRODUCTS,
  type ProductId,
} from '../../../shared/spec';
import type { CsvEncoding } from './encoding';
import { templateText } from './messages';
import { generatePassword } from './password';

/** What a template holds. */
export interface TemplateOptions {
  /** Number of user rows, 1 to {@link MAX_USERS_PER_FILE}. */
  readonly rows: number;
  /** Optional products whose columns the template includes (columns 1–11 are always there). */
  readonly subscriptions?: readonly ProductId[];
  /** Locale code of every row (default: the column's default, `0` Japanese). */
  readonly locale?: string;
  /** Time zone code of every row (default: `0` Tokyo). */
  readonly timeZone?: string;
}

/** The encodings a template can be written in, in the order the command offers them. */
export const TEMPLATE_ENCODINGS: readonly CsvEncoding[] = ['utf-8', 'utf-8-bom', 'shift_jis'];

/** MiiTel's template separates lines with CRLF, as Windows and Excel do. */
const EOL = '\r\n';

/**
 * Why `options` cannot make a template (the first reason found), or undefined when they can.
 * Accepts untrusted input (a command's argument object), so every field is checked at run time.
 */
export function templateOptionsError(options: unknown): string | undefined {
  const o = (options ?? {}) as Record<string, unknown>;
  if (typeof o.rows !== 'number' || !Number.isInteger(o.rows) || o.rows < 1 || o.rows > MAX_USERS_PER_FILE) {
    return templateText.badRows(o.rows, MAX_USERS_PER_FILE);
  }
  if (o.subscriptions !== undefined) {
    const list: unknown[] = Array.isArray(o.subscriptions) ? o.subscriptions : [o.subscriptions];
    const bad = list.find((p) => typeof p !== 'string' || !(p in PRODUCTS));
    if (bad !== undefined || !Array.isArray(o.subscriptions)) return templateText.badProduct(bad ?? o.subscriptions);
  }
  for (const what of ['locale', 'timeZone'] as const) {
    const value = o[what];
    if (value !== undefined && !CODE_SETS[what].some((v) => v.code === value)) return templateText.badCode(what, value);
  }
  return undefined;
}

/** The columns a template with these subscriptions has, in template order. */
export function templateColumns(subscriptions: readonly ProductId[] = []): ColumnSpec[] {
  return COLUMNS.filter((column) => isColumnSubscribed(column, subscriptions));
}

/**
 * The template as text (no BOM; CRLF after every line, the last one included).
 * @throws RangeError when the options are invalid: check untrusted ones with {@link templateOptionsError}.
 */
export function generateTemplate(options: TemplateOptions): string {
  const error = templateOptionsError(options);
  if (error) throw new RangeError(error);
  const columns = templateColumns(options.subscriptions);
  const taken = new Set<string>();
  const lines = [columns.map((c) => c.header).join(',')];
  for (let i = 0; i < options.rows; i++) {
    const password = generatePassword(taken);
    taken.add(password);
    // Headers and values need no CSV quoting: no header has a comma or quote, and generated
    // passwords are letters and digits only.
    lines.push(columns.map((c) => cellValue(c, options, password)).join(','));
  }
  return lines.join(EOL) + EOL;
}

function cellValue(column: ColumnSpec, options: TemplateOptions, password: string): string {
  switch (column.id) {
    case 'password':
      return password;
    case 'locale':
      return options.locale ?? column.defaultValue;
    case 'timeZone':
      return options.timeZone ?? column.defaultValue;
    default:
      // Login ID and User name stay empty for the administrator to fill in; codes get their default.
      return column.defaultValue;
  }
}
