/**
 * `security/formula`: a text value a spreadsheet program would run as a formula when the file is
 * opened (CSV injection, OWASP): it starts with `=`, `+`, `-`, `@`, a tab or a carriage return.
 */
import type { ColumnId } from '../../../../../../shared/formats/index';
import { replaceCell } from '../../../features/textChange';
import { fixText as t, messages } from '../../../messages';
import { code, type CellRule, ofKind } from '../../types';
import { charSpan } from '../../values';

/** Data of `security/formula`. */
export interface FormulaData {
  readonly column: ColumnId;
}

const codes = {
  // Not preferred: the leading character may be meant (a name starting with "-").
  'security/formula': code<FormulaData>('warning', ({ cell, fix }) => {
    if (!cell) return [];
    const first = cell.value.trimStart()[0];
    if (first === undefined) return [];
    return [fix(t.removeFormulaPrefix(first), [replaceCell(cell, cell.value.trimStart().slice(1))], false)];
  }),
};

const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

/**
 * Free-text columns only (User name): codes, Login IDs and passwords have their own character rules.
 * The range is the first character, the one to remove or change.
 */
export const formulaRule: CellRule<typeof codes> = {
  name: 'formula',
  codes,
  columns: ofKind('text'),
  checkCell(_context, cell, column, report) {
    const first = cell.value.charAt(0);
    if (!TRIGGERS.has(first)) return;
    report('security/formula', charSpan(cell, 0), messages.formula(column, first), { column: column.id });
  },
};
