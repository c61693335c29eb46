/**
 * Hover: explains the column under the caret, every allowed value, and what this cell's value
 * means. A finding on the cell is not repeated: VS Code shows its diagnostic right above the hover.
 * Never echoes a password.
 */
import type { Hover } from 'vscode-languageserver-types';
import { MarkupKind } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { allowedValues, type ColumnSpec, type CsvFormat } from '../../../../shared/formats/index';
import { t as translate } from '../../../../shared/l10n';
import type { MiitelDocument } from '../miitelDocument';
import { cellAt, type CellLocation } from '../locate';
import { featureText as t, updateFeatureText } from '../messages';
import { headerKey } from '../validation/engine';
import type { RowResults } from '../validation/rowResults';
import type { Problem } from '../validation/types';
import { loginIdDuplicateRule } from '../validation/rules/login-id/duplicate';
import { loginIdKey } from '../validation/values';
import { escapeMarkdown } from './markdown';

/**
 * The hover at `offset`, given the document's current problems (a cell with a finding gets no
 * "means" or "meets every rule" line) and, when known, the version's row results (whose Login ID
 * counts spare a pass over every row). `null` row results: a validation of this version is due but has not begun, so the
 * Login ID count is left out rather than read from every row (a large file's background check).
 */
export function doHover(
  document: TextDocument,
  doc: MiitelDocument,
  offset: number,
  problems: readonly Problem[],
  rowResults?: RowResults | null,
): Hover | null {
  const location = cellAt(doc, offset);
  // Blank and all-empty lines are no user: nothing to explain there.
  if (!location || (!location.isHeader && !location.row)) return null;
  const { cell } = location;
  const sections = location.column
    ? describeColumn(doc.format, location.column)
    : location.isHeader
      ? [escapeMarkdown(t.unknownHeader(cell.value))]
      : null;
  if (!sections) return null;
  // What this very cell means goes right under the title, before the reference part.
  if (location.column && !location.isHeader) sections.splice(1, 0, describeCell(doc, location, location.column, problems, rowResults));
  return {
    contents: { kind: MarkupKind.Markdown, value: sections.filter((s) => s !== '').join('\n\n') },
    range: { start: document.positionAt(cell.start), end: document.positionAt(cell.end) },
  };
}

/** Name, purpose, when it is needed, dependencies and allowed values of a column. */
function describeColumn(format: CsvFormat, column: ColumnSpec): string[] {
  const lines = [t.columnTitle(`**${escapeMarkdown(column.header)}**`, column), escapeMarkdown(translate(column.description))];
  const relations = (column.dependencies ?? []).flatMap((d) => {
    const required = format.column(d.column);
    return required ? [t.needs(required, d.value, d.kind)] : [];
  });
  const dependents = format.columns.filter((c) => c.dependencies?.some((d) => d.column === column.id && d.kind === 'requires'));
  if (dependents.length > 0) relations.push(t.neededBy(dependents));
  if (column.seat) relations.push(t.seat(column.seat));
  if (relations.length > 0) lines.push(relations.map(escapeMarkdown).join('  \n'));
  // An update file's Login IDs must exist; a create file's must not.
  const loginIdRules = format.rules.includes('login-id/not-found') ? updateFeatureText.updateLoginIdRules : t.loginIdRules;
  if (column.kind === 'loginId') lines.push(bullets(loginIdRules));
  if (column.kind === 'password') lines.push(bullets(t.passwordRules));
  if (column.kind === 'extension') lines.push(bullets(updateFeatureText.extensionNumberRules));
  const values = allowedValues(column);
  if (values.length > 0) {
    lines.push([t.tableHeader, ...values.map((v) => `| \`${v.code}\` | ${escapeMarkdown(translate(v.label))} |`)].join('\n'));
  }
  // Create and update files share most headers: say which one this file is read as.
  lines.push(`*${escapeMarkdown(updateFeatureText.formatLine(format))}*`);
  return lines;
}

const bullets = (rules: readonly string[]) => rules.map((r) => `- ${escapeMarkdown(r)}`).join('\n');

/** What the value of a data cell means; with a finding on it, only what stays true (length, other rows). */
function describeCell(
  doc: MiitelDocument,
  location: CellLocation,
  column: ColumnSpec,
  problems: readonly Problem[],
  rowResults: RowResults | null | undefined,
): string {
  const hasFinding = hasProblemOn(location, problems);
  const value = location.cell.value;
  const lines: string[] = [];
  if (column.kind === 'code' && !hasFinding) {
    const meaning = allowedValues(column).find((v) => v.code === value);
    if (meaning) lines.push(t.cellMeaning(meaning.code, escapeMarkdown(translate(meaning.label))));
  }
  if (column.kind === 'text' && column.maxLength) lines.push(t.userNameLength([...value].length, column.maxLength));
  const others = column.kind === 'loginId' && value !== '' ? countOthers(doc, location, column, rowResults) : undefined;
  if (others !== undefined) lines.push(t.loginIdOthers(others));
  if (column.kind === 'password' && !hasFinding && value !== '') lines.push(t.passwordOk);
  return lines.length > 0 ? `**${t.thisCell}:** ${lines.join('  \n')}` : '';
}

/**
 * Other user rows with the same Login ID, compared as the duplicate rule compares them (`loginIdKey`).
 * Undefined while a validation of this version is under way: the count follows with its findings.
 */
function countOthers(
  doc: MiitelDocument,
  location: CellLocation,
  column: ColumnSpec,
  rowResults: RowResults | null | undefined,
): number | undefined {
  if (rowResults === null) return undefined;
  // The duplicate rule's row keys, counted by the validation: a 1,000,000-row file is not read again per hover.
  // Row results carried over a header edit hold keys read from other columns until the next validation.
  const keys = rowResults?.key.header === headerKey(doc) ? rowResults.keys.get(loginIdDuplicateRule.name) : undefined;
  if (keys) {
    // Not every row's key is known yet: a large file's background validation is still going.
    if (!rowResults?.rowsChecked) return undefined;
    const own = keys.get(location.recordIndex);
    if (typeof own === 'number') return keys.count(own) - 1;
  }
  const id = loginIdKey(location.cell.value);
  let n = 0;
  for (const row of doc.rows) {
    if (row.recordIndex === location.recordIndex) continue;
    const cell = doc.cell(row, column.id);
    if (cell && loginIdKey(cell.value) === id) n++;
  }
  return n;
}

/** Whether a problem lies on this cell (VS Code shows its message above the hover). */
function hasProblemOn(location: CellLocation, problems: readonly Problem[]): boolean {
  const { start, end } = location.cell;
  return problems.some((p) => p.offset >= start && p.offset + p.length <= end && !(p.length === 0 && p.offset === end && end > start));
}
