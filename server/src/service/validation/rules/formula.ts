/**
 * `security/formula`: a text value a spreadsheet program would run as a formula when the file is
 * opened (CSV injection, OWASP): it starts with `=`, `+`, `-`, `@`, a tab or a carriage return.
 */
import type { DiagnosticDataMap } from '../../../../../shared/codes';
import { messages } from '../../messages';
import { userCells } from '../cells';
import type { Rule } from '../types';
import { charSpan } from '../values';

const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

/**
 * Free-text columns only (User name): codes, Login IDs and passwords have their own character rules.
 * The range is the first character, the one to remove or change.
 */
export const formulaRule: Rule = {
  name: 'formula',
  check({ doc }, report) {
    for (const { column, cell } of userCells(doc, (c) => c.kind === 'text')) {
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
