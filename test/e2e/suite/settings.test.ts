/**
 * Settings changed the way a user changes them (Folder settings, written to the folder's
 * .vscode/settings.json) change the diagnostics of open files without reopening them.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { expectedMistakes } from './fixtures';
import { fixtureUri, openFixture, setFolderSetting, type Shown, waitForDiagnostics } from './helpers';

describe('settings', () => {
  it('miitelCsv.rules: a code turned off disappears, and comes back when the setting is removed', async () => {
    const document = await openFixture('mistakes.csv');
    const expected = expectedMistakes(document);
    await waitForDiagnostics(document.uri, expected);
    try {
      await setFolderSetting('rules', { 'password/too-short': 'off', 'password/single-class': 'error' });
      const singleClass = expected[4];
      assert.ok(singleClass);
      await waitForDiagnostics(document.uri, [
        ...expected.filter((d) => d.code !== 'password/too-short' && d.code !== 'password/single-class'),
        { ...singleClass, severity: 'error' },
      ]);
    } finally {
      await setFolderSetting('rules', undefined);
    }
    await waitForDiagnostics(document.uri, expected);
  });

  it('miitelCsv.files: an unrelated CSV named there is checked, and no longer once it is removed', async () => {
    const document = await openFixture('logins.csv');
    const header = (code: string, character: number, length: number): Shown => ({
      code,
      severity: 'error',
      range: `0:${character}-0:${character + length}`,
    });
    // "Login ID,Last login,Department": ten required columns missing (reported on the whole
    // header line), two unknown ones.
    const headerLine = document.lineAt(0).text;
    const missing = Array.from({ length: 10 }, () => header('header/missing-column', 0, headerLine.length));
    try {
      await setFolderSetting('files', ['logins.csv']);
      await waitForDiagnostics(document.uri, [
        ...missing,
        header('header/unknown-column', 9, 'Last login'.length),
        header('header/unknown-column', 20, 'Department'.length),
      ]);
    } finally {
      await setFolderSetting('files', undefined);
    }
    await waitForDiagnostics(document.uri, []);
    // The other files are still checked after the client restarted for the new file list.
    const mistakes = await vscode.workspace.openTextDocument(fixtureUri('mistakes.csv'));
    await waitForDiagnostics(mistakes.uri, expectedMistakes(mistakes));
  });
});
