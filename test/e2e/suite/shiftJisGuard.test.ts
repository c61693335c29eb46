/**
 * A template generated as Shift_JIS stays Shift_JIS: opened again while it is still pure ASCII
 * (which VS Code reads as UTF-8), it is reopened as Shift_JIS before anyone types a Japanese name;
 * saved as UTF-8 all the same, the warning's "Keep Shift_JIS" (`miitelCsv.keepShiftJis`) writes
 * it back as Shift_JIS with every edit, saved or not.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { deleteIfPresent, eventually, fixtureUri, openedDocument } from './helpers';

const GENERATE = 'miitelCsv.generateTemplate';
const KEEP = 'miitelCsv.keepShiftJis';

/** Fills in Login ID and User name of a template row (`line` 0-based), which starts with two empty cells. */
async function fillRow(uri: vscode.Uri, line: number, loginId: string, userName: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(uri, new vscode.Range(line, 0, line, 2), `${loginId},${userName},`);
  assert.ok(await vscode.workspace.applyEdit(edit));
}

const bytesOf = async (uri: vscode.Uri) => Buffer.from(await vscode.workspace.fs.readFile(uri));

describe('Shift_JIS templates', () => {
  const reopened = fixtureUri('template-sjis-reopened.csv');
  const saved = fixtureUri('template-sjis-saved.csv');
  after(() => deleteIfPresent([reopened, saved]));

  it('reopens a Shift_JIS template that is still pure ASCII as Shift_JIS when it is opened again', async () => {
    await vscode.commands.executeCommand(GENERATE, { target: reopened, rows: 2, encoding: 'shift_jis', open: false });
    // As after its tab was closed: VS Code reads the ASCII bytes as UTF-8.
    const document = await vscode.workspace.openTextDocument(reopened);
    await vscode.window.showTextDocument(document, { preview: false });
    await eventually(
      () => document.encoding,
      (encoding) => encoding === 'shiftjis',
      (encoding) => assert.equal(encoding, 'shiftjis'),
    );
    assert.ok(!document.isDirty);

    // So the Japanese name typed now is saved as Shift_JIS.
    await fillRow(document.uri, 1, 'sato@example.co.jp', '佐藤 健二');
    assert.ok(await document.save());
    const bytes = await bytesOf(reopened);
    assert.deepEqual(bytes, Buffer.from(await vscode.workspace.encode(document.getText(), { encoding: 'shiftjis' })));
    assert.ok(!bytes.includes(Buffer.from('佐藤', 'utf8')), 'not UTF-8');
  });

  it('writes a template saved as UTF-8 back as Shift_JIS with "Keep Shift_JIS", unsaved edits included', async () => {
    await vscode.commands.executeCommand(GENERATE, { target: saved, rows: 2, encoding: 'shift_jis' });
    const document = await openedDocument(saved);
    assert.equal(document.encoding, 'shiftjis');
    // The user reopens it as UTF-8 ("Reopen with Encoding"), types a name and saves: UTF-8 on disk
    // (this is when the warning shows).
    await vscode.workspace.openTextDocument(saved, { encoding: 'utf8' });
    assert.equal(document.encoding, 'utf8');
    await fillRow(document.uri, 1, 'sato@example.co.jp', '佐藤 健二');
    assert.ok(await document.save());
    assert.ok((await bytesOf(saved)).includes(Buffer.from('佐藤', 'utf8')));
    // Then types on, and chooses "Keep Shift_JIS" before saving again.
    await fillRow(saved, 2, 'suzuki@example.co.jp', '鈴木 美咲');
    const text = document.getText();

    assert.equal(await vscode.commands.executeCommand<boolean>(KEEP, saved.toString()), true);
    await eventually(
      () => document.encoding,
      (encoding) => encoding === 'shiftjis',
      (encoding) => assert.equal(encoding, 'shiftjis'),
    );
    assert.equal(document.getText(), text, 'the text is kept, both names included');
    assert.ok(!document.isDirty);
    assert.deepEqual(await bytesOf(saved), Buffer.from(await vscode.workspace.encode(text, { encoding: 'shiftjis' })));
    assert.match(text, /^[^\r\n]*\r\nsato@example\.co\.jp,佐藤 健二,[^\r\n]*\r\nsuzuki@example\.co\.jp,鈴木 美咲,/);
  });
});
