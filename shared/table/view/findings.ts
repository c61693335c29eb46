/**
 * Placing the document's findings on the grid's cells: a finding starts at an offset of the text,
 * `cellAtOffset` says which row and cell hold it. Findings outside every row (a blank line, the end
 * of the file) stay in the problem list on the row before them, so none is lost.
 */
import { cellAtOffset, type TableModel } from '../tableModel';
import type { GridFinding, GridSeverity } from './protocol';

/** A finding as the host reads it from VS Code: where it starts in the text and what it says. */
export interface OffsetFinding {
  readonly offset: number;
  /** 0-based line of the offset, for findings outside every row. */
  readonly line: number;
  readonly severity: GridSeverity;
  readonly message: string;
}

const RANK: Readonly<Record<GridSeverity, number>> = { error: 0, warning: 1, info: 2, hint: 3 };

/** The findings placed on their rows and cells, in the order of the file (then by severity). */
export function placeFindings(model: TableModel, findings: readonly OffsetFinding[]): GridFinding[] {
  const placed = findings.map((f): GridFinding => {
    const at = cellAtOffset(model, f.offset);
    if (!at) return { row: rowBefore(model, f.offset), column: -1, line: f.line + 1, severity: f.severity, message: f.message };
    return { row: at.row.index, column: at.cell?.column ?? -1, line: at.row.line, severity: f.severity, message: f.message };
  });
  return placed.sort((a, b) => a.line - b.line || a.row - b.row || a.column - b.column || RANK[a.severity] - RANK[b.severity]);
}

/** The worst severity of `findings` on each cell, keyed `row:column`. */
export function cellSeverities(findings: readonly GridFinding[]): Map<string, GridSeverity> {
  const worst = new Map<string, GridSeverity>();
  for (const f of findings) {
    if (f.column < 0) continue;
    const key = `${f.row}:${f.column}`;
    const known = worst.get(key);
    if (known === undefined || RANK[f.severity] < RANK[known]) worst.set(key, f.severity);
  }
  return worst;
}

/** The index of the last user row starting before `offset` (-1: the header, or none). */
function rowBefore(model: TableModel, offset: number): number {
  let index = -1;
  for (const row of model.rows) {
    if (row.start > offset) break;
    index = row.index;
  }
  return index;
}
