/**
 * The context key `miitelCsv.workspaceHasCsv`: true while the workspace holds a CSV file or a
 * `.miitel-csv.json`. The Explorer's "Generate user template" entry shows only then, so that it
 * does not sit in every folder's context menu of every workspace (a web project, a notebook of
 * Python) where nobody prepares MiiTel users. A workspace where MiiTel CSVs are made has one of
 * these soon enough, and until then the Command Palette has the command everywhere.
 */
import { commands, type Disposable, workspace } from 'vscode';

/** The context key the manifest's `explorer/context` menu reads. */
export const WORKSPACE_HAS_CSV = 'miitelCsv.workspaceHasCsv';
const PATTERN = '**/{*.csv,.miitel-csv.json}';

/** Sets the key now and keeps it up to date as files and folders come and go. */
export function trackWorkspaceCsv(): Disposable {
  let pending = Promise.resolve();
  // Searches one at a time, so that an older answer never overwrites a newer one.
  const update = () => {
    pending = pending
      .then(async () => {
        // One match is enough; files.exclude applies (nothing in an excluded folder counts).
        const found = await workspace.findFiles(PATTERN, undefined, 1);
        await commands.executeCommand('setContext', WORKSPACE_HAS_CSV, found.length > 0);
      })
      .catch(() => undefined);
  };
  const watcher = workspace.createFileSystemWatcher(PATTERN, false, true, false);
  const subscriptions = [watcher, watcher.onDidCreate(update), watcher.onDidDelete(update), workspace.onDidChangeWorkspaceFolders(update)];
  update();
  return {
    dispose: () => {
      for (const subscription of subscriptions) subscription.dispose();
    },
  };
}
