/** Markdown helpers: cell values are user text and must never be interpreted as markdown. */

/** Escapes markdown punctuation so `text` renders literally. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&').replace(/\r?\n|\r/g, ' ');
}
