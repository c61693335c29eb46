/**
 * Editing one cell in place: an input for text and passwords, a drop-down of code and meaning for
 * code columns. Enter or Tab (or leaving the cell) commits, Escape cancels; the value goes to the
 * host, which writes it into the document, and the grid shows it when the new state comes back.
 */
import type { KeyPress } from '../../../../shared/table/view/keyboard';
import type { GridColumn } from '../../../../shared/table/view/protocol';
import { element } from './dom';

/** The in-place editor of the active cell. */
export class CellEditor {
  private control: HTMLInputElement | HTMLSelectElement | undefined;
  private original = '';

  constructor(
    private readonly onCommit: (value: string) => void,
    /** Called once the editor closes; `key` is the move that closed it (Enter: down, Tab: right). */
    private readonly onDone: (key?: KeyPress) => void,
    /** Called whenever the editor goes away (the cell is drawn again). */
    private readonly onClosed: () => void,
  ) {}

  get isOpen(): boolean {
    return this.control !== undefined;
  }

  /** Opens the editor in `cell` on `value`; `initial` replaces the value (typing started the edit). */
  open(cell: HTMLElement, column: GridColumn, value: string, initial?: string): void {
    this.close();
    this.original = value;
    const control = column.kind === 'code' ? this.select(column, value) : this.input(column, initial ?? value);
    this.control = control;
    control.addEventListener('keydown', (e) => this.onKey(e as KeyboardEvent));
    control.addEventListener('blur', () => this.finish(true));
    cell.replaceChildren(control);
    cell.classList.add('editing');
    control.focus();
    if (control instanceof HTMLSelectElement) {
      control.addEventListener('change', () => {
        this.finish(true);
        this.onDone();
      });
      try {
        control.showPicker();
      } catch {
        // Not allowed without a user gesture (keyboard-opened in some builds): the select is focused anyway.
      }
    } else if (initial === undefined) {
      control.select();
    }
  }

  /** Puts the open editor back into `cell` after the rows were drawn again. */
  reattach(cell: HTMLElement | null): void {
    if (!this.control || !cell) return;
    const focused = document.activeElement === this.control;
    cell.replaceChildren(this.control);
    cell.classList.add('editing');
    if (!focused) this.control.focus();
  }

  /** Closes without writing. */
  cancel(): void {
    this.finish(false);
    this.onDone();
  }

  /** Closes without writing and without moving focus (the grid is drawn again). */
  close(): void {
    const control = this.control;
    this.control = undefined;
    control?.remove();
  }

  private input(column: GridColumn, value: string): HTMLInputElement {
    const input = element('input', 'cell-input', '', { type: 'text', 'aria-label': column.header, spellcheck: 'false' });
    input.value = value;
    return input;
  }

  private select(column: GridColumn, value: string): HTMLSelectElement {
    const select = element('select', 'cell-select', '', { 'aria-label': column.header });
    const options = column.options ?? [];
    // A value that is no code (or empty) stays choosable, so opening the list changes nothing by itself.
    if (!options.some((o) => o.code === value)) select.append(new Option(value, value));
    for (const o of options) select.append(new Option(o.label, o.code));
    select.value = value;
    return select;
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key === 'Escape') {
      this.cancel();
    } else if (e.key === 'Enter' || e.key === 'Tab') {
      this.finish(true);
      this.onDone(e.key === 'Enter' ? { key: 'ArrowDown' } : { key: 'Tab', shiftKey: e.shiftKey });
    } else {
      // Arrows, Home, End stay inside the input.
      e.stopPropagation();
      return;
    }
    e.preventDefault();
    e.stopPropagation();
  }

  /** Closes the editor, writing its value when `commit` and it changed. */
  private finish(commit: boolean): void {
    const control = this.control;
    if (!control) return;
    this.control = undefined;
    const value = control.value;
    control.remove();
    if (commit && value !== this.original) this.onCommit(value);
    this.onClosed();
  }
}
