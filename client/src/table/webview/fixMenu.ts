/**
 * The menu of a cell's quick fixes (the language server's, asked for by the host with
 * `vscode.executeCodeActionProvider`): shown under the cell, arrows move, Enter or a click applies
 * one, Escape or a click elsewhere closes it.
 */
import type { GridFix } from '../../../../shared/table/view/protocol';
import { element } from './dom';

/** The quick-fix menu of the grid. */
export class FixMenu {
  readonly element = element('div', 'menu', '', { role: 'menu', hidden: '' });

  constructor(
    private readonly onApply: (id: number) => void,
    /** Called when the menu closes, to give the focus back. */
    private readonly onClose: () => void,
  ) {
    document.addEventListener('click', (e) => {
      if (!this.element.contains(e.target as Node)) this.hide();
    });
  }

  /** Shows `fixes` under `anchor` (`empty` when there is none), focusing the first. */
  show(anchor: HTMLElement, fixes: readonly GridFix[], empty: string): void {
    this.element.replaceChildren();
    if (fixes.length === 0) this.element.append(element('div', 'menu-empty', empty));
    for (const fix of fixes) {
      const item = element('button', 'menu-item', fix.title, { role: 'menuitem', type: 'button' });
      item.addEventListener('click', () => {
        this.hide();
        this.onApply(fix.id);
        this.onClose();
      });
      item.addEventListener('keydown', (e) => this.onKey(e, item));
      this.element.append(item);
    }
    const box = anchor.getBoundingClientRect();
    this.element.style.left = `${Math.max(0, box.left)}px`;
    this.element.style.top = `${box.bottom + 2}px`;
    this.element.hidden = false;
    this.element.querySelector('button')?.focus();
  }

  hide(): void {
    this.element.hidden = true;
  }

  private onKey(e: KeyboardEvent, item: HTMLElement): void {
    const items = [...this.element.querySelectorAll('button')];
    const i = items.indexOf(item as HTMLButtonElement);
    if (e.key === 'ArrowDown') items[(i + 1) % items.length]?.focus();
    else if (e.key === 'ArrowUp') items[(i - 1 + items.length) % items.length]?.focus();
    else if (e.key === 'Escape') {
      this.hide();
      this.onClose();
    } else return;
    e.preventDefault();
    e.stopPropagation();
  }
}
