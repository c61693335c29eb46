/**
 * The table view in a real editor: opened by its command on examples/users.csv, it shows the
 * language server's findings on their cells; an edit from the webview changes exactly that cell of
 * the same TextDocument, VS Code's undo takes it back, and a Shift_JIS file edited in the table is
 * saved as Shift_JIS. The webview's messages are handed to the table through the extension's API,
 * as the webview would post them (the Chromium smoke test clicks the real webview).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { MiitelCsvApi } from '../../../client/src/extension';
import type { GridState } from '../../../shared/table/view/protocol';
import { deleteIfPresent, eventually, extensionApi, fixtureUri, openedDocument, revert } from './helpers';

type Table = NonNullable<ReturnType<MiitelCsvApi['table']>>;

/** The table of `uri`, once it has sent its webview a state of the document's current version. */
async function tableOf(uri: vscode.Uri, accept: (state: GridState) => boolean = () => true): Promise<{ table: Table; state: GridState }> {
  const extension = await extensionApi();
  const found = await eventually(
    () => {
      const table = extension.table(uri.toString());
      const state = table?.state();
      return table && state && accept(state) ? { table, state } : undefined;
    },
    (v) => v !== undefined,
    () => assert.fail(`no table state for ${uri.path}`),
  );
  return found!;
}

describe('table view', function () {
  this.timeout(60_000);

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens users.csv as a table by its command, with the findings on their cells; an edit changes exactly that cell, and undo restores it', async () => {
    const uri = fixtureUri('users.csv');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const original = document.getText();
    await vscode.commands.executeCommand('miitelCsv.openTable');
    // Suzuki's Time zone is the word "Tokyo": the server's finding sits on that cell (row 3, column 5).
    const { table, state } = await tableOf(uri, (s) => s.findings.some((f) => f.row === 2 && f.column === 4));
    assert.equal(state.rows.length, 9);
    assert.deepEqual(
      state.rows.map((r) => r.line),
      [2, 3, 4, 5, 6, 7, 8, 9, 10],
    );
    assert.deepEqual(
      state.columns.slice(0, 6).map((c) => [c.header, c.kind, c.frozen]),
      [
        ['Login ID', 'text', true],
        ['User name', 'text', true],
        ['Password', 'password', false],
        ['Locale', 'code', false],
        ['Time zone', 'code', false],
        ['Administrative privileges', 'flag', false],
      ],
    );
    assert.equal(state.columns[4]?.options?.[6]?.label, '6 — (GMT+7:00) Jakarta');

    await table.message({ type: 'edit', version: state.version, row: 0, column: 4, value: '6' });
    const lines = original.split('\n');
    lines[1] = lines[1]!.replace('Xk7mQ2pLw9Rt,0,0,', 'Xk7mQ2pLw9Rt,0,6,');
    const edited = lines.join('\n');
    assert.equal(document.getText(), edited);
    assert.ok(document.isDirty);
    const after = await tableOf(uri, (s) => s.version === document.version);
    assert.equal(after.state.rows[0]?.values[4], '6');

    await after.table.message({ type: 'undo' });
    await eventually(
      () => document.getText(),
      (text) => text === original,
      (text) => assert.equal(text, original),
    );
    await revert(document);
  });

  it('edits a Shift_JIS file in the table and saves it as Shift_JIS, the other bytes unchanged', async () => {
    const source = fixtureUri('shift-jis.csv');
    const uri = fixtureUri('table-shift-jis.csv');
    const bytes = Buffer.from(await vscode.workspace.fs.readFile(source));
    await vscode.workspace.fs.writeFile(uri, bytes);
    try {
      const document = await vscode.workspace.openTextDocument(uri, { encoding: 'shiftjis' });
      assert.equal(document.encoding, 'shiftjis');
      await vscode.commands.executeCommand('vscode.openWith', uri, 'miitelCsv.table');
      const { table, state } = await tableOf(uri);
      assert.match(state.rows[0]?.values[1] ?? '', /^佐藤 /);
      await table.message({ type: 'edit', version: state.version, row: 0, column: 4, value: '6' });
      const saved = await openedDocument(uri);
      assert.ok(await saved.save(), 'the edited Shift_JIS file could not be saved');
      // Every byte as it was but the one cell: Shift_JIS never uses 0x2C (,) inside a character.
      const lines = bytes.toString('latin1').split('\r\n');
      const cells = lines[1]!.split(',');
      cells[4] = '6';
      lines[1] = cells.join(',');
      const expected = Buffer.from(lines.join('\r\n'), 'latin1');
      assert.ok(Buffer.from(await vscode.workspace.fs.readFile(uri)).equals(expected), 'the saved bytes differ beyond the Time zone cell');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await deleteIfPresent([uri]);
    }
  });

  it('duplicates a row below it with the Login ID emptied and a fresh password, the rest as written', async () => {
    const uri = fixtureUri('users.csv');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.commands.executeCommand('vscode.openWith', uri, 'miitelCsv.table');
    const { table, state } = await tableOf(uri);
    const lines = document.getText().split('\n');
    await table.message({ type: 'duplicate', version: state.version, rows: [1] });
    const copy = document.getText().split('\n')[3] ?? '';
    const password = copy.split(',')[3] ?? '';
    assert.match(password, /^[A-Za-z0-9]{12}$/);
    assert.notEqual(password, 'b4NzT8vKq3Ys');
    // Jane Smith's line (quoted fields kept as written), Login ID empty, the new password.
    assert.equal(copy, lines[2]!.replace('"jane.smith@example.com"', '').replace('b4NzT8vKq3Ys', password));
    assert.equal(document.getText(), [...lines.slice(0, 3), copy, ...lines.slice(3)].join('\n'));
    await revert(document);
  });

  it('adds a user with a fresh password and deletes it again', async () => {
    const uri = fixtureUri('users.csv');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.commands.executeCommand('vscode.openWith', uri, 'miitelCsv.table');
    const { table, state } = await tableOf(uri);
    const before = document.getText();
    await table.message({ type: 'addUser' });
    const added = await tableOf(uri, (s) => s.rows.length === state.rows.length + 1);
    const row = added.state.rows.at(-1)!;
    assert.equal(row.values[0], '');
    assert.match(row.values[2] ?? '', /^[A-Za-z0-9]{12}$/);
    assert.equal(row.values[4], '0');
    await added.table.message({ type: 'delete', version: added.state.version, rows: [added.state.rows.length - 1] });
    assert.equal(document.getText(), before);
    await revert(document);
  });

  it("shows a header renamed by the organisation config's headerAliases as the column it stands for", async () => {
    const config = fixtureUri('.miitel-csv.json');
    const uri = fixtureUri('aliased-table.csv');
    const header =
      'E-mail,User name,Password,Locale,Zone,Administrative privileges,Monitoring privileges,' +
      'MiiTel Analytics Download recorded audio files,MiiTel Analytics Export call history as CSV,' +
      'MiiTel Analytics Export contact data as CSV,MiiTel Phone Enable';
    await vscode.workspace.fs.writeFile(config, Buffer.from('{ "headerAliases": { "E-mail": "Login ID", "Zone": "Time zone" } }\n'));
    await vscode.workspace.fs.writeFile(uri, Buffer.from(`${header}\r\nsato@example.com,Sato,Xk7mQ2pLw9Rt,0,6,0,0,0,0,0,1\r\n`));
    try {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      await vscode.commands.executeCommand('miitelCsv.openTable');
      const { state } = await tableOf(uri, (s) => s.columns[4]?.kind === 'code');
      assert.deepEqual(
        state.columns.slice(0, 5).map((c) => [c.header, c.kind, c.frozen]),
        [
          ['E-mail', 'text', true],
          ['User name', 'text', true],
          ['Password', 'password', false],
          ['Locale', 'code', false],
          ['Zone', 'code', false],
        ],
      );
      assert.equal(state.columns[4]?.options?.[6]?.label, '6 — (GMT+7:00) Jakarta');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await deleteIfPresent([uri, config]);
    }
  });
});
