/**
 * Files in the encodings people get from Excel, opened the default way: a Shift_JIS file, which VS
 * Code reads as UTF-8 (garbled names) until the `encoding/mismatch` quick fix reopens it as
 * Shift_JIS; a UTF-8 file reopened as Shift_JIS by mistake, and put right the same way; and a
 * UTF-16 file, which VS Code reads correctly but MiiTel refuses.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { COLUMN, HEADER_11, JAPANESE_TEXT } from './fixtures';
import {
  cellRange,
  eventually,
  fixtureUri,
  openedDocument,
  openFixture,
  quickFixes,
  rangeText,
  revert,
  waitForDiagnostics,
  waitUntilChecked,
} from './helpers';

/** Our diagnostics of `uri` with their messages (the helpers compare codes and ranges only). */
const messagesOf = (uri: vscode.Uri) =>
  vscode.languages
    .getDiagnostics(uri)
    .filter((d) => d.source === 'miitel-csv')
    .map((d) => d.message);

describe('encodings', () => {
  it('finds shift-jis.csv read as UTF-8, and its quick fix reopens it as Shift_JIS with the names intact', async () => {
    const document = await openFixture('shift-jis.csv');
    assert.equal(document.encoding, 'utf8', 'VS Code reads a file as UTF-8 unless told otherwise');
    assert.notEqual(document.getText(), JAPANESE_TEXT);
    // The first garbled text is the family name 佐藤 on line 2: every one of its Shift_JIS bytes is
    // invalid UTF-8 or part of a stray sequence, up to the (ASCII) space before the given name.
    const name = cellRange(document, 2, COLUMN.userName);
    const familyName = new vscode.Range(name.start, name.start.translate(0, document.getText(name).indexOf(' ')));
    assert.ok(!familyName.isEmpty);
    const mismatch = { code: 'encoding/mismatch', severity: 'error', range: rangeText(familyName) } as const;
    await waitForDiagnostics(document.uri, [mismatch]);
    const [message] = messagesOf(document.uri);
    assert.ok(message);
    assert.match(message, /^Reopen this file as Shift_JIS: it was read in another encoding, so its text shows as /);

    const fixes = await quickFixes(document.uri, familyName);
    assert.deepEqual(
      fixes.map((f) => [f.title, f.isPreferred, f.edit === undefined]),
      [['Reopen the file as Shift_JIS', true, true]],
    );
    const command = fixes[0]?.command;
    assert.ok(command, 'the reopen quick fix has no command');
    assert.equal(command.command, 'miitelCsv.reopenWithEncoding');
    assert.deepEqual(command.arguments, [document.uri.toString(), 'shiftjis']);
    await vscode.commands.executeCommand(command.command, ...((command.arguments ?? []) as unknown[]));

    const reopened = await eventually(
      () => openedDocument(document.uri),
      (d) => d.encoding === 'shiftjis',
      (d) => assert.equal(d.encoding, 'shiftjis'),
    );
    assert.equal(reopened.getText(), JAPANESE_TEXT);
    assert.ok(!reopened.isDirty, 'reopening must not change the file');
    await waitForDiagnostics(reopened.uri, []);
    // The server now reads the names as the editor shows them.
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', reopened.uri);
    assert.deepEqual(
      symbols.flatMap((s) => [s, ...s.children]).map((s) => s.name),
      ['Header', 'sato.kenji@example.co.jp — 佐藤 健二', 'suzuki.misaki@example.co.jp — 鈴木 美咲'],
    );
  });

  it('finds utf-8.csv reopened as Shift_JIS (the server is told the new encoding), and its quick fix reopens it as UTF-8', async () => {
    const uri = fixtureUri('utf-8.csv');
    const document = await openFixture('utf-8.csv');
    assert.equal(document.getText(), JAPANESE_TEXT);
    await waitUntilChecked(document);
    // What VS Code's own "Reopen with Encoding" does. The family name 佐藤 turns into other kanji,
    // with no U+FFFD: only a server told that the text is now read as Shift_JIS finds it there
    // (one that still believed UTF-8 would only see the U+FFFD in the given name, as a loss in
    // the file itself, with no fix to offer).
    await vscode.workspace.openTextDocument(uri, { encoding: 'shiftjis' });
    await eventually(
      () => document.encoding,
      (encoding) => encoding === 'shiftjis',
      (encoding) => assert.equal(encoding, 'shiftjis'),
    );
    const name = cellRange(document, 2, COLUMN.userName);
    const familyName = new vscode.Range(name.start, name.start.translate(0, document.getText(name).indexOf(' ')));
    assert.doesNotMatch(document.getText(familyName), /\ufffd/);
    await waitForDiagnostics(uri, [{ code: 'encoding/mismatch', severity: 'error', range: rangeText(familyName) }]);

    const fixes = await quickFixes(uri, familyName);
    assert.deepEqual(
      fixes.map((f) => [f.title, f.command?.command, f.command?.arguments]),
      [['Reopen the file as UTF-8', 'miitelCsv.reopenWithEncoding', [uri.toString(), 'utf8']]],
    );
    const command = fixes[0]?.command;
    assert.ok(command);
    await vscode.commands.executeCommand(command.command, ...((command.arguments ?? []) as unknown[]));
    await eventually(
      () => document.encoding,
      (encoding) => encoding === 'utf8',
      (encoding) => assert.equal(encoding, 'utf8'),
    );
    assert.equal(document.getText(), JAPANESE_TEXT);
    await waitForDiagnostics(uri, []);
  });

  it('reports utf-16le.csv as an encoding MiiTel does not accept, on its header line', async () => {
    const document = await openFixture('utf-16le.csv');
    // VS Code reads the BOM, so the text itself is right.
    assert.equal(document.encoding, 'utf16le');
    assert.equal(document.getText(), JAPANESE_TEXT);
    await waitForDiagnostics(document.uri, [{ code: 'encoding/unsupported', severity: 'error', range: `0:0-0:${HEADER_11.length}` }]);
    assert.deepEqual(messagesOf(document.uri), ['UTF-16 is not accepted by MiiTel: save the file as UTF-8 or Shift_JIS.']);
  });
});

describe('encodings: edge cases', () => {
  it('does not reopen a garbled file with unsaved edits (they were made to the garbled text), and keeps the edits', async () => {
    const document = await vscode.workspace.openTextDocument(fixtureUri('shift-jis.csv'), { encoding: 'utf8' });
    await vscode.window.showTextDocument(document, { preview: false });
    const garbled = document.getText();
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, document.lineAt(2).range.end, 'x');
    try {
      assert.ok(await vscode.workspace.applyEdit(edit));
      assert.ok(document.isDirty);
      // The command tells the user why in a notification, and must return without waiting for it to be closed.
      await vscode.commands.executeCommand('miitelCsv.reopenWithEncoding', document.uri.toString(), 'shiftjis');
      assert.equal(document.encoding, 'utf8');
      assert.ok(document.isDirty);
      const lines = garbled.split('\r\n');
      lines[2] += 'x';
      assert.equal(document.getText(), lines.join('\r\n'));
    } finally {
      await revert(document);
    }
    assert.equal(document.getText(), garbled);
  });
});
