/** The size of a text as a file, for the large-file threshold. */

/**
 * Whether `text` takes more than `bytes` bytes in UTF-8. Decided from its length where that is
 * enough (a UTF-16 code unit is one to three bytes, a surrogate pair four), so a large file costs
 * no pass over its text on every keystroke.
 */
export function isLargerThan(text: string, bytes: number): boolean {
  if (text.length > bytes) return true;
  if (3 * text.length <= bytes) return false;
  return Buffer.byteLength(text, 'utf8') > bytes;
}
