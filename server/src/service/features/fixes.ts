/**
 * Quick fixes, keyed on a problem's code and typed data (never on its message). Each code's fixes
 * are declared by its rule module (validation/rules/); this dispatches to them. Each fix is a list
 * of offset-based changes that touch only the cell or row it mends; the rest of the file, line
 * endings, quoting and BOM included, stays byte for byte.
 */
import type { MiitelDocument } from '../miitelDocument';
import { cellAt } from '../locate';
import { codeDefinition } from '../validation/rules/index';
import type { Fix, FixContext, Problem } from '../validation/types';
import type { TextChange } from './textChange';

export type { Fix } from '../validation/types';

/** Every fix for `problem` in `doc` (possibly none). `uri` is passed to client commands. */
export function getFixes(doc: MiitelDocument, problem: Problem, uri = ''): Fix[] {
  const fixes = codeDefinition(problem.code)?.fixes;
  if (!fixes) return [];
  const location = cellAt(doc, problem.offset);
  const context: FixContext<unknown> = {
    doc,
    problem,
    // The problem came from the rule that declared the code, so its data has the declared type.
    data: problem.data,
    location,
    cell: location?.cell,
    uri,
    fix: (title: string, changes: readonly TextChange[], preferred = true): Fix => ({ title, problem, changes, preferred }),
  };
  const all = fixes(context);
  // The fixes write values for a comma file; in a `;` or tab file (before its rewrite) a value they
  // write holding that delimiter (a full-width ； made half-width) would split its field.
  const delimiter = doc.csv.delimiter ?? ',';
  if (delimiter === ',' || problem.code === 'csv/delimiter' || problem.code === 'csv/field-count') return all;
  return all.filter((f) => f.changes.every((c) => !c.newText.includes(delimiter)));
}
