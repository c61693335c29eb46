/**
 * Fix-all's edit on an open MiiTel file: what the `source.fixAll.miitelCsv` code action applies
 * and what "MiiTel CSV: Fix all safe problems" (`miitelCsv/fixAll`) applies and counts, computed
 * in one place so that both always do the same.
 */
import type { TextEdit } from 'vscode-languageserver';
import { type FixAllCounts, fixAllInSlices } from '../service/languageService';
import { fixText } from '../service/messages';
import { isCurrent, type MiitelFile, type ServerContext } from './context';
import { existingLoginIds, isLargeFile, problemsOf, SLICE_MS } from './problems';
import { toRange } from './textEdits';

/** Fix-all's result: one edit (absent when nothing changes) and what it fixed, by kind. */
export interface FixAllEdit {
  readonly edit?: TextEdit;
  readonly counts: FixAllCounts;
}

/** Why fix-all does not run on a file, and the reason to show. */
export interface FixAllRefusal {
  readonly refused: 'large' | 'encoding';
  readonly reason: string;
}

/**
 * Fix-all on `file`: one edit spanning only what changed (common prefix and suffix kept out), a
 * refusal, or undefined when the document changed meanwhile (the edit would be for another text).
 */
export async function computeFixAll(context: ServerContext, file: MiitelFile): Promise<FixAllEdit | FixAllRefusal | undefined> {
  // On text read in the wrong encoding, fixes would edit garbled text and a save would keep the garbling.
  if ((await problemsOf(context, file)).some((p) => p.code === 'encoding/mismatch')) {
    return { refused: 'encoding', reason: fixText.fixAllWrongEncoding };
  }
  // Fix-all validates the whole file several times over: on a file checked in slices it would take
  // seconds, and a save with codeActionsOnSave waits for it.
  if (isLargeFile(file)) return { refused: 'large', reason: fixText.fixAllTooLarge(file.settings.largeFileThreshold) };
  const text = file.text;
  const options = { existingLoginIds: await existingLoginIds(context, file) };
  // In slices, as large validations are: other requests are answered meanwhile.
  const result = await fixAllInSlices(text, file.settings, options, { sliceMs: SLICE_MS, cancelled: () => !isCurrent(context, file) });
  if (result === undefined || !isCurrent(context, file)) return undefined;
  if (result.text === text) return { counts: {} };
  const fixed = result.text;
  let start = 0;
  while (start < text.length && start < fixed.length && text.charCodeAt(start) === fixed.charCodeAt(start)) start++;
  // Never cut a surrogate pair: an edit boundary inside one is no valid position.
  if (start > 0 && isHighSurrogate(text.charCodeAt(start - 1))) start--;
  let end = 0;
  while (
    end < text.length - start &&
    end < fixed.length - start &&
    text.charCodeAt(text.length - 1 - end) === fixed.charCodeAt(fixed.length - 1 - end)
  )
    end++;
  if (end > 0 && isLowSurrogate(text.charCodeAt(text.length - end))) end--;
  const edit: TextEdit = {
    range: toRange(file.document, start, text.length - end - start),
    newText: fixed.slice(start, fixed.length - end),
  };
  return { edit, counts: result.fixed };
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;
