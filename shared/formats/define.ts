/** Builds a {@link CsvFormat} value from its data: indexes, defaults and the header lookup are derived here once. */
import type { DiagnosticCode } from '../codes';
import { normalizeHeader, recognisedColumns } from './headerMatch';
import type { CharacterSet, ColumnId, ColumnSpec, CsvFormat, FormatId, FormatLimits, TemplateDefinition } from './types';

const escapeClass = (chars: string) => chars.replace(/[\\\]^-]/g, '\\$&');
const isAsciiAlnum = (c: string) => /^[A-Za-z0-9]$/.test(c);

/** The character set of ASCII letters, digits and `symbols`. */
export function characterSet(symbols: string): CharacterSet {
  return {
    symbols,
    only: new RegExp(`^[A-Za-z0-9${escapeClass(symbols)}]*$`),
    has: (c) => isAsciiAlnum(c) || (c.length === 1 && symbols.includes(c)),
  };
}

/** A column as a format lists it: position, `required` and `aliases` are derived or defaulted. */
export type ColumnInit = Omit<ColumnSpec, 'index' | 'required' | 'defaultValue' | 'aliases'> & {
  readonly defaultValue?: string;
  readonly aliases?: readonly string[];
};

/** What {@link defineFormat} needs. */
export interface FormatInit {
  readonly id: FormatId;
  readonly displayName: string;
  /** In template order. */
  readonly columns: readonly ColumnInit[];
  readonly limits: FormatLimits;
  readonly rules: readonly DiagnosticCode[];
  readonly template: TemplateDefinition;
  /**
   * Whether the columns a first line names (by id, each once; matched tolerantly, see headerMatch.ts)
   * make it this format's header.
   */
  readonly identifiedBy: (columns: ReadonlySet<ColumnId>) => boolean;
}

/** The format described by `init`. */
export function defineFormat(init: FormatInit): CsvFormat {
  const columns: readonly ColumnSpec[] = init.columns.map((c, index) => ({
    ...c,
    index,
    aliases: c.aliases ?? [],
    required: c.products === undefined,
    // Code columns default to the help page's example, else to 0 (No / All / Japanese / Tokyo).
    defaultValue: c.defaultValue ?? (c.kind === 'code' ? c.example || '0' : ''),
  }));
  const byId = new Map(columns.map((c) => [c.id, c]));
  const byHeader = new Map<string, ColumnSpec>();
  for (const c of columns) for (const text of [c.header, ...c.aliases]) byHeader.set(normalizeHeader(text), c);
  const findColumn = (text: string) => byHeader.get(normalizeHeader(text));
  const format: CsvFormat = {
    id: init.id,
    displayName: init.displayName,
    columns,
    column: (id) => byId.get(id),
    findColumn,
    limits: init.limits,
    rules: init.rules,
    template: init.template,
    identifies: (headerFields) => init.identifiedBy(recognisedColumns(format, headerFields)),
  };
  return format;
}
