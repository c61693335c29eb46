/**
 * "MiiTel CSV: Check this file as a user CSV" (`miitelCsv.checkAsUserCsv`, also run by the code lens
 * on a CSV that resembles a MiiTel file): adds the file to `files` of the organisation config
 * `.miitel-csv.json` — the nearest one from the file's folder up to its workspace folder, else a new
 * one in the workspace folder (the file's own folder outside any workspace folder). The entry is the
 * file's path relative to the config's folder. An open config is edited in its editor and saved, so
 * the change can be undone; see configFiles.ts for the edit itself.
 */
import { posix } from 'node:path';
import { Range, type Uri, window, workspace, WorkspaceEdit } from 'vscode';
import { configText } from '../messages';
import { commandTarget, exists } from '../uris';
import { addFileToConfig, CONFIG_FILE_NAME, configFolders, filesEntry } from './configFiles';

/** Adds the document `arg` (a Uri or uri string; the active editor's document without one) to the config's `files`. */
export async function checkAsUserCsv(arg?: unknown): Promise<void> {
  const target = commandTarget(arg);
  const document = target && workspace.textDocuments.find((d) => d.uri.toString() === target.toString());
  if (!target || (document && document.languageId !== 'csv' && !target.path.toLowerCase().endsWith('.csv'))) {
    void window.showErrorMessage(configText.noCsv());
    return;
  }
  if (target.scheme !== 'file' || document?.isUntitled) {
    void window.showErrorMessage(configText.unsaved());
    return;
  }
  const folder = workspace.getWorkspaceFolder(target)?.uri;
  const fileDir = posix.dirname(target.path);
  let config: Uri | undefined;
  for (const dir of configFolders(fileDir, folder?.path)) {
    const candidate = target.with({ path: posix.join(dir, CONFIG_FILE_NAME) });
    if (await exists(candidate)) {
      config = candidate;
      break;
    }
  }
  config ??= target.with({ path: posix.join(folder?.path ?? fileDir, CONFIG_FILE_NAME) });
  const entry = filesEntry(posix.dirname(config.path), target.path);
  const shown = workspace.asRelativePath(config, false);
  const open = workspace.textDocuments.find((d) => d.uri.toString() === config.toString());
  const text = open ? open.getText() : (await exists(config)) ? new TextDecoder().decode(await workspace.fs.readFile(config)) : undefined;
  const result = addFileToConfig(text, entry);
  if (result.kind === 'present') {
    void window.showInformationMessage(configText.present(entry, shown));
    return;
  }
  if (result.kind === 'invalid') {
    const message = result.reason === 'not-object' ? configText.notObject(shown) : configText.filesNotList(shown);
    void window.showErrorMessage(message, configText.openConfig()).then((choice) => offerConfig(choice, config));
    return;
  }
  if (open) {
    const edit = new WorkspaceEdit();
    edit.replace(config, new Range(open.positionAt(0), open.positionAt(open.getText().length)), result.text);
    await workspace.applyEdit(edit);
    await open.save();
  } else {
    await workspace.fs.writeFile(config, new TextEncoder().encode(result.text));
  }
  void window.showInformationMessage(configText.added(entry, shown), configText.openConfig()).then((choice) => offerConfig(choice, config));
}

/** Shows the config when the user chose to open it (not awaited by the command: a notification may stay open). */
function offerConfig(choice: string | undefined, config: Uri): void {
  if (choice !== undefined) void window.showTextDocument(config);
}
