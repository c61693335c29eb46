/**
 * "MiiTel CSV: Fix all safe problems" (`miitelCsv.fixAll`): applies to the active MiiTel CSV the
 * fixes that keep what the administrator meant — the very edit of the `source.fixAll.miitelCsv`
 * action, asked of the server with its counts (`miitelCsv/fixAll`) — and says what it fixed, by kind.
 */
import { Range, window, workspace, WorkspaceEdit } from 'vscode';
import { type FixAllOutcome, FixAllRequest } from '../../../shared/protocol';
import { commandText } from '../messages';
import type { ServerRequest } from '../serverRequest';
import { commandTarget } from '../uris';
import { commandOutcomeText } from '../../../shared/commandOutcomes';

/** Tries before giving up when the document keeps changing while the server works. */
const ATTEMPTS = 3;

/** What the command did: the number of problems fixed (0: nothing to fix), or why it did nothing. */
export type FixAllReport =
  { readonly fixed: number; readonly summary: string } | { readonly skipped: 'not-miitel' | 'refused' | 'changed' };

/** Runs fix-all on the document `arg` (a Uri or uri string), else the active editor's, and shows the result. */
export async function fixAll(request: ServerRequest, arg?: unknown): Promise<FixAllReport> {
  const target = commandTarget(arg);
  const document = target && workspace.textDocuments.find((d) => d.uri.toString() === target.toString());
  const name = document && workspace.asRelativePath(document.uri);
  if (!document || !name) return notMiitel();
  let outcome: FixAllOutcome | null = null;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const version = document.version;
    outcome = await request(FixAllRequest, { uri: document.uri.toString() });
    // Null also when the text changed while the server worked: then ask again about the new one.
    if (outcome ? outcome.version === document.version : document.version === version) break;
  }
  if (!outcome) return notMiitel();
  if ('refused' in outcome) {
    void window.showWarningMessage(outcome.refused);
    return { skipped: 'refused' };
  }
  if (outcome.version !== document.version) return changed();
  if (outcome.count === 0) {
    void window.showInformationMessage(commandOutcomeText.nothingToFix(name));
    return { fixed: 0, summary: '' };
  }
  const edit = new WorkspaceEdit();
  for (const { range, newText } of outcome.edits) {
    edit.replace(document.uri, new Range(range.start.line, range.start.character, range.end.line, range.end.character), newText);
  }
  // Applied only to the version the edits are for: VS Code refuses nothing by version on its own.
  if (document.version !== outcome.version || !(await workspace.applyEdit(edit))) return changed();
  void window.showInformationMessage(commandText.fixed(name, outcome.summary));
  return { fixed: outcome.count, summary: outcome.summary };
}

function notMiitel(): FixAllReport {
  void window.showErrorMessage(commandText.noMiitelFile());
  return { skipped: 'not-miitel' };
}

function changed(): FixAllReport {
  void window.showWarningMessage(commandText.fixAllChanged());
  return { skipped: 'changed' };
}
