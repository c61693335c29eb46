/**
 * Diagnostics as a user sees them: open a fixture, and the Problems panel gets each mistake on its
 * exact cell with its code and severity; a clean file and an unrelated CSV get none.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { COLUMN, expectedMistakes } from './fixtures';
import { cellRange, openFixture, rangeText, restoreText, shownDiagnostics, waitForDiagnostics } from './helpers';

describe('diagnostics', () => {
  it('shows every mistake of mistakes.csv on its cell, with its code and severity', async () => {
    const document = await openFixture('mistakes.csv');
    const expected = expectedMistakes(document);
    // The helper's arithmetic, checked once by hand: "English" is columns 41–48 of line 3.
    assert.equal(expected[0]?.range, '2:41-2:48');
    await waitForDiagnostics(document.uri, expected);
  });

  it('shows nothing for clean.csv, shows a mistake typed into it, and clears it when corrected', async () => {
    const document = await openFixture('clean.csv');
    const original = document.getText();
    // An empty list is also what an unchecked file shows, so first prove the file is checked.
    const locale = cellRange(document, 2, COLUMN.locale);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, locale, '2');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitForDiagnostics(document.uri, [{ code: 'value/not-allowed', severity: 'error', range: rangeText(locale) }]);

    await restoreText(document, original);
    assert.equal(document.getText(), original);
    await waitForDiagnostics(document.uri, []);
  });

  it('shows nothing for logins.csv, a CSV with a Login ID column that is not a MiiTel user file', async () => {
    // Open it after a MiiTel file so the server is known to be running, then ask it about this
    // file (requests are answered in order) before reading its diagnostics.
    const mistakes = await openFixture('mistakes.csv');
    await waitForDiagnostics(mistakes.uri, expectedMistakes(mistakes));
    const document = await openFixture('logins.csv');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>(
      'vscode.executeDocumentSymbolProvider',
      document.uri,
    );
    assert.deepEqual(symbols ?? [], []);
    assert.deepEqual(shownDiagnostics(document.uri), []);
  });
});
