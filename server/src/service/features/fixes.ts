/**
 * Quick fixes, keyed on a problem's code and typed data (never on its message). Each fix is a list
 * of offset-based changes that touch only the cell or row it mends; the rest of the file, line
 * endings, quoting and BOM included, stays byte for byte.
 */
import type { DiagnosticDataMap } from '../../../../shared/codes';
import { COMMANDS } from '../../../../shared/commands';
import { EDITOR_ENCODING_IDS } from '../../../../shared/protocol';
import { allowedValues, type ColumnSpec } from '../../../../shared/formats/index';
import type { CsvCell, CsvRecord } from '../csvDocument';
import type { MiitelDocument } from '../miitelDocument';
import { cellAt } from '../locate';
import { fixText as t } from '../messages';
import { generatePassword } from '../password';
import { suggestColumn } from '../validation/rules/unknownColumn';
import type { Problem } from '../validation/types';
import { deleteRows } from './rowEdits';
import { replaceCell, type TextChange } from './textChange';

/** One way to fix one problem. */
export interface Fix {
  readonly title: string;
  readonly problem: Problem;
  readonly changes: readonly TextChange[];
  /** The obvious, safe fix: shown first, and applied by fix-all. */
  readonly preferred: boolean;
  /** A client command to run instead of (or after) the changes. */
  readonly command?: { readonly id: string; readonly title: string; readonly arguments: unknown[] };
}

type Data<C extends keyof DiagnosticDataMap> = DiagnosticDataMap[C];

/** Every fix for `problem` in `doc` (possibly none). `uri` is passed to client commands. */
export function getFixes(doc: MiitelDocument, problem: Problem, uri = ''): Fix[] {
  const fix = (title: string, changes: TextChange[], preferred = true): Fix => ({ title, problem, changes, preferred });
  const location = cellAt(doc, problem.offset);
  const cell = location?.cell;
  switch (problem.code) {
    case 'value/not-allowed': {
      const data = problem.data as Data<'value/not-allowed'>;
      const column = doc.format.column(data.column);
      if (!cell || !column) return [];
      const values = allowedValues(column);
      const suggested = values.find((v) => v.code === data.suggestion);
      if (suggested) return [fix(t.replaceWithCode(suggested.code, suggested.label), [replaceCell(cell, suggested.code)])];
      return values.map((v) => fix(t.replaceWithCode(v.code, v.label), [replaceCell(cell, v.code)], false));
    }
    case 'value/whitespace': {
      const data = problem.data as Data<'value/whitespace'>;
      return cell ? [fix(t.trim, [replaceCell(cell, data.trimmed)])] : [];
    }
    case 'value/full-width': {
      const data = problem.data as Data<'value/full-width'>;
      return cell ? [fix(t.halfWidth(data.normalized), [replaceCell(cell, data.normalized)])] : [];
    }
    case 'login-id/format': {
      const data = problem.data as Data<'login-id/format'>;
      return cell && data?.suggestion ? [fix(t.useValue(data.suggestion), [replaceCell(cell, data.suggestion)])] : [];
    }
    case 'header/unknown-column': {
      const data = problem.data as Data<'header/unknown-column'>;
      return cell && data.suggestion ? [fix(t.renameHeader(data.suggestion), [replaceCell(cell, data.suggestion)])] : [];
    }
    case 'header/missing-column': {
      const data = problem.data as Data<'header/missing-column'>;
      if (!doc.header || doc.header.blank) return [];
      // When an unknown header looks like a misspelling of this column, renaming it is the fix to prefer.
      const misspelt = doc.headerColumns.some((h) => !h.column && suggestColumn(doc, h.cell.value)?.id === data.column);
      const column = doc.format.column(data.column);
      return column ? [insertColumn(doc, column, (title, changes) => fix(title, changes, !misspelt))] : [];
    }
    case 'header/duplicate-column': {
      if (!location?.isHeader || !location.column) return [];
      return [fix(t.removeDuplicateColumn(location.column), removeField(doc, location.position), false)];
    }
    case 'csv/field-count':
      return fieldCountFix(doc, problem, fix);
    case 'dependency/requires':
    case 'dependency/recommended': {
      const data = problem.data as Data<'dependency/requires'>;
      const row = location?.row;
      if (!cell || !row) return [];
      const dependent = doc.format.column(data.column);
      const required = doc.format.column(data.requiredColumn);
      if (!dependent || !required) return [];
      const fixes = [fix(t.disableDependent(dependent), [replaceCell(cell, '0')])];
      const prerequisite = doc.cell(row, data.requiredColumn);
      if (prerequisite) {
        // Granting a permission is the admin's call, so fix-all prefers withdrawing the dependent one.
        fixes.push(fix(t.enablePrerequisite(required, data.requiredValue), [replaceCell(prerequisite, data.requiredValue)], false));
      }
      return fixes;
    }
    case 'user-name/too-long': {
      const data = problem.data as Data<'user-name/too-long'>;
      // Cut by code point so a surrogate pair is never split; drop spaces left at the cut.
      return cell ? [fix(t.truncate(data.max), [replaceCell(cell, [...cell.value].slice(0, data.max).join('').trimEnd())])] : [];
    }
    case 'password/too-short':
    case 'password/invalid-character':
    case 'password/sequential':
    case 'password/single-class':
      return cell ? [fix(t.newPassword, [replaceCell(cell, generatePassword(passwordsIn(doc)))])] : [];
    case 'rows/unused-template-row': {
      const unused = doc.rows.filter((r) => r.unusedTemplate);
      return [fix(t.deleteUnusedRows(unused.length), deleteRows(doc, unused))];
    }
    case 'rows/too-many': {
      const data = problem.data as Data<'rows/too-many'>;
      const title = t.splitFile(data.max);
      return [{ title, problem, changes: [], preferred: false, command: { id: COMMANDS.splitFile, title, arguments: [uri, data.max] } }];
    }
    case 'security/formula': {
      if (!cell) return [];
      const first = cell.value.trimStart()[0];
      return [fix(t.removeFormulaPrefix(first), [replaceCell(cell, cell.value.trimStart().slice(1))], false)];
    }
    case 'encoding/mismatch': {
      // Reopening re-reads the bytes: only the client can, and only when the bytes are intact.
      const data = problem.data as Data<'encoding/mismatch'>;
      if (!data?.detected) return [];
      const title = t.reopenAs(data.detected);
      const command = { id: COMMANDS.reopenWithEncoding, title, arguments: [uri, EDITOR_ENCODING_IDS[data.detected]] };
      return [{ title, problem, changes: [], preferred: true, command }];
    }
    default:
      return [];
  }
}

/** Passwords already in the file, so a generated one is unique in it. */
function passwordsIn(doc: MiitelDocument): Set<string> {
  return new Set(doc.rows.map((r) => doc.cell(r, 'password')?.value ?? ''));
}

/**
 * Inserts a missing column at its template position: after the last present column that comes
 * before it in the template, in the header and in every user row (default value).
 */
function insertColumn(doc: MiitelDocument, column: ColumnSpec, fix: (title: string, changes: TextChange[]) => Fix): Fix {
  const before = doc.format.columns.filter((c) => c.index < column.index && doc.positions.has(c.id)).map((c) => doc.positions.get(c.id)!);
  const after = before.length > 0 ? Math.max(...before) : -1;
  const value = column.defaultValue;
  const insertInto = (record: CsvRecord, text: string): TextChange | undefined => {
    if (after < 0) return { offset: record.start, length: 0, newText: `${text},` };
    // A row shorter than the header gets the field at its end (csv/field-count reports the rest).
    const cell = record.cells[Math.min(after, record.cells.length - 1)];
    return { offset: cell.end, length: 0, newText: `,${text}` };
  };
  const changes = [insertInto(doc.header!, column.header), ...doc.rows.map((r) => insertInto(r.record, value))];
  return fix(
    t.insertColumn(column, value),
    changes.filter((c): c is TextChange => c !== undefined),
  );
}

/** Removes the field at `position` (and its separating comma) from the header and every user row. */
function removeField(doc: MiitelDocument, position: number): TextChange[] {
  const records = [doc.header!, ...doc.rows.map((r) => r.record)];
  return records.flatMap((record) => {
    const cells = record.cells;
    if (position >= cells.length) return [];
    const cell = cells[position];
    // Take the comma before the field, or after it for the first field.
    return position > 0
      ? [{ offset: cells[position - 1].end, length: cell.end - cells[position - 1].end, newText: '' }]
      : cells.length > 1
        ? [{ offset: cell.start, length: cells[1].start - cell.start, newText: '' }]
        : [{ offset: cell.start, length: cell.end - cell.start, newText: '' }];
  });
}

function fieldCountFix(doc: MiitelDocument, problem: Problem, fix: (title: string, changes: TextChange[]) => Fix): Fix[] {
  const data = problem.data as Data<'csv/field-count'>;
  const record = cellAt(doc, problem.offset)?.record;
  if (!record) return [];
  if (data.actual < data.expected) {
    const n = data.expected - data.actual;
    return [fix(t.addFields(n), [{ offset: record.end, length: 0, newText: ','.repeat(n) }])];
  }
  const extra: readonly CsvCell[] = record.cells.slice(data.expected);
  if (extra.some((c) => c.value !== '' || c.quoted)) return [];
  const lastKept = record.cells[data.expected - 1];
  return [fix(t.removeFields(extra.length), [{ offset: lastKept.end, length: record.end - lastKept.end, newText: '' }])];
}
