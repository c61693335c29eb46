/** Small DOM helpers of the webview. */

/** A new `tag` element with class `className`, text `text` and attributes `attributes`. */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className = '',
  text = '',
  attributes: Readonly<Record<string, string>> = {},
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

/** What a password cell shows instead of its value. */
export const MASK = '••••••••';

/** Pixel width of a column of `kind` (headers wrap onto up to three lines). */
export function columnWidth(kind: string, header: string): number {
  if (kind === 'flag') return 124;
  if (kind === 'password') return 130;
  if (kind === 'code') return /time ?zone/i.test(header) ? 230 : 150;
  return 190;
}
