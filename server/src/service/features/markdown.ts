/** Markdown helpers: cell values are user text and must never be interpreted as markdown. */

/** Escapes markdown punctuation so `text` renders literally. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&').replace(/\r?\n|\r/g, ' ');
}

/** An inline code span holding `text` literally, whatever backticks it contains. */
export function codeSpan(text: string): string {
  const runs = text.match(/`+/g) ?? [];
  const fence = '`'.repeat(Math.max(0, ...runs.map((r) => r.length)) + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || text === '' ? ' ' : '';
  return `${fence}${pad}${text.replace(/\r?\n|\r/g, ' ')}${pad}${fence}`;
}
