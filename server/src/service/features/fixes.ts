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
  return fixes(context);
}
