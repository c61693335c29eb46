/**
 * The organisation config in a real editor: saving `.miitel-csv.json` re-checks an open CSV, and
 * the file gets completion from the JSON Schema the extension contributes (`jsonValidation`).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { deleteIfPresent, eventually, fixtureUri, openFixture, shownDiagnostics, waitForDiagnostics, waitUntilChecked } from './helpers';

const CONFIG = '.miitel-csv.json';

describe('organisation config (.miitel-csv.json)', () => {
  afterEach(async () => {
    // Other suites share the folder: leave no config behind, and no editor on it.
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await deleteIfPresent([fixtureUri(CONFIG)]);
  });

  it('editing and saving the config re-checks an open CSV', async () => {
    const csv = await openFixture('clean.csv');
    await waitUntilChecked(csv);
    await waitForDiagnostics(csv.uri, []);

    await vscode.workspace.fs.writeFile(fixtureUri(CONFIG), new TextEncoder().encode('{}\n'));
    const config = await vscode.workspace.openTextDocument(fixtureUri(CONFIG));
    const edit = new vscode.WorkspaceEdit();
    edit.replace(config.uri, new vscode.Range(0, 0, config.lineCount, 0), '{ "loginIdDomains": ["miitel.jp"] }\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(await config.save());
    // Both users of clean.csv are @example.com: each Login ID cell gets login-id/domain.
    await waitForDiagnostics(csv.uri, [
      { code: 'login-id/domain', severity: 'error', range: '1:0-1:18' },
      { code: 'login-id/domain', severity: 'error', range: '2:0-2:18' },
    ]);

    const allow = new vscode.WorkspaceEdit();
    allow.replace(config.uri, new vscode.Range(0, 0, config.lineCount, 0), '{ "loginIdDomains": ["miitel.jp", "Example.com"] }\n');
    assert.ok(await vscode.workspace.applyEdit(allow));
    assert.ok(await config.save());
    await waitForDiagnostics(csv.uri, []);
  });

  it('reports a problem of the config in the config itself', async () => {
    await vscode.workspace.fs.writeFile(fixtureUri(CONFIG), new TextEncoder().encode('{ "maxUsers": 10 }\n'));
    const config = await vscode.workspace.openTextDocument(fixtureUri(CONFIG));
    await vscode.window.showTextDocument(config);
    await eventually(
      () => shownDiagnostics(config.uri),
      (shown) => shown.length === 1 && shown[0]?.range === '0:2-0:12',
      (shown) => assert.deepEqual(shown, [{ code: 'undefined', severity: 'error', range: '0:2-0:12' }]),
    );
  });

  it('completes the config keys from the contributed schema', async () => {
    await vscode.workspace.fs.writeFile(fixtureUri(CONFIG), new TextEncoder().encode('{\n  \n}\n'));
    const config = await vscode.workspace.openTextDocument(fixtureUri(CONFIG));
    await vscode.window.showTextDocument(config);
    const labels = await eventually(
      async () => {
        const list = await vscode.commands.executeCommand<vscode.CompletionList>(
          'vscode.executeCompletionItemProvider',
          config.uri,
          new vscode.Position(1, 2),
        );
        return list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label).replace(/"/g, ''));
      },
      (labels) => labels.includes('loginIdDomains') && labels.includes('headerAliases'),
      (labels) => assert.fail(`no schema completion in ${CONFIG}: ${JSON.stringify(labels)}`),
    );
    assert.ok(labels.includes('template'));
  });
});

describe('check this file as a user CSV (code lens and command)', () => {
  const name = 'resembles.csv';
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await deleteIfPresent([fixtureUri(CONFIG), fixtureUri(name)]);
  });

  it('offers the lens on a CSV with two known headers; running it adds the file to the config, and the file is checked', async () => {
    await vscode.workspace.fs.writeFile(
      fixtureUri(name),
      new TextEncoder().encode('Login ID,User name,Department\r\nsato@miitel,Sato,Sales\r\n'),
    );
    const csv = await openFixture(name);
    const lenses = await eventually(
      async () => await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', csv.uri),
      (found) => found.length === 1 && found[0]?.command !== undefined,
      (found) => assert.fail(`no code lens on ${name}: ${JSON.stringify(found)}`),
    );
    assert.deepEqual(shownDiagnostics(csv.uri), []);
    const command = lenses[0]?.command;
    assert.equal(lenses[0]?.range.start.line, 0);
    assert.equal(command?.command, 'miitelCsv.checkAsUserCsv');
    await vscode.commands.executeCommand(command.command, ...((command.arguments ?? []) as unknown[]));

    const config = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(fixtureUri(CONFIG)))) as unknown;
    assert.deepEqual(config, { files: [name] });
    // Now a MiiTel file through the config's `files`: its findings appear, the Login ID's among them.
    await eventually(
      () => shownDiagnostics(csv.uri),
      (shown) => shown.some((d) => d.code === 'login-id/format' && d.range === '1:0-1:11'),
      (shown) => assert.fail(`${name} was not checked after the command: ${JSON.stringify(shown)}`),
    );
  });
});
