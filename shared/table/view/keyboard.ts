/**
 * The grid's keyboard, as a pure function from a key press (outside an open cell editor) to what
 * the grid does: move the active cell, start editing, toggle a flag, undo or redo through VS Code.
 */

/** A key press, as much of a KeyboardEvent as the grid reads. */
export interface KeyPress {
  readonly key: string;
  readonly shiftKey?: boolean;
  readonly ctrlKey?: boolean;
  readonly metaKey?: boolean;
  readonly altKey?: boolean;
}

/** The active cell: a row index and a column position. */
export interface CellPosition {
  readonly row: number;
  readonly column: number;
}

/** What a key press does. */
export type GridAction =
  | { readonly kind: 'move'; readonly to: CellPosition }
  | { readonly kind: 'edit'; readonly initial?: string }
  | { readonly kind: 'toggle' }
  | { readonly kind: 'undo' }
  | { readonly kind: 'redo' }
  | { readonly kind: 'none' };

const PAGE = 20;

/**
 * What `press` does with the active cell `at` in a grid of `rows` × `columns` (a flag column's
 * Space toggles, `isFlag` says whether the active cell is one).
 */
export function keyAction(press: KeyPress, at: CellPosition, rows: number, columns: number, isFlag: boolean): GridAction {
  const command = press.ctrlKey === true || press.metaKey === true;
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  if (command && !press.altKey) {
    if (key === 'z') return press.shiftKey ? { kind: 'redo' } : { kind: 'undo' };
    if (key === 'y') return { kind: 'redo' };
    if (press.key === 'Home') return move(0, 0);
    if (press.key === 'End') return move(rows - 1, columns - 1);
    return { kind: 'none' };
  }
  function move(row: number, column: number): GridAction {
    if (rows <= 0 || columns <= 0) return { kind: 'none' };
    return { kind: 'move', to: { row: clamp(row, rows), column: clamp(column, columns) } };
  }
  switch (press.key) {
    case 'ArrowUp':
      return move(at.row - 1, at.column);
    case 'ArrowDown':
      return move(at.row + 1, at.column);
    case 'ArrowLeft':
      return move(at.row, at.column - 1);
    case 'ArrowRight':
      return move(at.row, at.column + 1);
    case 'PageUp':
      return move(at.row - PAGE, at.column);
    case 'PageDown':
      return move(at.row + PAGE, at.column);
    case 'Home':
      return move(at.row, 0);
    case 'End':
      return move(at.row, columns - 1);
    case 'Tab':
      return tab(at, rows, columns, press.shiftKey === true);
    case 'Enter':
    case 'F2':
      return { kind: 'edit' };
    case ' ':
      return isFlag ? { kind: 'toggle' } : { kind: 'edit', initial: ' ' };
    default:
      // A printable character starts editing with it, as in a spreadsheet.
      return press.key.length === 1 && !press.altKey ? { kind: 'edit', initial: press.key } : { kind: 'none' };
  }
}

/** Tab goes right and on to the next row's first cell; Shift+Tab goes back; stops at the grid's ends. */
function tab(at: CellPosition, rows: number, columns: number, back: boolean): GridAction {
  if (rows <= 0 || columns <= 0) return { kind: 'none' };
  let { row, column } = at;
  column += back ? -1 : 1;
  if (column >= columns) [row, column] = [row + 1, 0];
  if (column < 0) [row, column] = [row - 1, columns - 1];
  if (row < 0 || row >= rows) return { kind: 'none' };
  return { kind: 'move', to: { row, column } };
}

function clamp(n: number, count: number): number {
  return Math.min(Math.max(0, n), count - 1);
}

/** The value a flag cell takes when toggled: `1` from `0` (or anything else), `0` from `1`. */
export function toggledFlag(value: string): string {
  return value.trim() === '1' ? '0' : '1';
}
