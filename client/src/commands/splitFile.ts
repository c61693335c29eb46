/**
 * "Split into files of 100 users" (the `rows/too-many` quick fix): keeps the first users in the
 * file and writes the others to NAME-2.csv, NAME-3.csv, … beside it, in the file's own encoding,
 * asking before it overwrites anything. The plan comes from the pure service.
 */
import { Uri, window, workspace, WorkspaceEdit, Range } from 'vscode';
import { planSplit } from '../../../server/src/service/features/split';
import { parseMiitel } from '../../../server/src/service/miitelDocument';
import { fixText } from '../../../server/src/service/messages';
import { encodeText, miitelEncodingOf } from '../encodings';
import { exists } from '../uris';

/** Options for callers that must not be asked anything (tests, other extensions). */
export interface SplitOptions {
  /** Overwrite existing part files without asking. */
  readonly overwrite?: boolean;
}

/** Runs the split; returns the uris of the files written (empty when cancelled or nothing to split). */
export async function splitFile(uri: string, max: number, options: SplitOptions = {}): Promise<Uri[]> {
  const document = await workspace.openTextDocument(Uri.parse(uri));
  const plan = planSplit(parseMiitel(document.getText()), max);
  if (plan.parts.length === 0) return [];

  const base = document.uri.path.replace(/\.csv$/i, '');
  const targets = plan.parts.map((_, i) => document.uri.with({ path: `${base}-${i + 2}.csv` }));
  const existing = [];
  for (const target of targets) {
    if (await exists(target)) existing.push(workspace.asRelativePath(target));
  }
  if (existing.length > 0 && !options.overwrite) {
    const overwrite = fixText.splitOverwriteButton;
    const answer = await window.showWarningMessage(fixText.splitOverwrite(existing), { modal: true }, overwrite);
    if (answer !== overwrite) return [];
  }

  const encoding = miitelEncodingOf(document);
  for (const [i, target] of targets.entries()) await workspace.fs.writeFile(target, await encodeText(plan.parts[i], encoding));
  const edit = new WorkspaceEdit();
  for (const change of plan.changes) {
    edit.delete(document.uri, new Range(document.positionAt(change.offset), document.positionAt(change.offset + change.length)));
  }
  await workspace.applyEdit(edit);
  void window.showInformationMessage(
    fixText.splitDone(
      max,
      targets.map((t) => workspace.asRelativePath(t)),
    ),
  );
  return targets;
}
