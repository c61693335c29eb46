/** Writing a value back into CSV text. */

/** `value` as a CSV field: quoted (with `"` doubled) only when it holds a comma, quote or line break, or when `forceQuote`. */
export function quoteField(value: string, forceQuote = false): string {
  return forceQuote || /[",\r\n]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
