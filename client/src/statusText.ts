/**
 * What the status bar item says, from the server's answers (pure, so unit tests read it without
 * an editor): the file's users and format, then the caret's column with what its code means.
 * Only what VS Code does not show itself: no problem counts, no encoding.
 */
import type { CellInfo, DocumentInfo } from '../../shared/protocol';
import { editorText, statusText } from './messages';

/** The item's text and tooltip. */
export interface StatusView {
  readonly text: string;
  readonly tooltip: string;
}

/** "Time zone · 5/24 · 0 = (GMT+9:00) Tokyo"; the code and its meaning only when the server gave them (never a password). */
export function columnText(cell: Omit<CellInfo, 'version'>): string {
  const where = `${cell.name} · ${cell.column}/${cell.columns}`;
  return cell.code !== undefined && cell.meaning !== undefined ? `${where} · ${cell.code} = ${cell.meaning}` : where;
}

/** The view of a MiiTel file's `info`, with the caret's `cell` when it is on one. */
export function statusView(info: DocumentInfo, cell?: Omit<CellInfo, 'version'> | null): StatusView {
  const format = info.formatName ?? '';
  const file = `$(account) ${editorText.statusUsers(info.users)}${format ? ` · ${format}` : ''}`;
  const tooltip = statusText.tooltip(info.users, format);
  if (!cell) return { text: file, tooltip };
  return {
    text: `${file}  $(symbol-field) ${columnText(cell)}`,
    tooltip: `${tooltip}\n${statusText.caretColumn(cell.column, cell.columns, cell.name)}`,
  };
}
