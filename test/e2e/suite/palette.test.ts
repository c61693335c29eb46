/**
 * What a user finds in the Command Palette and the status bar: "MiiTel CSV: Fix all safe problems"
 * run on the active file (exactly the fixes that keep the meaning, the whole text compared), the
 * status bar's column for a caret position, and the context key that enables the MiiTel commands
 * only on a MiiTel CSV. The status bar text and the key are read through the extension's exports.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { problemItems } from '../../../client/src/commands/showProblems';
import { expectedMistakes, HEADER_11 } from './fixtures';
import {
  deleteIfPresent,
  eventually,
  extensionApi,
  fixtureUri,
  installedExtension,
  openFixture,
  waitForDiagnostics,
  waitUntilChecked,
} from './helpers';

/** Puts the caret of the active editor at (line, character), both 0-based. */
function moveCaret(line: number, character: number): void {
  const editor = vscode.window.activeTextEditor;
  assert.ok(editor, 'no active editor');
  editor.selection = new vscode.Selection(line, character, line, character);
}

/** Waits until the status bar item reads `expected`. */
async function statusBecomes(expected: string | undefined): Promise<void> {
  const { statusBarText } = await extensionApi();
  await eventually(
    () => statusBarText(),
    (text) => text === expected,
    (text) => assert.equal(text, expected, 'status bar text'),
  );
}

describe('palette and status bar', () => {
  it('"Fix all safe problems" applies exactly the fixes that keep the meaning, one of each kind, and says what it fixed', async () => {
    // No Monitoring privileges column, "Timezone" for Time zone; a code as a word, spaces around a
    // flag, a full-width digit, an extra empty field, an unused template row; and what needs a
    // person: a name longer than 30 characters and a weak password.
    const header = HEADER_11.replace('Time zone', 'Timezone').replace(',Monitoring privileges', '');
    const text = [
      header,
      'sato@example.com,Sato Taro,Xk7mQ2pLw9Rt,English,0, 1,1,1,1,１,',
      'long@example.com,Alexandra Montgomery-Fitzgerald,abc,0,0,0,0,0,0,1',
      ',,pV3nJ7xWd6Ga,0,0,0,0,0,0,0',
      '',
    ].join('\r\n');
    const uri = fixtureUri('fix-all.csv');
    await vscode.workspace.fs.writeFile(uri, Buffer.from(text));
    try {
      const document = await openFixture('fix-all.csv');
      await waitUntilChecked(document);
      const report = await vscode.commands.executeCommand('miitelCsv.fixAll');
      assert.deepEqual(report, {
        fixed: 7,
        summary:
          'Fixed 7 problems: 1 row with extra empty fields, 1 misspelled column header, 1 missing column, ' +
          '1 unused template row, 1 value with spaces around it, 1 value in full-width characters, 1 code written as a word or number',
      });
      assert.equal(
        document.getText(),
        [
          HEADER_11,
          'sato@example.com,Sato Taro,Xk7mQ2pLw9Rt,1,0,1,0,1,1,1,1',
          'long@example.com,Alexandra Montgomery-Fitzgerald,abc,0,0,0,0,0,0,0,1',
          '',
        ].join('\r\n'),
      );
      // What is left is for the user to decide, one quick fix at a time.
      await eventually(
        () =>
          vscode.languages
            .getDiagnostics(document.uri)
            .map((d) => String(typeof d.code === 'object' ? d.code.value : d.code))
            .sort(),
        (codes) => codes.join() === 'password/sequential,password/too-short,user-name/too-long',
        (codes) => assert.deepEqual(codes, ['password/sequential', 'password/too-short', 'user-name/too-long']),
      );
      assert.deepEqual(await vscode.commands.executeCommand('miitelCsv.fixAll'), { fixed: 0, summary: '' });
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    } finally {
      await deleteIfPresent([uri]);
    }
  });

  it('fixes the CSV shown beside when a non-text editor is active, as after a walkthrough button', async () => {
    const uri = fixtureUri('fix-beside.csv');
    await vscode.workspace.fs.writeFile(
      uri,
      Buffer.from(`${HEADER_11}\r\nsato@example.com,Sato Taro,Xk7mQ2pLw9Rt,0,Tokyo,1,1,1,1,1,1\r\n`),
    );
    let panel: vscode.WebviewPanel | undefined;
    try {
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, preview: false });
      await waitUntilChecked(document);
      panel = vscode.window.createWebviewPanel('miitelCsvTest', 'Walkthrough stand-in', vscode.ViewColumn.Two);
      await eventually(
        () => vscode.window.activeTextEditor,
        (editor) => editor === undefined,
        () => assert.fail('the webview did not become the active editor'),
      );
      const report = await vscode.commands.executeCommand('miitelCsv.fixAll');
      assert.deepEqual(report, { fixed: 1, summary: 'Fixed 1 problem: 1 code written as a word or number' });
      assert.equal(document.getText(), `${HEADER_11}\r\nsato@example.com,Sato Taro,Xk7mQ2pLw9Rt,0,0,1,1,1,1,1,1\r\n`);
    } finally {
      panel?.dispose();
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await deleteIfPresent([uri]);
    }
  });

  it("shows the caret's column and what its code means, the Password column by name only", async () => {
    const document = await openFixture('clean.csv');
    await waitUntilChecked(document);
    const users = '$(account) 2 users · Create users';
    // Line 3: okafor@example.com,Daniel Okafor,Rw6hB3sKp9Fx,1,6,…: the caret before the 6.
    const line = document.lineAt(2).text;
    moveCaret(2, line.indexOf(',6,') + 1);
    await statusBecomes(`${users}  $(symbol-field) Time zone · 5/11 · 6 = (GMT+7:00) Jakarta`);
    moveCaret(2, line.indexOf('Rw6h') + 2);
    await statusBecomes(`${users}  $(symbol-field) Password · 3/11`);
    moveCaret(0, 0);
    await statusBecomes(`${users}  $(symbol-field) Login ID · 1/11`);
  });

  it('sets miitelCsv.isUserCsv for a MiiTel CSV only, which enables the MiiTel commands in the palette', async () => {
    const { isUserCsv, statusBarText } = await extensionApi();
    const clean = await openFixture('clean.csv');
    await waitUntilChecked(clean);
    await eventually(
      isUserCsv,
      (value) => value,
      () => assert.fail('miitelCsv.isUserCsv is not set for clean.csv'),
    );
    await openFixture('logins.csv');
    await eventually(
      isUserCsv,
      (value) => !value,
      () => assert.fail('miitelCsv.isUserCsv is still set for logins.csv'),
    );
    assert.equal(statusBarText(), undefined, 'no status bar item on another CSV');

    const manifest = installedExtension().packageJSON as {
      contributes: { menus: { commandPalette: { command: string; when: string }[] } };
    };
    const when = Object.fromEntries(manifest.contributes.menus.commandPalette.map((m) => [m.command, m.when]));
    // (The workbench rewrites `resourceScheme == file` for a remote extension host: only the key is compared.)
    assert.match(when['miitelCsv.checkAsUserCsv'] ?? '', /!miitelCsv\.isUserCsv/);
    assert.deepEqual(
      ['miitelCsv.fixAll', 'miitelCsv.splitFile', 'miitelCsv.showProblems'].map((command) => when[command]),
      ['miitelCsv.isUserCsv', 'miitelCsv.isUserCsv', 'miitelCsv.isUserCsv'],
    );
  });

  it('runs "Split" from the palette on the active file: nothing to split within miitelCsv.maxUsersPerFile', async () => {
    const document = await openFixture('clean.csv');
    await waitUntilChecked(document);
    assert.deepEqual(await vscode.commands.executeCommand('miitelCsv.splitFile'), []);
    assert.ok(!document.isDirty);
  });

  it("lists the file's problems for the status bar's quick pick, in file order with their place", async () => {
    const document = await openFixture('mistakes.csv');
    await waitForDiagnostics(document.uri, expectedMistakes(document));
    const items = problemItems(vscode.languages.getDiagnostics(document.uri));
    assert.deepEqual(
      items.map((i) => i.description),
      [
        'Ln 3, Col 42 · value/not-allowed',
        'Ln 4, Col 49 · value/not-allowed',
        'Ln 5, Col 27 · password/too-short',
        'Ln 6, Col 1 · login-id/duplicate',
        'Ln 7, Col 25 · password/single-class',
      ],
    );
    assert.ok(items.every((i) => i.label.startsWith('$(error) ')));
  });
});
