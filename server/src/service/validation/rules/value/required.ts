/**
 * `value/required`: a recognised column left empty in a user row. MiiTel needs a value in every
 * present column (the template generator fills the defaults) [decision].
 */
import type { ColumnId } from '../../../../../../shared/formats/index';
import { messages } from '../../../messages';
import { code, type CellRule } from '../../types';

/** Data of `value/required`. */
export interface RequiredData {
  readonly column: ColumnId;
}

/** No quick fix: only the author knows the value. */
const codes = { 'value/required': code<RequiredData>('error') };

/**
 * Reports exactly empty cells (`''`); a cell of only spaces is `value/whitespace`'s. The range is
 * the whole field: `""` for a quoted empty cell, and for an unquoted one the zero-length position
 * between its commas. Zero length is exact (a quick fix inserts the value right there, and the CLI
 * prints the true column); VS Code draws an empty range as a one-character squiggle, and widening
 * it over the next comma would make fixes replace a separator that is not part of the cell.
 */
export const requiredRule: CellRule<typeof codes> = {
  name: 'required',
  codes,
  columns: () => true,
  clean: (value) => value !== '',
  checkCell(_context, cell, column, report) {
    report('value/required', { offset: cell.start, length: cell.end - cell.start }, messages.required(column), { column: column.id });
  },
};
