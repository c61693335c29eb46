/**
 * The grid's columns and rows from the table model and the file's format: each header position
 * gets its column's kind (flag, code, password, text), its meaning and its codes with their
 * meanings, rendered in the user's language through shared/l10n.ts.
 */
import { t } from '../../l10n';
import { allowedValues, type CsvFormat } from '../../formats/index';
import type { TableModel } from '../tableModel';
import type { GridColumn, GridColumnKind, GridRow } from './protocol';

/**
 * The columns of `model`'s header as the grid shows them; headers the format does not know are text.
 * `names`, when given, is the MiiTel header the language server reads each position as (its header
 * aliases applied; null: unknown), so the table's columns are the checker's.
 */
export function gridColumns(model: TableModel, format: CsvFormat | undefined, names?: readonly (string | null)[]): GridColumn[] {
  const columns: GridColumn[] = [];
  let leading = true;
  for (let position = 0; position < model.columnCount; position++) {
    const header = model.headers[position] ?? '';
    const name = names ? names[position] : header;
    const spec = name ? format?.findColumn(name) : undefined;
    const kind: GridColumnKind =
      spec?.kind === 'password' ? 'password' : spec?.codeSet === 'flag' ? 'flag' : spec?.kind === 'code' ? 'code' : 'text';
    // Frozen only while they lead the header: a sticky column further right would cover the ones before it.
    leading = leading && (spec?.id === 'loginId' || spec?.id === 'userName');
    const options = spec ? allowedValues(spec).map((v) => ({ code: v.code, label: `${v.code} — ${t(v.label)}` })) : [];
    columns.push({
      header,
      description: spec ? t(spec.description) : '',
      kind,
      frozen: leading,
      ...(options.length > 0 ? { options } : {}),
    });
  }
  return columns;
}

/** The user rows of `model` as the grid shows them: line numbers and values by position. */
export function gridRows(model: TableModel): GridRow[] {
  return model.rows.map((row) => ({ line: row.line, values: row.cells.map((c) => c.value) }));
}
