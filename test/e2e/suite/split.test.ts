/**
 * "Split into files of N users", the quick fix of `rows/too-many`, run the way the lightbulb runs
 * it: the code action's command with its own arguments. Checks the bytes of the files it writes
 * and what stays in the editor, then puts everything back so that the test can run again.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { crlfFile, JAPANESE_TEXT, JAPANESE_USERS, SPLIT_USERS } from './fixtures';
import {
  deleteIfPresent,
  fixtureUri,
  openFixture,
  quickFixes,
  rangeText,
  readUtf8,
  revert,
  setFolderSetting,
  type Shown,
  waitForDiagnostics,
} from './helpers';

const MAX = 2;

describe('split command', () => {
  it(`splits split.csv (5 users, maxUsersPerFile ${MAX}): writes split-2.csv and split-3.csv in CRLF, keeps the first ${MAX} users`, async () => {
    const document = await openFixture('split.csv');
    const original = document.getText();
    assert.equal(original, crlfFile(...SPLIT_USERS), 'split.csv as the editor reads it');
    const parts = [fixtureUri('split-2.csv'), fixtureUri('split-3.csv')] as const;
    // A part left over from an earlier run: with overwrite: true it is replaced without a question
    // (a modal question would hang the test).
    await vscode.workspace.fs.writeFile(parts[0], Buffer.from('stale\r\n'));
    try {
      await setFolderSetting('maxUsersPerFile', MAX);
      // Users 3 to 5 (lines 4 to 6) are past the limit: reported once, on the whole line of user 3.
      const tooMany: Shown[] = [{ code: 'rows/too-many', severity: 'error', range: rangeText(document.lineAt(3).range) }];
      await waitForDiagnostics(document.uri, tooMany);

      const fixes = await quickFixes(document.uri, document.lineAt(3).range);
      assert.deepEqual(
        fixes.map((f) => [f.title, f.edit === undefined]),
        [[`Split into files of ${MAX} users`, true]],
        'one quick fix, which edits nothing itself but runs a command',
      );
      const command = fixes[0]?.command;
      assert.ok(command, 'the split quick fix has no command');
      assert.equal(command.command, 'miitelCsv.splitFile');
      assert.deepEqual(command.arguments, [document.uri.toString(), MAX]);

      const written = await vscode.commands.executeCommand<vscode.Uri[]>(command.command, ...(command.arguments ?? []), {
        overwrite: true,
      });
      assert.deepEqual(
        written.map((uri) => uri.toString()),
        parts.map((uri) => uri.toString()),
      );
      // Each part starts with the header, keeps the file's CRLF and encoding (UTF-8, no BOM).
      assert.equal(await readUtf8(parts[0]), crlfFile(SPLIT_USERS[2], SPLIT_USERS[3]));
      assert.equal(await readUtf8(parts[1]), crlfFile(SPLIT_USERS[4]));
      // The file keeps the first users, as an unsaved edit the user can undo or save.
      assert.equal(document.getText(), crlfFile(SPLIT_USERS[0], SPLIT_USERS[1]));
      assert.ok(document.isDirty, 'the split file should be left unsaved');
      assert.equal(await readUtf8(document.uri), original, 'the split file was saved');
      await waitForDiagnostics(document.uri, []);
    } finally {
      await setFolderSetting('maxUsersPerFile', undefined);
      await deleteIfPresent(parts);
      await revert(document);
    }
    assert.equal(document.getText(), original);
    // Back to the default limit of 100: five users are fine, and the diagnostics say so.
    await waitForDiagnostics(document.uri, []);
  });
});

/** The lines of a file's bytes, without their CRLF (a CRLF is never inside a Shift_JIS character). */
function crlfLines(bytes: Uint8Array): Buffer[] {
  const lines: Buffer[] = [];
  let start = 0;
  for (let i = 0; i + 1 < bytes.length; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
      lines.push(Buffer.from(bytes.subarray(start, i)));
      start = i + 2;
    }
  }
  assert.equal(start, bytes.length, 'the file ends with CRLF');
  return lines;
}

describe('split command: encodings', () => {
  it('writes the part of a Shift_JIS file in Shift_JIS, byte for byte as the original lines', async () => {
    const uri = fixtureUri('shift-jis.csv');
    const [header, , second] = crlfLines(await vscode.workspace.fs.readFile(uri));
    assert.ok(header && second);
    const document = await vscode.workspace.openTextDocument(uri, { encoding: 'shiftjis' });
    await vscode.window.showTextDocument(document, { preview: false });
    assert.equal(document.getText(), JAPANESE_TEXT);
    const part = fixtureUri('shift-jis-2.csv');
    try {
      await setFolderSetting('maxUsersPerFile', 1);
      await waitForDiagnostics(uri, [{ code: 'rows/too-many', severity: 'error', range: rangeText(document.lineAt(2).range) }]);
      const [fix] = await quickFixes(uri, document.lineAt(2).range);
      assert.equal(fix?.command?.command, 'miitelCsv.splitFile');
      await vscode.commands.executeCommand(fix.command.command, ...((fix.command.arguments ?? []) as unknown[]), { overwrite: true });
      const written = Buffer.from(await vscode.workspace.fs.readFile(part));
      // Read as Shift_JIS first, for a legible difference; then the bytes themselves.
      assert.equal(new TextDecoder('shift_jis').decode(written), crlfFile(JAPANESE_USERS[1]));
      const crlf = Buffer.from('\r\n');
      assert.ok(written.equals(Buffer.concat([header, crlf, second, crlf])), 'the part is not the original lines byte for byte');
      assert.equal(document.getText(), crlfFile(JAPANESE_USERS[0]));
    } finally {
      await setFolderSetting('maxUsersPerFile', undefined);
      await deleteIfPresent([part]);
      await revert(document);
    }
    assert.equal(document.getText(), JAPANESE_TEXT);
  });
});
