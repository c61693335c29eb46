/**
 * How a text is read as a MiiTel file besides its own content: the organisation config may force
 * the format (`format`) and name other header texts of its files (`headerAliases`, header text →
 * canonical header). Both come from the settings; a parse made with other options is another parse
 * (the server's document cache compares them with {@link sameParseOptions}).
 */
import { normalizeHeader } from '../../../shared/formats/index';
import type { MiitelCsvSettings } from '../../../shared/settings';

/** Options of a parse. */
export interface ParseOptions {
  /** `create` or `update` forces that format; `auto` (the default) tells by the header. */
  readonly format?: 'auto' | 'create' | 'update';
  /** Header text of the team's files → the canonical header it stands for (`{"ログインID": "Login ID"}`). */
  readonly headerAliases?: Readonly<Record<string, string>>;
}

/** The parse options the settings give. */
export function parseOptionsOf(settings: Pick<MiitelCsvSettings, 'format' | 'headerAliases'>): ParseOptions {
  return { format: settings.format, headerAliases: settings.headerAliases };
}

/** Whether two option sets read every text the same way. */
export function sameParseOptions(a: ParseOptions, b: ParseOptions): boolean {
  if ((a.format ?? 'auto') !== (b.format ?? 'auto')) return false;
  const x = Object.entries(a.headerAliases ?? {});
  const y = b.headerAliases ?? {};
  return x.length === Object.keys(y).length && x.every(([k, v]) => Object.hasOwn(y, k) && y[k] === v);
}

/**
 * The header text each header cell stands for: the canonical header its alias names, else itself.
 * Aliases match as headers do, ignoring case and spacing.
 */
export function headerResolver(options: ParseOptions): (text: string) => string {
  const entries = Object.entries(options.headerAliases ?? {});
  if (entries.length === 0) return (text) => text;
  const aliases = new Map(entries.filter(([, v]) => typeof v === 'string').map(([k, v]) => [normalizeHeader(k), v]));
  return (text) => aliases.get(normalizeHeader(text)) ?? text;
}
