/**
 * `security/formula`: a text value a spreadsheet program would run as a formula when the file is
 * opened (CSV injection, OWASP): it starts with `=`, `+`, `-`, `@`, a tab or a carriage return.
 */
import type { DiagnosticDataMap } from '../../../../../shared/codes';
import type { ColumnSpec } from '../../../../../shared/formats/index';
import { messages } from '../../messages';
import { columnsOf } from '../cells';
import type { RowRule } from '../types';
import { charSpan } from '../values';

const isText = (c: ColumnSpec) => c.kind === 'text';

const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

/**
 * Free-text columns only (User name): codes, Login IDs and passwords have their own character rules.
 * The range is the first character, the one to remove or change.
 */
export const formulaRule: RowRule = {
  name: 'formula',
  checkRow({ doc }, row, cells, report) {
    if (row.unusedTemplate) return;
    for (const { column, position } of columnsOf(doc, isText)) {
      const cell = cells[position];
      if (!cell) continue;
      const first = cell.value.charAt(0);
      if (!TRIGGERS.has(first)) continue;
      report({
        code: 'security/formula',
        ...charSpan(cell, 0),
        message: messages.formula(column, first),
        data: { column: column.id } satisfies DiagnosticDataMap['security/formula'],
      });
    }
  },
};
