/**
 * `dependency/requires` and `dependency/recommended`: a column set to a value that only works when
 * another column of the same row has a given value (e.g. MiiTel Phone Mobile needs MiiTel Phone).
 * The pairs come from the spec's `dependencies`.
 */
import type { DiagnosticDataMap } from '../../../../../shared/codes';
import { allowedValues, type ColumnSpec } from '../../../../../shared/formats/index';
import { messages } from '../../messages';
import { columnsOf } from '../cells';
import type { RelatedLocation, RowRule } from '../types';
import { canonical, trimmedSpan } from '../values';

/**
 * Reports on the dependent cell, with the prerequisite's cell as related location. A prerequisite
 * column missing from the file counts as not enabled (MiiTel does not enable it), so that is still
 * reported, without a related location. A prerequisite cell that is empty or not a valid code
 * (`value/required`, `value/not-allowed` report it) or missing from a short row (`csv/field-count`)
 * says nothing certain, so it is not reported a second time here.
 */
const hasDependencies = (c: ColumnSpec) => c.dependencies !== undefined;

export const dependencyRule: RowRule = {
  name: 'dependency',
  checkRow({ doc }, row, cells, report) {
    if (row.unusedTemplate) return;
    for (const { column, position } of columnsOf(doc, hasDependencies)) {
      const cell = cells[position];
      if (!cell) continue;
      const value = canonical(cell.value);
      for (const dependency of column.dependencies ?? []) {
        if (value !== dependency.whenValue) continue;
        const required = doc.format.column(dependency.column);
        if (!required) continue;
        let related: RelatedLocation[] | undefined;
        if (doc.positions.has(required.id)) {
          const requiredCell = cells[doc.positions.get(required.id)!];
          if (!requiredCell) continue;
          const actual = canonical(requiredCell.value);
          if (actual === dependency.value || !allowedValues(required).some((v) => v.code === actual)) continue;
          related = [{ ...trimmedSpan(requiredCell), message: messages.dependencyPrerequisite(required, dependency.value) }];
        }
        const data = {
          column: column.id,
          requiredColumn: required.id,
          requiredValue: dependency.value,
        } satisfies DiagnosticDataMap['dependency/requires'];
        report({
          code: dependency.kind === 'requires' ? 'dependency/requires' : 'dependency/recommended',
          ...trimmedSpan(cell),
          message: (dependency.kind === 'requires' ? messages.dependencyRequires : messages.dependencyRecommended)(
            column,
            value,
            required,
            dependency.value,
          ),
          data,
          ...(related ? { related } : {}),
        });
      }
    }
  },
};
