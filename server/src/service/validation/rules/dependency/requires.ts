/**
 * `dependency/requires` and `dependency/recommended`: a column set to a value that only works when
 * another column of the same row has a given value (e.g. MiiTel Phone Mobile needs MiiTel Phone).
 * The pairs come from the spec's `dependencies`.
 */
import { allowedValues, type ColumnId, type ColumnSpec } from '../../../../../../shared/formats/index';
import { replaceCell } from '../../../features/textChange';
import { fixText as t, messages } from '../../../messages';
import { code, type Fix, type FixContext, type RelatedLocation, type CellRule } from '../../types';
import { canonical, trimmedSpan } from '../../values';

/** Data of `dependency/requires` and `dependency/recommended`. */
export interface DependencyData {
  readonly column: ColumnId;
  readonly requiredColumn: ColumnId;
  readonly requiredValue: string;
}

/**
 * Withdrawing the dependent permission (preferred: it adds no permission), or granting the
 * prerequisite in the row. Neither is in fix-all: both change what the user may do, which is the
 * administrator's call.
 */
function fixDependency({ doc, location, cell, data, fix }: FixContext<DependencyData>): Fix[] {
  const row = location?.row;
  if (!cell || !row) return [];
  const dependent = doc.format.column(data.column);
  const required = doc.format.column(data.requiredColumn);
  if (!dependent || !required) return [];
  const fixes = [fix(t.disableDependent(dependent), [replaceCell(cell, '0')])];
  const prerequisite = doc.cell(row, data.requiredColumn);
  if (prerequisite) {
    fixes.push(fix(t.enablePrerequisite(required, data.requiredValue), [replaceCell(prerequisite, data.requiredValue)], false));
  }
  return fixes;
}

const codes = {
  'dependency/requires': code<DependencyData>('error', fixDependency),
  'dependency/recommended': code<DependencyData>('warning', fixDependency),
};

/**
 * Reports on the dependent cell, with the prerequisite's cell as related location. A prerequisite
 * column missing from the file counts as not enabled (MiiTel does not enable it), so that is still
 * reported, without a related location. A prerequisite cell that is empty or not a valid code
 * (`value/required`, `value/not-allowed` report it) or missing from a short row (`csv/field-count`)
 * says nothing certain, so it is not reported a second time here.
 */
const hasDependencies = (c: ColumnSpec) => c.dependencies !== undefined;

export const dependencyRule: CellRule<typeof codes> = {
  name: 'dependency',
  codes,
  columns: hasDependencies,
  clean(value, column) {
    const canonicalValue = canonical(value);
    return !(column.dependencies ?? []).some((dependency) => dependency.whenValue === canonicalValue);
  },
  checkCell({ doc }, cell, column, report, _row, cells) {
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
      const data = { column: column.id, requiredColumn: required.id, requiredValue: dependency.value };
      const span = related ? { ...trimmedSpan(cell), related } : trimmedSpan(cell);
      if (dependency.kind === 'requires') {
        report('dependency/requires', span, messages.dependencyRequires(column, value, required, dependency.value), data);
      } else {
        report('dependency/recommended', span, messages.dependencyRecommended(column, value, required, dependency.value), data);
      }
    }
  },
};
