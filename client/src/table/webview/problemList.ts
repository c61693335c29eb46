/**
 * The problem list under the grid: every finding of the document, in the order of the file; a click
 * selects its cell. At most a few hundred are listed (the Problems panel has them all).
 */
import type { GridState } from '../../../../shared/table/view/protocol';
import { element } from './dom';

const MAX_LISTED = 500;

/** The list of findings under the grid. */
export class ProblemList {
  readonly element = element('section', 'problems');
  private readonly title = element('h2');
  private readonly list = element('ul');

  constructor(private readonly onSelect: (row: number, column: number) => void) {
    this.element.append(this.title, this.list);
  }

  /** Lists the findings of `state`. */
  show(state: GridState): void {
    const s = state.strings;
    this.title.textContent = state.findings.length === 0 ? s.noProblems : `${s.problems} (${state.findings.length})`;
    const items = state.findings.slice(0, MAX_LISTED).map((f) => {
      const header = f.column >= 0 ? (state.columns[f.column]?.header ?? '') : '';
      const item = element('li');
      const button = element('button', 'problem', '', { type: 'button', 'data-row': String(f.row), 'data-col': String(f.column) });
      button.append(
        element('span', `severity ${f.severity}`, '', { 'aria-hidden': 'true' }),
        element('span', 'where', `${s.line} ${f.line}${header ? ` · ${header}` : ''}`),
        element('span', 'message', f.message),
      );
      button.addEventListener('click', () => this.onSelect(Math.max(0, f.row), Math.max(0, f.column)));
      item.append(button);
      return item;
    });
    this.list.replaceChildren(...items);
  }
}
