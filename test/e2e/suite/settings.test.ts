/**
 * Settings changed the way a user changes them (Folder settings, written to the folder's
 * .vscode/settings.json) change the diagnostics of open files without reopening them.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { configureL10n } from '../../../shared/l10n';
import { DEFAULT_SETTINGS } from '../../../shared/settings';
import { loadLanguage } from '../../../server/src/localization';
import { checkText } from '../../../server/src/service/languageService';
import { expectedMistakes } from './fixtures';
import { codeOf, eventually, fixtureUri, openFixture, quickFixes, setFolderSetting, type Shown, waitForDiagnostics } from './helpers';

/** The messages of the MiiTel CSV diagnostics VS Code holds for `uri`, in file order. */
const messages = (uri: vscode.Uri) =>
  vscode.languages
    .getDiagnostics(uri)
    .filter((d) => d.source === 'miitel-csv')
    .sort((a, b) => a.range.start.compareTo(b.range.start))
    .map((d) => d.message);

/** The messages the checker gives `text` in `language` (the repository's bundles, as the package ships them). */
function rendered(text: string, language: string): string[] {
  try {
    assert.equal(loadLanguage(language).language, language);
    return checkText(text, DEFAULT_SETTINGS).problems.map((p) => p.message);
  } finally {
    configureL10n('en', undefined);
  }
}

describe('settings', () => {
  it('miitelCsv.rules: a code turned off disappears, and comes back when the setting is removed', async () => {
    const document = await openFixture('mistakes.csv');
    const expected = expectedMistakes(document);
    await waitForDiagnostics(document.uri, expected);
    try {
      await setFolderSetting('rules', { 'password/too-short': 'off', 'password/single-class': 'warning' });
      const singleClass = expected[4];
      assert.ok(singleClass);
      await waitForDiagnostics(document.uri, [
        ...expected.filter((d) => d.code !== 'password/too-short' && d.code !== 'password/single-class'),
        { ...singleClass, severity: 'warning' },
      ]);
    } finally {
      await setFolderSetting('rules', undefined);
    }
    await waitForDiagnostics(document.uri, expected);
  });

  it('miitelCsv.language: findings and quick fixes of an open file turn Indonesian, then English again, without a restart', async () => {
    const document = await openFixture('mistakes.csv');
    await waitForDiagnostics(document.uri, expectedMistakes(document));
    const english = rendered(document.getText(), 'en');
    const indonesian = rendered(document.getText(), 'id');
    assert.deepEqual(messages(document.uri), english);
    const tooShort = () => vscode.languages.getDiagnostics(document.uri).find((d) => codeOf(d) === 'password/too-short')?.range;
    const fixTitles = async () => (await quickFixes(document.uri, tooShort() ?? new vscode.Range(0, 0, 0, 0))).map((a) => a.title);
    const englishTitles = await fixTitles();
    assert.ok(englishTitles.length > 0);
    const language = () => vscode.workspace.getConfiguration('miitelCsv');
    try {
      // A window-wide setting: written to the workspace, not to one folder.
      await language().update('language', 'id', vscode.ConfigurationTarget.Workspace);
      await eventually(
        () => messages(document.uri),
        (shown) => shown.join('\n') === indonesian.join('\n'),
        (last) => assert.deepEqual(last, indonesian),
      );
      const titles = await fixTitles();
      assert.equal(titles.length, englishTitles.length);
      titles.forEach((title, i) => assert.notEqual(title, englishTitles[i]));
    } finally {
      await language().update('language', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await eventually(
      () => messages(document.uri),
      (shown) => shown.join('\n') === english.join('\n'),
      (last) => assert.deepEqual(last, english),
    );
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
