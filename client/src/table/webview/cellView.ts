/** How a cell of the grid shows its value. */
import type { GridColumn } from '../../../../shared/table/view/protocol';
import { element, MASK } from './dom';

/** What a cell shows: a checkbox, a code with its meaning, a masked password, or the text. */
export function fillCell(cell: HTMLElement, column: GridColumn, value: string, revealed: boolean, masked: string): void {
  if (column.kind === 'flag') {
    const box = element('input', '', '', { type: 'checkbox', tabindex: '-1', 'aria-label': column.header });
    box.checked = value.trim() === '1';
    cell.append(box);
    cell.setAttribute('aria-checked', String(box.checked));
    // Anything but 0 or 1 is shown as written beside the box, so a wrong value is not hidden.
    if (value !== '0' && value !== '1') cell.append(element('span', 'raw', value));
    return;
  }
  if (column.kind === 'password' && !revealed && value !== '') {
    cell.textContent = MASK;
    cell.setAttribute('aria-label', masked);
    return;
  }
  if (column.kind === 'code') {
    const option = column.options?.find((o) => o.code === value);
    cell.textContent = option?.label ?? value;
    return;
  }
  cell.textContent = value;
}
