/**
 * "MiiTel CSV: Generate user template" called with its argument object (no prompts): the bytes it
 * writes, the pinned editor it opens in the file's encoding, the checks that run on the new file,
 * the name it picks beside an existing template, and the refusal to overwrite a file; and once
 * through its prompts, accepting every proposal, as a user pressing Enter six times.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { HEADER_11 } from './fixtures';
import { eventually, fixtureUri, openedDocument, waitForDiagnostics } from './helpers';

const COMMAND = 'miitelCsv.generateTemplate';
const BOM = [0xef, 0xbb, 0xbf];

/** Columns 1–11 (always) and the three MiiTel Call Center columns, in template order. */
const CALL_CENTER_HEADER = [
  HEADER_11,
  'MiiTel Call Center Enable',
  'MiiTel Call Center CC Administrative privileges',
  'MiiTel Call Center Edit predictive dialer settings',
].join(',');

describe('generate template command', () => {
  it('writes a UTF-8-with-BOM template with the chosen columns, rows and defaults, and opens it', async () => {
    const target = fixtureUri('template-utf8-bom.csv');
    const written = await vscode.commands.executeCommand<vscode.Uri>(COMMAND, {
      target,
      rows: 3,
      encoding: 'utf-8-bom',
      subscriptions: ['callCenter'],
      locale: 1,
      timeZone: 6,
    });
    assert.equal(written?.toString(), target.toString());

    const bytes = await vscode.workspace.fs.readFile(target);
    assert.deepEqual([...bytes.subarray(0, 3)], BOM);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3));
    const lines = text.split('\r\n');
    assert.equal(lines.length, 5, 'a header, three rows, and a CRLF after the last row');
    assert.equal(lines[0], CALL_CENTER_HEADER);
    assert.equal(lines[4], '');
    const rows = lines.slice(1, 4).map((line) => line.split(','));
    for (const cells of rows) {
      // Login ID and User name are left to fill in; Locale 1 and Time zone 6 as asked; flags 0.
      assert.deepEqual([...cells.slice(0, 2), ...cells.slice(3)], ['', '', '1', '6', '0', '0', '0', '0', '0', '0', '0', '0', '0']);
      const password = cells[2];
      assert.ok(password !== undefined);
      assert.match(password, /^(?=.*[A-Za-z])(?=.*\d)[A-Za-z\d]{8,}$/, 'a password of letters and digits');
    }
    assert.equal(new Set(rows.map((cells) => cells[2])).size, 3, 'every row has its own password');

    const document = await openedDocument(target);
    assert.equal(document.encoding, 'utf8bom');
    assert.equal(document.getText(), text);
    // In a pinned tab: a preview tab would be replaced by the next file opened.
    const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
    assert.equal((tab?.input as vscode.TabInputText | undefined)?.uri.toString(), target.toString());
    assert.equal(tab?.isPreview, false);
    // Checked at once: each row only waits for its Login ID and User name (an error until then:
    // MiiTel rejects an empty Login ID), and the file has no user to add yet.
    await waitForDiagnostics(target, [
      { code: 'rows/none', severity: 'warning', range: `0:0-0:${document.lineAt(0).text.length}` },
      ...[1, 2, 3].map((line) => ({
        code: 'rows/unused-template-row',
        severity: 'error' as const,
        range: `${line}:0-${line}:${document.lineAt(line).text.length}`,
      })),
    ]);
  });

  it('writes Shift_JIS without a BOM and opens the file as Shift_JIS', async () => {
    const target = fixtureUri('template-shift-jis.csv');
    await vscode.commands.executeCommand(COMMAND, { target, rows: 1, encoding: 'shift_jis' });
    const bytes = await vscode.workspace.fs.readFile(target);
    assert.notDeepEqual([...bytes.subarray(0, 3)], BOM);
    assert.match(
      Buffer.from(bytes).toString('latin1'),
      /^Login ID,User name,Password,Locale,Time zone,[^\r\n]*\r\n,,[A-Za-z\d]{8,},0,0,[^\r\n]*\r\n$/,
    );
    const document = await openedDocument(target);
    assert.equal(document.encoding, 'shiftjis');
  });

  it('refuses to write over an existing file, and leaves it as it was', async () => {
    const target = fixtureUri('clean.csv');
    const before = await vscode.workspace.fs.readFile(target);
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand(COMMAND, { target, rows: 2, encoding: 'utf-8' })),
      /clean\.csv already exists: pass overwrite: true to replace it\./,
    );
    assert.deepEqual(await vscode.workspace.fs.readFile(target), before);
  });

  it('writes users-template-2.csv beside an existing users-template.csv, and leaves that file as it was', async () => {
    const folder = fixtureUri('templates-args');
    const existing = vscode.Uri.joinPath(folder, 'users-template.csv');
    await vscode.workspace.fs.writeFile(existing, Buffer.from('my users\r\n'));
    try {
      const written = await vscode.commands.executeCommand<vscode.Uri>(COMMAND, { folder, rows: 1, encoding: 'utf-8', open: false });
      assert.equal(written?.toString(), vscode.Uri.joinPath(folder, 'users-template-2.csv').toString());
      assert.equal(Buffer.from(await vscode.workspace.fs.readFile(existing)).toString(), 'my users\r\n');
    } finally {
      await vscode.workspace.fs.delete(folder, { recursive: true });
    }
  });

  it('proposes users-template-2.csv in the save dialog when users-template.csv exists (every prompt accepted as proposed)', async () => {
    // The extension's save dialog is VS Code's own "simple" dialog, a quick input, in a browser;
    // desktop VS Code shows the system's dialog unless told otherwise.
    const dialogs = vscode.workspace.getConfiguration('files');
    const native = vscode.env.uiKind === vscode.UIKind.Desktop;
    if (native) await dialogs.update('simpleDialog.enable', true, vscode.ConfigurationTarget.Global);
    const folder = fixtureUri('templates-wizard');
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'users-template.csv'), Buffer.from('my users\r\n'));
    try {
      // As run from the folder's context menu in the Explorer.
      let finished = false;
      const running = Promise.resolve(vscode.commands.executeCommand<vscode.Uri | undefined>(COMMAND, folder)).finally(() => {
        finished = true;
      });
      // Enter on each step: encoding (UTF-8), rows (10), products (none), Locale, Time zone, then
      // the save dialog's proposal. An Enter between two steps does nothing; the loop keeps going.
      await eventually(
        async () => {
          if (!finished) await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
          return finished;
        },
        (done) => done,
        () => assert.fail('the prompts did not end after accepting each'),
      );
      const written = await running;
      assert.equal(written?.toString(), vscode.Uri.joinPath(folder, 'users-template-2.csv').toString());
      const text = Buffer.from(await vscode.workspace.fs.readFile(written)).toString('utf8');
      assert.equal(text.split('\r\n').length, 12, 'a header, the proposed 10 rows, and a CRLF after the last row');
      assert.ok(text.startsWith(`${HEADER_11}\r\n`), 'UTF-8 without a BOM, the 11 columns and no product');
      const document = await openedDocument(written);
      assert.equal(document.encoding, 'utf8');
      assert.equal(vscode.window.tabGroups.activeTabGroup.activeTab?.isPreview, false);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(folder, { recursive: true });
      if (native) await dialogs.update('simpleDialog.enable', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
