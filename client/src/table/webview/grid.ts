/**
 * The grid: a sticky header row, the row numbers and the leading Login ID / User name columns frozen
 * on the left, and only the rows in view drawn (shared/table/view/viewport.ts). Keyboard focus stays
 * on the grid element, which names the active cell with `aria-activedescendant`; a cell editor
 * (an input, a drop-down) takes focus only while a cell is edited.
 */
import { cellSeverities } from '../../../../shared/table/view/findings';
import { type CellPosition, keyAction, toggledFlag } from '../../../../shared/table/view/keyboard';
import type { GridColumn, GridFix, GridSeverity, GridState, ViewMessage } from '../../../../shared/table/view/protocol';
import { rowWindow, scrollToRow } from '../../../../shared/table/view/viewport';
import { columnWidth, element } from './dom';
import { fillCell } from './cellView';
import { FixMenu } from './fixMenu';
import { CellEditor } from './cellEditor';
import { ProblemList } from './problemList';

const ROW_HEIGHT = 26;
const ROW_NUMBER_WIDTH = 56;

/** The table view's grid and toolbar. */
export class Grid {
  private state: GridState | undefined;
  private active: CellPosition = { row: 0, column: 0 };
  private readonly selected = new Set<number>();
  private severities = new Map<string, GridSeverity>();
  private messages = new Map<string, string[]>();
  private widths: number[] = [];
  private lefts: number[] = [];
  private drawn = { first: -1, end: -1 };
  private revealLast = false;
  private readonly toolbar = element('div', 'toolbar', '', { role: 'toolbar' });
  private readonly notice = element('div', 'notice', '', { role: 'status' });
  private readonly scroller = element('div', 'scroller', '', { role: 'grid', tabindex: '0' });
  private readonly content = element('div', 'content');
  private readonly head = element('div', 'row head', '', { role: 'row', 'aria-rowindex': '1' });
  private readonly body = element('div', 'body', '', { role: 'rowgroup' });
  private readonly editor: CellEditor;
  private readonly problems: ProblemList;
  private readonly menu = new FixMenu(
    (id) => this.send({ type: 'applyFix', id }),
    () => this.scroller.focus(),
  );
  private readonly buttons: Record<'addUser' | 'duplicate' | 'deleteRows' | 'fixAll' | 'quickFixes', HTMLButtonElement>;

  constructor(
    root: HTMLElement,
    private readonly send: (message: ViewMessage) => void,
  ) {
    const button = (name: keyof Grid['buttons'], action: () => void) => {
      const b = element('button', name === 'addUser' ? 'primary' : '', '', { type: 'button', 'data-action': name });
      b.addEventListener('click', action);
      this.toolbar.append(b);
      return b;
    };
    this.buttons = {
      addUser: button('addUser', () => {
        this.revealLast = true;
        this.send({ type: 'addUser' });
      }),
      duplicate: button('duplicate', () => this.rowsCommand('duplicate')),
      deleteRows: button('deleteRows', () => this.rowsCommand('delete')),
      quickFixes: button('quickFixes', () => this.requestFixes()),
      fixAll: button('fixAll', () => this.send({ type: 'fixAll' })),
    };
    this.content.append(this.head, this.body);
    this.scroller.append(this.content);
    this.problems = new ProblemList((row, column) => this.select({ row, column }));
    root.append(this.toolbar, this.notice, this.scroller, this.problems.element, this.menu.element);
    this.editor = new CellEditor(
      (value) => this.commit(value),
      (key) => {
        this.scroller.focus();
        const state = this.state;
        if (!key || !state) return;
        const action = keyAction(key, this.active, state.rows.length, state.columns.length, false);
        if (action.kind === 'move') this.select(action.to);
      },
      // Drawn again after the current event: the cell shows its value (the new one comes with the next state).
      () => queueMicrotask(() => this.drawRows(true)),
    );
    this.scroller.addEventListener('scroll', () => requestAnimationFrame(() => this.drawRows(false)));
    this.scroller.addEventListener('keydown', (e) => this.onKey(e));
    // A password shows while its cell is active in the focused grid: only that cell changes.
    this.scroller.addEventListener('focus', () => this.refreshActiveCell());
    this.scroller.addEventListener('blur', () => this.refreshActiveCell());
    this.body.addEventListener('click', (e) => this.onClick(e));
    this.body.addEventListener('dblclick', (e) => {
      if (this.cellOf(e.target)) this.startEdit();
    });
    this.body.addEventListener('contextmenu', (e) => {
      const at = this.cellOf(e.target);
      if (!at) return;
      e.preventDefault();
      this.select(at);
      this.requestFixes();
    });
    // Undo and redo are VS Code's (the document's): never the webview's own, not even the browser's.
    document.addEventListener('keydown', (e) => {
      const action = keyAction(e, this.active, 0, 0, false);
      if (action.kind !== 'undo' && action.kind !== 'redo') return;
      e.preventDefault();
      e.stopPropagation();
      if (this.editor.isOpen) this.editor.cancel();
      else this.send({ type: action.kind });
    });
    new ResizeObserver(() => this.drawRows(true)).observe(this.scroller);
  }

  /** Shows a new state of the document (after any change of its text or its findings). */
  setState(state: GridState): void {
    const grew = this.state !== undefined && state.rows.length > this.state.rows.length;
    this.state = state;
    // A finding refreshed while a cell is being edited keeps the edit open; a changed shape closes it.
    if (this.editor.isOpen && (grew || this.active.row >= state.rows.length)) this.editor.close();
    this.menu.hide();
    for (const r of [...this.selected]) if (r >= state.rows.length) this.selected.delete(r);
    this.severities = cellSeverities(state.findings);
    this.messages = new Map();
    for (const f of state.findings) {
      const key = `${f.row}:${f.column}`;
      this.messages.set(key, [...(this.messages.get(key) ?? []), f.message]);
    }
    const s = state.strings;
    this.buttons.addUser.textContent = s.addUser;
    this.buttons.duplicate.textContent = s.duplicate;
    this.buttons.deleteRows.textContent = s.deleteRows;
    this.buttons.quickFixes.textContent = s.quickFixes;
    this.buttons.fixAll.textContent = s.fixAll;
    this.notice.textContent = state.notice ?? '';
    this.notice.hidden = state.notice === undefined;
    this.scroller.setAttribute('aria-label', s.gridLabel);
    this.scroller.setAttribute('aria-rowcount', String(state.rows.length + 1));
    this.scroller.setAttribute('aria-colcount', String(state.columns.length + 1));
    this.layoutColumns(state.columns);
    this.drawHead(state);
    if (this.revealLast && grew) {
      this.revealLast = false;
      this.select({ row: state.rows.length - 1, column: 0 });
    } else {
      this.active = clampPosition(this.active, state);
    }
    this.drawRows(true);
    this.problems.show(state);
    this.updateButtons();
  }

  /** Shows the quick fixes of a cell as a menu under it. */
  showFixes(row: number, column: number, fixes: readonly GridFix[]): void {
    if (!this.state || row !== this.active.row || column !== this.active.column) return;
    const cell = document.getElementById(cellId(row, column));
    this.menu.show(cell ?? this.scroller, fixes, this.state.strings.noFixes);
  }

  private layoutColumns(columns: readonly GridColumn[]): void {
    this.widths = columns.map((c) => columnWidth(c.kind, c.header));
    this.lefts = [];
    let left = ROW_NUMBER_WIDTH;
    for (const [i, c] of columns.entries()) {
      this.lefts.push(c.frozen ? left : -1);
      left += this.widths[i] ?? 0;
    }
    this.content.style.width = `${left}px`;
  }

  private drawHead(state: GridState): void {
    const corner = element('div', 'cell rownum', state.strings.line, { role: 'columnheader', 'aria-colindex': '1' });
    corner.style.width = `${ROW_NUMBER_WIDTH}px`;
    const cells = state.columns.map((column, i) => {
      const cell = element('div', 'cell', column.header, { role: 'columnheader', 'aria-colindex': String(i + 2) });
      cell.title = column.description ? `${column.header}\n${column.description}` : column.header;
      this.place(cell, i);
      this.mark(cell, -1, i);
      return cell;
    });
    this.head.replaceChildren(corner, ...cells);
  }

  /** Draws the rows in view; `force` redraws them even when the same rows are in view. */
  private drawRows(force: boolean): void {
    const state = this.state;
    if (!state) return;
    const headHeight = this.head.offsetHeight;
    const { first, end } = rowWindow(this.scroller.scrollTop, this.scroller.clientHeight - headHeight, ROW_HEIGHT, state.rows.length);
    if (!force && first === this.drawn.first && end === this.drawn.end) return;
    this.drawn = { first, end };
    const rows: HTMLElement[] = [spacer(first * ROW_HEIGHT)];
    for (let r = first; r < end; r++) rows.push(this.drawRow(state, r));
    rows.push(spacer((state.rows.length - end) * ROW_HEIGHT));
    this.body.replaceChildren(...rows);
    const activeId = cellId(this.active.row, this.active.column);
    if (document.getElementById(activeId)) this.scroller.setAttribute('aria-activedescendant', activeId);
    else this.scroller.removeAttribute('aria-activedescendant');
    if (this.editor.isOpen) this.editor.reattach(document.getElementById(activeId));
  }

  private refreshActiveCell(): void {
    const state = this.state;
    const column = state?.columns[this.active.column];
    const cell = document.getElementById(cellId(this.active.row, this.active.column));
    if (!state || !cell || column?.kind !== 'password' || this.editor.isOpen) return;
    cell.replaceChildren();
    const revealed = document.activeElement === this.scroller;
    fillCell(cell, column, state.rows[this.active.row]?.values[this.active.column] ?? '', revealed, state.strings.masked);
  }

  private drawRow(state: GridState, r: number): HTMLElement {
    const row = state.rows[r]!;
    const selected = this.selected.has(r);
    const line = element('div', `row${selected ? ' selected' : ''}`, '', {
      role: 'row',
      'aria-rowindex': String(r + 2),
      'aria-selected': String(selected),
    });
    line.style.height = `${ROW_HEIGHT}px`;
    const number = element('div', 'cell rownum', String(row.line), { role: 'rowheader', 'aria-colindex': '1', 'data-row': String(r) });
    number.style.width = `${ROW_NUMBER_WIDTH}px`;
    this.mark(number, r, -1);
    line.append(number);
    const focused = document.activeElement === this.scroller || this.editor.isOpen;
    for (const [c, column] of state.columns.entries()) {
      const value = row.values[c] ?? '';
      const isActive = r === this.active.row && c === this.active.column;
      const cell = element('div', `cell ${column.kind}${isActive ? ' active' : ''}`, '', {
        role: 'gridcell',
        id: cellId(r, c),
        'aria-colindex': String(c + 2),
        'data-row': String(r),
        'data-col': String(c),
      });
      this.place(cell, c);
      fillCell(cell, column, value, isActive && focused, state.strings.masked);
      this.mark(cell, r, c);
      line.append(cell);
    }
    return line;
  }

  /** Width, and the left offset of a frozen column. */
  private place(cell: HTMLElement, column: number): void {
    cell.style.width = `${this.widths[column] ?? 100}px`;
    const left = this.lefts[column] ?? -1;
    if (left >= 0) {
      cell.classList.add('frozen');
      cell.style.left = `${left}px`;
    }
  }

  /** Outlines a cell with a finding and puts its messages on hover. */
  private mark(cell: HTMLElement, row: number, column: number): void {
    const severity = this.severities.get(`${row}:${column}`);
    if (severity === undefined && !(column < 0 && this.messages.has(`${row}:-1`))) return;
    cell.classList.add(`finding-${severity ?? 'warning'}`);
    const messages = this.messages.get(`${row}:${column}`) ?? [];
    cell.title = [cell.title, ...messages].filter((m) => m !== '').join('\n');
  }

  private cellOf(target: EventTarget | null): CellPosition | undefined {
    const cell = (target as HTMLElement | null)?.closest?.('[data-row]');
    if (!(cell instanceof HTMLElement)) return undefined;
    return { row: Number(cell.dataset.row), column: Number(cell.dataset.col ?? -1) };
  }

  private onClick(e: MouseEvent): void {
    const at = this.cellOf(e.target);
    if (!at || !this.state) return;
    if (at.column < 0) {
      this.selectRow(at.row, e.shiftKey, e.ctrlKey || e.metaKey);
      return;
    }
    const column = this.state.columns[at.column];
    const wasActive = at.row === this.active.row && at.column === this.active.column;
    this.select(at);
    if (column?.kind === 'flag' && (e.target as HTMLElement).tagName === 'INPUT') this.toggle();
    else if (column?.kind === 'code' || (wasActive && column?.kind !== 'flag')) this.startEdit();
  }

  private selectRow(row: number, range: boolean, add: boolean): void {
    if (range && this.selected.size > 0) {
      const from = Math.min(...this.selected, row);
      const to = Math.max(...this.selected, row);
      for (let r = from; r <= to; r++) this.selected.add(r);
    } else if (add) {
      if (this.selected.has(row)) this.selected.delete(row);
      else this.selected.add(row);
    } else {
      const only = this.selected.size === 1 && this.selected.has(row);
      this.selected.clear();
      if (!only) this.selected.add(row);
    }
    this.active = { row, column: this.active.column };
    this.drawRows(true);
    this.updateButtons();
    this.scroller.focus();
  }

  /** Makes `at` the active cell, scrolled into view, and focuses the grid. */
  select(at: CellPosition): void {
    if (!this.state) return;
    this.menu.hide();
    this.active = clampPosition(at, this.state);
    const headHeight = this.head.offsetHeight;
    this.scroller.scrollTop = scrollToRow(this.active.row, this.scroller.scrollTop, this.scroller.clientHeight - headHeight, ROW_HEIGHT);
    this.scroller.focus();
    this.drawRows(true);
    const cell = document.getElementById(cellId(this.active.row, this.active.column));
    cell?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    this.updateButtons();
  }

  private onKey(e: KeyboardEvent): void {
    if (!this.state || e.target !== this.scroller) return;
    if ((e.ctrlKey || e.metaKey) && e.key === '.') {
      e.preventDefault();
      this.requestFixes();
      return;
    }
    const column = this.state.columns[this.active.column];
    const action = keyAction(e, this.active, this.state.rows.length, this.state.columns.length, column?.kind === 'flag');
    switch (action.kind) {
      case 'move':
        this.select(action.to);
        break;
      case 'edit':
        this.startEdit(action.initial);
        break;
      case 'toggle':
        this.toggle();
        break;
      case 'undo':
      case 'redo':
      case 'none':
        return;
    }
    e.preventDefault();
  }

  private toggle(): void {
    const state = this.state;
    const value = state?.rows[this.active.row]?.values[this.active.column];
    if (!state || value === undefined) return;
    this.send({ type: 'edit', version: state.version, row: this.active.row, column: this.active.column, value: toggledFlag(value) });
  }

  private startEdit(initial?: string): void {
    const state = this.state;
    const column = state?.columns[this.active.column];
    const row = state?.rows[this.active.row];
    if (!state || !column || !row) return;
    if (column.kind === 'flag') {
      if (initial === undefined) this.toggle();
      return;
    }
    const cell = document.getElementById(cellId(this.active.row, this.active.column));
    if (cell) this.editor.open(cell, column, row.values[this.active.column] ?? '', initial);
  }

  private commit(value: string): void {
    const state = this.state;
    if (!state) return;
    const old = state.rows[this.active.row]?.values[this.active.column];
    if (old !== value) this.send({ type: 'edit', version: state.version, row: this.active.row, column: this.active.column, value });
  }

  private requestFixes(): void {
    if (!this.state || this.state.rows.length === 0) return;
    this.send({ type: 'fixes', version: this.state.version, row: this.active.row, column: this.active.column });
  }

  private rowsCommand(type: 'duplicate' | 'delete'): void {
    if (!this.state || this.state.rows.length === 0) return;
    const rows = this.selected.size > 0 ? [...this.selected].sort((a, b) => a - b) : [this.active.row];
    if (type === 'delete') this.selected.clear();
    this.send({ type, version: this.state.version, rows });
  }

  private updateButtons(): void {
    const none = !this.state || this.state.rows.length === 0;
    this.buttons.duplicate.disabled = none;
    this.buttons.deleteRows.disabled = none;
    this.buttons.quickFixes.disabled = none || !this.messages.has(`${this.active.row}:${this.active.column}`);
    this.buttons.fixAll.disabled = !this.state || this.state.findings.length === 0;
  }
}

/** The id of a cell's element (for `aria-activedescendant`). */
function cellId(row: number, column: number): string {
  return `cell-${row}-${column}`;
}

function clampPosition(at: CellPosition, state: GridState): CellPosition {
  return {
    row: Math.max(0, Math.min(at.row, state.rows.length - 1)),
    column: Math.max(0, Math.min(at.column, state.columns.length - 1)),
  };
}

function spacer(height: number): HTMLElement {
  const node = element('div', 'spacer', '', { 'aria-hidden': 'true' });
  node.style.height = `${height}px`;
  return node;
}
