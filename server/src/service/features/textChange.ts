/** Offset-based text edits, the service's currency for fixes (LSP ranges come only at the boundary). */
import type { CsvCell } from '../../../../shared/csv/csvDocument';
import { fieldText } from '../../../../shared/csv/quote';

/** Replace `length` characters at `offset` with `newText`. */
export interface TextChange {
  readonly offset: number;
  readonly length: number;
  readonly newText: string;
}

/**
 * The change that makes `cell` hold `value`, touching only that field: inside the quotes of a
 * quoted field (doubling any `"`), the bare value of an unquoted one, adding quotes only when the
 * new value needs them.
 */
export function replaceCell(cell: CsvCell, value: string): TextChange {
  if (cell.quoted) return { offset: cell.offset, length: cell.length, newText: value.replace(/"/g, '""') };
  const field = fieldText(value);
  return field === value
    ? { offset: cell.offset, length: cell.length, newText: value }
    : { offset: cell.start, length: cell.end - cell.start, newText: field };
}

/** Applies non-overlapping changes to `text`. */
export function applyChanges(text: string, changes: readonly TextChange[]): string {
  const sorted = [...changes].sort((a, b) => a.offset - b.offset);
  let result = '';
  let at = 0;
  for (const change of sorted) {
    result += text.slice(at, change.offset) + change.newText;
    at = change.offset + change.length;
  }
  return result + text.slice(at);
}
