/**
 * Expected positions for protocol tests, computed from the inline document text. Deliberately
 * independent of vscode-languageserver-textdocument (which the server uses), so a mistake there
 * cannot hide in both the answer and the expectation: lines break at CRLF, CR and LF, and
 * characters are UTF-16 code units, as LSP counts them by default.
 */
import * as assert from 'node:assert/strict';
import type { Position, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';

/** The MiiTel header with only the columns every file must have (no subscription columns). */
export const HEADER =
  'Login ID,User name,Password,Locale,Time zone,Administrative privileges,Monitoring privileges,' +
  'MiiTel Analytics Download recorded audio files,MiiTel Analytics Export call history as CSV,' +
  'MiiTel Analytics Export contact data as CSV,MiiTel Phone Enable';

/** Offset of the `occurrence`-th (0-based) `needle` in `text`; fails the test when there is none. */
export function offsetOf(text: string, needle: string, occurrence = 0): number {
  let offset = -1;
  for (let i = 0; i <= occurrence; i++) {
    offset = text.indexOf(needle, offset + 1);
    assert.ok(offset >= 0, `${JSON.stringify(needle)} #${occurrence} is not in the text`);
  }
  return offset;
}

/** Offset just after the first `prefix` in `text`: where the cell that follows it starts. */
export function offsetAfter(text: string, prefix: string): number {
  return offsetOf(text, prefix) + prefix.length;
}

/** The LSP position of `offset` in `text`. */
export function positionAt(text: string, offset: number): Position {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

/** The range of `length` units at `offset`. */
export function rangeAt(text: string, offset: number, length: number): Range {
  return { start: positionAt(text, offset), end: positionAt(text, offset + length) };
}

/** The range of the `occurrence`-th (0-based) `needle` in `text`. */
export function rangeOf(text: string, needle: string, occurrence = 0): Range {
  return rangeAt(text, offsetOf(text, needle, occurrence), needle.length);
}

/** `text` after applying the edits a WorkspaceEdit makes to `uri` (and checking it touches nothing else). */
export function applyWorkspaceEdit(text: string, uri: string, edit: WorkspaceEdit | undefined): string {
  assert.ok(edit?.changes, 'the action carries a WorkspaceEdit with `changes`');
  assert.deepEqual(Object.keys(edit.changes), [uri]);
  const edits = edit.changes[uri];
  assert.ok(edits);
  return applyEdits(text, edits);
}

/** `text` after applying `edits`, the way an editor does. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///edit.csv', 'csv', 1, text), [...edits]);
}

/** Markdown as the reader sees it: backslash escapes resolved (emphasis and code markers kept). */
export function plain(markdown: string): string {
  return markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}
