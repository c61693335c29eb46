/**
 * Which rows the grid draws: only those in view plus a few on each side, so a 10,000-row file
 * costs the same DOM as a 40-row one. Rows have one fixed height, which makes this arithmetic.
 */

/** The rows to draw, `first` included, `end` excluded. */
export interface RowWindow {
  readonly first: number;
  readonly end: number;
}

/**
 * The window of rows to draw for a viewport scrolled to `scrollTop` (pixels below the header) and
 * `height` pixels tall, rows `rowHeight` pixels each, `overscan` extra rows above and below.
 */
export function rowWindow(scrollTop: number, height: number, rowHeight: number, rowCount: number, overscan = 8): RowWindow {
  if (rowCount <= 0 || rowHeight <= 0) return { first: 0, end: 0 };
  const top = Math.max(0, Math.floor(scrollTop / rowHeight));
  const visible = Math.ceil(Math.max(0, height) / rowHeight) + 1;
  const first = Math.min(Math.max(0, top - overscan), rowCount);
  const end = Math.min(rowCount, top + visible + overscan);
  return { first: Math.min(first, end), end };
}

/**
 * The scrollTop that brings row `row` fully into a viewport of `height` pixels scrolled to
 * `scrollTop` (unchanged when it is already in view).
 */
export function scrollToRow(row: number, scrollTop: number, height: number, rowHeight: number): number {
  const top = row * rowHeight;
  const bottom = top + rowHeight;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + height) return Math.max(0, bottom - height);
  return scrollTop;
}
