/**
 * "Split into files of 100 users" (the `rows/too-many` quick fix): keeps the first users in the
 * file and writes the others to NAME-2.csv, NAME-3.csv, … beside it, in the file's own encoding,
 * asking before it overwrites anything. The plan comes from the language server
 * (`miitelCsv/splitPlan`), made on the parse it already holds.
 */
import { Range, type TextDocument, Uri, window, workspace, WorkspaceEdit } from 'vscode';
import { type SplitPlan, SplitPlanRequest } from '../../../shared/protocol';
import { splitPartPath } from '../../../shared/splitParts';
import { encodeText, miitelEncodingOf } from '../encodings';
import { splitText } from '../messages';
import type { ServerRequest } from '../serverRequest';
import { exists } from '../uris';
import { commandOutcomeText } from '../../../shared/commandOutcomes';

/** Options for callers that must not be asked anything (tests, other extensions). */
export interface SplitOptions {
  /** Overwrite existing part files without asking. */
  readonly overwrite?: boolean;
  /** Say so when the file has no users past `max` (the palette command; the quick fix is offered only when it has). */
  readonly reportNothingToSplit?: boolean;
}

/**
 * Runs the split; returns the uris of the files written (empty when cancelled, when there is
 * nothing to split, or when the server does not check the file).
 */
export async function splitFile(request: ServerRequest, uri: string, max: number, options: SplitOptions = {}): Promise<Uri[]> {
  const document = await workspace.openTextDocument(Uri.parse(uri));
  const plan = await planOf(request, document, max);
  if (!plan || plan.parts.length === 0) {
    if (plan && options.reportNothingToSplit)
      void window.showInformationMessage(commandOutcomeText.nothingToSplit(workspace.asRelativePath(document.uri), max));
    return [];
  }

  const parts = plan.parts.map((text, i) => ({ text, uri: document.uri.with({ path: splitPartPath(document.uri.path, i) }) }));
  const targets = parts.map((part) => part.uri);
  const existing = [];
  for (const target of targets) {
    if (await exists(target)) existing.push(workspace.asRelativePath(target));
  }
  if (existing.length > 0 && !options.overwrite) {
    const overwrite = splitText.overwrite();
    const answer = await window.showWarningMessage(splitText.overwriteQuestion(existing), { modal: true }, overwrite);
    if (answer !== overwrite) return [];
  }

  // Edited while the user was asked: the plan's edits would cut the wrong rows.
  if (document.version !== plan.version) throw new Error(splitText.changed());
  const encoding = miitelEncodingOf(document);
  for (const { text, uri } of parts) await workspace.fs.writeFile(uri, await encodeText(text, encoding));
  const edit = new WorkspaceEdit();
  for (const { range, newText } of plan.edits) {
    edit.replace(document.uri, new Range(range.start.line, range.start.character, range.end.line, range.end.character), newText);
  }
  await workspace.applyEdit(edit);
  void window.showInformationMessage(
    splitText.done(
      max,
      targets.map((t) => workspace.asRelativePath(t)),
    ),
  );
  return targets;
}

/** Tries before giving up when the document keeps changing while the server plans. */
const ATTEMPTS = 3;

/**
 * The server's plan for the document as it is now. The server plans on the text it was last sent;
 * an edit typed while the request was on its way makes that an older version, so ask again.
 */
async function planOf(request: ServerRequest, document: TextDocument, max: number): Promise<SplitPlan | null> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const plan = await request(SplitPlanRequest, { uri: document.uri.toString(), maxUsers: max });
    if (!plan || plan.version === document.version) return plan;
  }
  throw new Error(splitText.changed());
}
